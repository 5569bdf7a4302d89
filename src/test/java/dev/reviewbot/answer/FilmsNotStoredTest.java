package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A film a stored review only mentions (it "owes a lot to The Shining"), or a stored phrase typed as a title in
 * Title Case, is no film the library holds: the bot says so rather than quote the review that mentions it.
 * The review's own things, asked about in its words, are still answered.
 */
class FilmsNotStoredTest {

    static final String CELLAR_DOOR = """
            ---
            title: The Cellar Door
            reviewer: Ines Marlow
            ---

            The Cellar Door is a cold, patient horror film set in a mining town. It owes a lot to The Shining and to The Wicker Man, and the hotel-corridor scene is lifted straight from it, but it is staged so well that I did not mind.

            ## The Cast

            Rhona Veitch plays the old lighthouse keeper who finds the body, and she is wonderfully dry. The smiling landlord, played by Kofi Brand, is more cartoonish.

            ## The Music

            Composer Nell Castellanos has written a jittery, scraping score for strings that never lets you settle.

            ## Verdict

            Scary, cold and very well made. Go and see it with the lights off.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("cellar", () -> AnswerRig.botOver(Map.of("the-cellar-door.md", CELLAR_DOOR)));

    private static Answer ask(String question) {
        return BOT.ask(question);
    }

    @Test
    void aFilmAStoredReviewOnlyMentions_isDeclinedByName() {
        Answer shining = ask("is the shining any good");

        assertThat(shining.grounded()).isFalse();
        assertThat(shining.text()).startsWith("I have no review of shining").contains("The Cellar Door");
        assertThat(ask("who directed The Shining?").text()).startsWith("I have no review of The Shining");
        assertThat(ask("the wicker man, is it scary").text()).startsWith("I have no review of wicker");
    }

    @Test
    void aStoredPhraseTypedAsATitle_isAnotherFilm_typedAsTheReviewHasIt_isAnswered() {
        assertThat(ask("what did the reviewer think of 'The Lighthouse Keeper'").text())
                .startsWith("I have no review of The Lighthouse Keeper");
        Answer keeper = ask("who plays the lighthouse keeper");
        assertThat(keeper.grounded()).isTrue();
        assertThat(keeper.citations().get(0).quote()).contains("Rhona Veitch");
    }

    @Test
    void aYesNoQuestionAboutAThingInTheReview_isAnsweredFromIt() {
        Answer landlord = ask("is the landlord cartoonish");

        assertThat(landlord.grounded()).as(landlord.text()).isTrue();
        assertThat(landlord.citations().get(0).quote()).contains("more cartoonish");
    }
}
