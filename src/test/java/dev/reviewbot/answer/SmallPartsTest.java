package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.reviewbot.library.Passage;
import dev.reviewbot.retrieval.Terms;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The answer package's small parts as their output shows them: an answer's numbered quotes, the conversations
 * remembered, a word matched by its first five letters, a sentence written all in lower case, and a rating line
 * fitted over polarities that do not centre on zero.
 */
class SmallPartsTest {

    @Test
    void anExtractiveAnswer_numbersEachQuoteInOrder() {
        Answer answer = new Answer.Grounded("how is it?", List.of(
                new Citation("Harbour Lights", "Acting", "Wren Talbot", "She never raises her voice."),
                new Citation("Harbour Lights", "Verdict", "Sol Okafor", "See it."),
                new Citation("Cinder Road", "Verdict", "Pell Marsh", "Bring snacks.")));

        assertThat(answer.text()).isEqualTo("\"She never raises her voice.\" [1] \"See it.\" [2] \"Bring snacks.\" [3]");
    }

    @Test
    void conversations_countOnlyThoseThatNamedAFilm() {
        InMemoryConversations conversations = new InMemoryConversations(Caffeine.newBuilder().executor(Runnable::run).build());

        conversations.remember(new ConversationId("test", "a"), List.of("Harbour Lights"), "how is the acting?");
        conversations.remember(new ConversationId("test", "b"), List.of(), "hello?");
        conversations.remember(null, List.of("Cinder Road"), "how is it?");

        assertThat(conversations.size()).isEqualTo(1);
        assertThat(conversations.stateOf(new ConversationId("test", "a")).films()).containsExactly("Harbour Lights");
        assertThat(conversations.stateOf(new ConversationId("test", "b"))).isEqualTo(Conversations.State.NONE);
    }

    @Test
    void aQuestionWord_matchesAWordStartingWithIt_fromFiveLettersOn() {
        SentenceWords sentence = SentenceWords.of("The lighthouse keeper is played by Iris Vane.", new Terms(new EnglishAnalyzer()));

        assertThat(sentence.contains().test("keeper")).isTrue();
        assertThat(sentence.contains().test("lighth")).isTrue();
        assertThat(sentence.contains().test("light")).isTrue();
        assertThat(sentence.contains().test("ligh")).isFalse();
        assertThat(sentence.contains().test("storm")).isFalse();
    }

    @Test
    void aSentenceWrittenAllInLowerCase_isToldFromOneWithCapitals() {
        assertThat(RoleMentions.writtenInLowerCase("tamsin reid plays kenzie, and I loved her")).isTrue();
        assertThat(RoleMentions.writtenInLowerCase("\"tamsin reid plays kenzie\"")).isTrue();
        assertThat(RoleMentions.writtenInLowerCase("tamsin reid plays Kenzie")).isFalse();
        assertThat(RoleMentions.writtenInLowerCase("Tamsin reid plays kenzie")).isFalse();
        assertThat(RoleMentions.writtenInLowerCase("... 42 !")).isFalse();
        assertThat(RoleMentions.writtenInLowerCase("")).isFalse();
    }

    @Test
    void aRatingLine_isFittedWherePolaritiesDoNotCentreOnZero() {
        // (0, 0.2), (0.5, 0.6), (1, 1.0): rating = 0.2 + 0.8 x polarity
        Map<String, Double> polarity = Map.of("a", 0.0, "b", 0.5, "c", 1.0, "d", 0.25);
        List<Review> rated = List.of(review("a", "1/5"), review("b", "3/5"), review("c", "5/5"));
        Iterator<Review> order = rated.iterator();
        RatingScale scale = RatingScale.fit(rated, id -> List.<Passage>of(), s -> polarity.get(order.next().id()));

        assertThat(scale.slope()).isCloseTo(0.8, within(1e-9));
        assertThat(scale.intercept()).isCloseTo(0.2, within(1e-9));
        assertThat(scale.of(review("d", null), id -> List.of(), s -> polarity.get("d"))).isCloseTo(0.4, within(1e-9));
    }

    private static Review review(String id, String rating) {
        return new Review(id, "Film " + id, null, null, rating, null, List.of(new Section("Verdict", "Fine.")));
    }
}
