package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Answers over the bundled reviews, through the real retrieval and model. */
class AnswerServiceTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.bundled();

    private static Answer ask(String question) {
        return BOT.ask(question);
    }

    @Test
    void acting_isAnsweredFromTheActingSectionWithAQuote() {
        Answer answer = ask("How is the acting in Ballerina?");

        assertThat(answer.grounded()).isTrue();
        Citation first = answer.citations().get(0);
        assertThat(first.label()).isEqualTo("Ballerina, Acting");
        assertThat(first.quote()).contains("Ana de Armas");
        String acting = BOT.bot().library().catalog().reviewsOf("Ballerina").get(0).section("Acting").orElseThrow().text();
        assertThat(acting).contains(first.quote()); // quoted verbatim, never paraphrased
    }

    @Test
    void namesAreFoundEvenWhereEmbeddingsBlurThem() {
        Answer answer = ask("what does the review say about Romain Lacourbas?");

        assertThat(answer.citations()).first().satisfies(c -> {
            assertThat(c.section()).isEqualTo("Cinematography");
            assertThat(c.quote()).contains("Romain Lacourbas");
        });
    }

    @Test
    void questionsTheReviewsDoNotCover_areDeclinedWithOffers() {
        Answer boxOffice = ask("How much did Ballerina make at the box office?");
        Answer music = ask("Who composed the score for Ballerina?");

        assertThat(boxOffice).isInstanceOf(Answer.Declined.class);
        assertThat(boxOffice.text()).contains("don't say").contains("Acting").contains("Cinematography");
        assertThat(music.grounded()).isFalse();
    }

    @Test
    void crossReviewQuestion_findsTheOneFilm() {
        assertThat(ask("Which film has a flamethrower scene?").citations().get(0).label())
                .isEqualTo("Ballerina, Special Effects");
        assertThat(ask("which movie is set on a submarine?").citations().get(0).review()).isEqualTo("The Deep Quiet");
    }

    @Test
    void severalReviewsOfOneFilm_sayWhoseReviewTheyQuote() {
        Answer answer = ask("How is the score in Glass Orchard?");

        assertThat(answer.citations()).extracting(Citation::reviewer)
                .containsExactlyInAnyOrder("Maya Lindqvist", "Colin Ashby");
        assertThat(answer.citations().get(0).label()).endsWith("(Maya Lindqvist)");
    }

    @Test
    void summary_quotesTheVerdict() {
        Answer answer = ask("summarize ballerina");

        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.section()).isEqualTo("Overall");
            assertThat(c.quote()).contains("largely achieves with style");
        });
    }

    @Test
    void followUp_remembersTheFilmOfTheConversation() {
        ConversationId chat = new ConversationId("test", "follow-up");
        BOT.answers().ask(chat, "How is the acting in Ballerina?", Optional.empty());

        Answer followUp = BOT.answers().ask(chat, "what about the cinematography?", Optional.empty()).answer();
        Answer named = BOT.answers().ask(chat, "and in Hollow Creek?", Optional.empty()).answer();
        Answer backToIt = BOT.answers().ask(chat, "who shot it?", Optional.empty()).answer();

        assertThat(followUp.citations().get(0).label()).isEqualTo("Ballerina, Cinematography");
        assertThat(named.citations().get(0).review()).isEqualTo("Hollow Creek");
        assertThat(backToIt.citations().get(0).review()).isEqualTo("Hollow Creek");
    }

    @Test
    void straightQuotesInTheQuestionMatchCurlyOnesInTheReview() {
        Answer answer = ask("Ballerina: \"Director\" Huston - imposing?");

        assertThat(answer.citations().get(0).quote()).contains("Huston's \"Director\" is imposing");
    }

    @Test
    void scope_restrictsToOneFilm_andAnUnknownFilmIsAClearError() {
        Answer scoped = BOT.answers().ask(null, "how is the music?", Optional.of("glass orchard")).answer();

        assertThat(scoped.citations()).isNotEmpty().allMatch(c -> c.review().equals("Glass Orchard"));
        assertThatThrownBy(() -> BOT.answers().ask(null, "how is it?", Optional.of("Oppenheimer")))
                .isInstanceOf(InvalidQuestionException.class).hasMessageStartingWith("unknown film 'Oppenheimer'; stored films: ");
    }

    @Test
    void emptyAndOverlongQuestions_areRejectedByName() {
        assertThatThrownBy(() -> ask("   ")).isInstanceOf(InvalidQuestionException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> ask("x".repeat(501))).hasMessage("the question is 501 characters long; the limit is 500");
    }

    @Test
    void repeatedQuestion_comesFromTheCache_untilTheLibraryChanges() {
        AnswerResult first = BOT.answers().ask(null, "How are the effects in Neon Harvest?", Optional.empty());
        AnswerResult second = BOT.answers().ask(null, "how are the effects in neon harvest?", Optional.empty());

        assertThat(first.cached()).isFalse();
        assertThat(second.cached()).isTrue();
        assertThat(second.answer()).isEqualTo(first.answer());

        BOT.bot().library().ingest(List.of(new Review("test/new", "A New Film", null, null, null, "test",
                List.of(new Section("Acting", "Everyone is fine.")))));
        assertThat(BOT.answers().ask(null, "How are the effects in Neon Harvest?", Optional.empty()).cached()).isFalse();
        BOT.bot().library().remove("A New Film");
    }
}
