package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.app.ReviewBot;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A heading that names no aspect ("Craft") over a section that speaks of several (the look, the score, the
 * rhythm) is labelled with them by its meaning; asked about one of them, the bot quotes the sentence on that one,
 * not the section's opening sentence about another.
 */
class SectionOnSeveralAspectsTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("section-on-several-aspects", SectionOnSeveralAspectsTest::bot);

    static ReviewBot bot() {
        return AnswerRig.botOver(Map.of("tidewater-radio.md", """
                ---
                title: Tidewater Radio
                reviewer: Mira Solberg
                ---
                # Tidewater Radio

                ## The Story

                A night-shift announcer at a coastal radio station takes a call from a listener who says the tide
                will not come back in, and spends the rest of the night trying to prove him wrong.

                ## Craft

                This is a gorgeous film to look at. Cinematographer Ansel Ivers shoots the harbour at night in wet
                blues and sodium orange, and the studio, all dials and valves, glows like a lantern. Petra Lund's score
                mixes a muted trumpet with the hiss of the radio, and it is one of the best things here. The problem
                is the rhythm: every shot lingers, and the middle hour idles when it should tick.

                ## Last Word

                A handsome, slow and haunting night at the radio. Three stars.
                """));
    }

    @Test
    void askedAboutTheScore_quotesTheSentenceOnTheScore_notTheSectionsOpeningOnTheLook() {
        Answer answer = BOT.ask("how is the score in tidewater radio?");

        assertThat(answer.grounded()).isTrue();
        Citation first = answer.citations().get(0);
        assertThat(first.section()).isEqualTo("Craft");
        assertThat(first.quote()).startsWith("Petra Lund's score mixes a muted trumpet");
    }

    @Test
    void askedAboutTheLook_stillOpensOnTheSentenceAboutTheLook() {
        Answer answer = BOT.ask("what does tidewater radio look like?");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("Cinematographer Ansel Ivers");
    }
}
