package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "When a stranger calls review": a question of nothing but a title and "review" asks for that film's review. Made of
 * words the stored reviews use ("a stranger calls at the door", "Lisbon at night"), it is still a film not stored, and
 * the bot says so rather than quote the review that uses them; a stored title, a reviewer, a person or a film
 * described by its kind before "review" is none.
 */
class TitleBeforeReviewTest {

    private static final String SALT_LAMP = """
            ---
            title: Salt Lamp
            reviewer: Ines Marlow
            ---

            Salt Lamp is a slow thriller set in Lisbon at night. A stranger calls at the door of a lighthouse when the night train has gone.

            ## The Cast

            Rhona Veitch plays the keeper, and she is wonderfully dry.

            ## Verdict

            Cold and very well made. Go and see it.
            """;

    /** A reviewer given as a dash: no name, and no words to hold a title's. */
    private static final String TIN_KITE = """
            ---
            title: Tin Kite
            reviewer: "—"
            ---

            Tin Kite is a gentle comedy about a kite festival. It is lovely.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("title-before-review", () -> AnswerRig.botOver(Map.of("salt-lamp.md", SALT_LAMP,
            "tin-kite.md", TIN_KITE)));

    @Test
    void aTitleOfTheReviewsOwnWords_isAFilmNotStored() {
        for (String question : java.util.List.of("when a stranger calls review", "night train to lisbon review", "the stranger movie reviews")) {
            Answer answer = BOT.ask(question);
            assertThat(answer.grounded()).as(question).isFalse();
            assertThat(answer.text()).as(question).startsWith("I have no review of ").contains("Salt Lamp");
        }
        assertThat(BOT.ask("when a stranger calls review").text()).startsWith("I have no review of when a stranger calls.");
    }

    @Test
    void aStoredTitle_aReviewer_aPerson_orAKind_beforeReview_isNoFilmNotStored() {
        for (String question : java.util.List.of("salt lamp review", "salt lamb review", "ines marlow review", "rhona veitch review",
                "the lisbon thriller review", "the acting review")) {
            assertThat(BOT.ask(question).text()).as(question).doesNotStartWith("I have no review of");
        }
    }
}
