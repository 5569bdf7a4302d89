package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In a conversation, "and in Neon Harvest?" or "what about Hollow Creek?" asks the last question again about the
 * film just named; "Neon Harvest review" asks for that review itself, and outside a conversation a film named
 * alone is its summary.
 */
class FollowUpAboutAnotherFilmTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.bundled();

    private static Answer ask(ConversationId conversation, String question) {
        return BOT.answers().ask(conversation, question, Optional.empty()).answer();
    }

    @Test
    void andInAnotherFilm_asksTheLastQuestionAgain_aboutThatFilm() {
        ConversationId conversation = new ConversationId("console", "follow-up-film");
        ask(conversation, "how is the acting in ballerina?");

        Answer neon = ask(conversation, "and in neon harvest?");
        Answer hollow = ask(conversation, "what about hollow creek?");

        assertThat(neon.citations()).extracting(Citation::review, Citation::section)
                .containsExactly(Tuple.tuple("Neon Harvest", "Performances"));
        assertThat(hollow.citations()).extracting(Citation::review).containsOnly("Hollow Creek");
        assertThat(hollow.citations()).extracting(Citation::section).containsOnly("Cast");
    }

    @Test
    void aFilmsReview_inAConversation_isThatReviewsSummary_notTheLastQuestion() {
        ConversationId conversation = new ConversationId("console", "follow-up-review");
        ask(conversation, "how is the acting in ballerina?");

        Answer review = ask(conversation, "neon harvest review");

        assertThat(review.citations()).extracting(Citation::review, Citation::section)
                .containsExactly(Tuple.tuple("Neon Harvest", "Final Thoughts"));
    }

    @Test
    void andInAFilm_outsideAConversation_isItsSummary() {
        Answer answer = BOT.ask("and in neon harvest?");

        assertThat(answer.citations()).extracting(Citation::review, Citation::section)
                .containsExactly(Tuple.tuple("Neon Harvest", "Final Thoughts"));
    }
}
