package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * AnswerService between questions: the film a metadata answer cited carries to the next question, a film
 * described rather than named is the one asked about, titles are compared in the order typed even when the
 * question opens with one, answers are kept in the cache, and a person a newly stored review names is known at
 * once.
 */
class FollowUpsAndNamesTest {

    @RegisterExtension
    static final AnswerRig HARBOUR = AnswerRig.over("harbour", HarbourReviews::bot);

    /** Its own library: the test below stores another review in it. */
    @RegisterExtension
    static final AnswerRig GROWING = AnswerRig.over("harbour-growing", HarbourReviews::bot);

    private static final String ADDED = "cinder-road-gwyn";

    @Test
    void theFilmAMetadataAnswerCites_isTheFilmOfTheNextQuestion() {
        ConversationId chat = new ConversationId("test", "follow-ups-1");
        Answer lowest = HARBOUR.answers().ask(chat, "which film is rated lowest?", Optional.empty()).answer();

        AnswerResult next = HARBOUR.answers().ask(chat, "how is the ending?", Optional.empty());

        assertThat(lowest.citations()).singleElement().satisfies(c -> assertThat(c.review()).isEqualTo("Harbour Lights"));
        assertThat(next.topic().films()).containsExactly("Harbour Lights");
        assertThat(next.answer().text()).startsWith("The stored reviews of Harbour Lights don't say anything about its writing.");
    }

    @Test
    void aFilmDescribed_isTheFilmAskedAbout() {
        assertThat(HARBOUR.ask("how is the acting in the one about the brothers and the hearse?").text()).startsWith(
                "The stored reviews of Cinder Road don't say anything about its acting.");
        assertThat(HARBOUR.ask("how is the ending of the one about the two brothers?").citations()).first()
                .satisfies(c -> assertThat(c.quote()).contains("The ending at the cemetery gates is abrupt."));
    }

    @Test
    void theTitleOfAFilmDescribed_isAnsweredFromWhatTheDescriptionFits() {
        Answer called = HARBOUR.ask("whats the film about the brothers and the hearse called");

        assertThat(called.grounded()).isTrue();
        assertThat(called.citations()).first().satisfies(c -> {
            assertThat(c.review()).isEqualTo("Cinder Road");
            assertThat(c.quote()).contains("stolen hearse");
        });
    }

    @Test
    void titlesAreComparedInTheOrderTyped_theFirstEvenWhenTheQuestionOpensWithIt() {
        assertThat(AnswerService.inOrderAsked("harbour lights or cinder road, which is longer?", List.of("Cinder Road", "Harbour Lights")))
                .containsExactly("Harbour Lights", "Cinder Road");
    }

    @Test
    void anAnswerGiven_isKeptInTheAnswerCache() {
        HARBOUR.ask("how is the ending of cinder road?");

        assertThat(HARBOUR.answers().answerCache().asMap().values()).singleElement()
                .satisfies(cached -> assertThat(cached.films()).containsExactly("Cinder Road"));
    }

    @Test
    void aPersonANewlyStoredReviewNames_isKnownAtOnce() {
        String question = "how is Mabli Rowe in cinder road?";
        try {
            assertThat(GROWING.ask(question).grounded()).isFalse();

            GROWING.bot().library().ingest(List.of(new Review(ADDED, "Cinder Road", null, "Tal Gwyn", null, null,
                    List.of(new Section("Cast", "Mabli Rowe plays the younger brother with a dry, sly wit.")))));

            assertThat(GROWING.ask(question).citations()).first()
                    .satisfies(c -> assertThat(c.quote()).isEqualTo("Mabli Rowe plays the younger brother with a dry, sly wit."));
        } finally {
            // PIT reruns the test in the same JVM, over the same library: it must start without the review.
            GROWING.bot().library().removeReviews(List.of(ADDED));
        }
    }
}
