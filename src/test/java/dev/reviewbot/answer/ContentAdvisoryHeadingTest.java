package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A streaming column's "Sex and Skin:" label heads what parents want to know: "is there nudity in X?" is answered
 * from it, though its text never uses the question's word.
 */
class ContentAdvisoryHeadingTest {

    private static final String COLUMN = """
            ---
            title: Nine Balconies
            reviewer: Rosa Meade
            ---

            **The Gist:** An old piano tuner makes his last round of a Lisbon neighbourhood over one hot August.

            **Sex and Skin:** None. A couple on the fourth balcony argue in their underwear, and that is as racy as it gets.

            **Our Call:** Stream it. A small film about paying attention, and it pays you back.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("content-advisory-heading", () -> AnswerRig.botOver(Map.of(
            "nine-balconies.md", COLUMN)));

    @Test
    void nudity_isAnsweredFromTheSexAndSkinLabel() {
        Answer answer = BOT.ask("is there nudity in nine balconies");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.text()).contains("underwear");
    }
}
