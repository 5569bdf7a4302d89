package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.Passage;
import dev.reviewbot.library.Polarities;
import dev.reviewbot.retrieval.Aspect;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.retrieval.Terms;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * A film's evidence on the music where its reviews never use the question's own word ("is the score of Quay Lights
 * rousing?"), from hand-scored sentences: the warmest sentence of the review warmest on the music; the warmest
 * quotable sentence anywhere when that review has none worth quoting; nothing when no sentence leans the asked way,
 * and nothing when the question asks about no aspect but the verdict, even of sentences that are the verdict.
 */
class EvidenceOnAnAspectTest {

    private static final String FILM = "Quay Lights";
    private static final Aspect MUSIC = new Aspect("music", "Music", List.of("music", "score"), List.of("music"), List.of());
    private static final Aspect VERDICT = new Aspect(AspectVocabulary.VERDICT, "Verdict", List.of("verdict"), List.of("verdict"), List.of());
    private static final AspectVocabulary VOCABULARY = new AspectVocabulary(List.of(MUSIC, VERDICT), Set.of());

    private static final String WARM = "The strings swell gently under the harbour scenes at dusk.";
    private static final String WARMER = "The main theme is a glorious and genuinely stirring piece of writing.";
    private static final String COLD = "The synth cues in the chase are thin and cheap and dated.";
    private static final String WARMEST = "That big choral finale is the best thing in the whole film.";
    private static final String FLAT = "The music is played by a small orchestra from the town itself.";

    /** Each review's sentences on the music, in order, with their polarities. */
    private static Optional<String> evidence(Aspect asked, Map<String, Map<String, Double>> reviews) {
        // The passages are on the music, and on whatever else is asked (a closing section on the score is also the verdict).
        List<String> labels = java.util.stream.Stream.of(MUSIC.name(), asked.name()).distinct().toList();
        Map<String, List<Passage>> passages = new LinkedHashMap<>();
        reviews.forEach((id, sentences) -> passages.put(id, List.of(new Passage(id + "-1", id, FILM, id, "Music", 1, 0,
                String.join(" ", sentences.keySet()), new Polarities(List.copyOf(sentences.values())), labels))));
        Catalog catalog = new Catalog(1, reviews.keySet().stream()
                .map(id -> new Review(id, FILM, 2024, id, null, id + ".md", List.of(new Section("Music", "text")))).toList());
        Question question = new Question("is the score of quay lights rousing?", "score rousing", List.of(FILM),
                List.of(asked), List.of("rous"), List.of(), List.of(), null, false, null, List.of(), List.of(), null, null);
        return new FilmComparison(VOCABULARY, new Terms(new StandardAnalyzer()))
                .evidenceOn(question, FILM, 1, catalog, id -> passages.getOrDefault(id, List.of())).map(Citation::quote);
    }

    private static Map<String, Double> sentences(Object... textAndPolarity) {
        Map<String, Double> sentences = new LinkedHashMap<>();
        for (int i = 0; i < textAndPolarity.length; i += 2) {
            sentences.put((String) textAndPolarity[i], (Double) textAndPolarity[i + 1]);
        }
        return sentences;
    }

    private static Map<String, Map<String, Double>> reviews(Object... idAndSentences) {
        Map<String, Map<String, Double>> reviews = new LinkedHashMap<>();
        for (int i = 0; i < idAndSentences.length; i += 2) {
            @SuppressWarnings("unchecked") Map<String, Double> s = (Map<String, Double>) idAndSentences[i + 1];
            reviews.put((String) idAndSentences[i], s);
        }
        return reviews;
    }

    @Test
    void theWarmestSentence_ofTheReviewWarmestOnTheMusic() {
        assertThat(evidence(MUSIC, reviews(
                "r1", sentences(WARM, 0.4, WARMER, 0.7),
                "r2", sentences(COLD, -0.6, WARMEST, 0.9)))).contains(WARMER);
    }

    @Test
    void whereTheWarmestReviewSaysNothingQuotable_theWarmestQuotableSentenceOfAnyReview() {
        assertThat(evidence(MUSIC, reviews(
                "r1", sentences("Lovely, lovely music.", 0.9),
                "r2", sentences(WARM, 0.3, WARMER, 0.6)))).contains(WARMER);
    }

    @Test
    void aSentenceLeaningNoWay_isNoEvidence() {
        assertThat(evidence(MUSIC, reviews("r1", sentences(FLAT, 0.0, COLD, -0.5)))).isEmpty();
    }

    @Test
    void aQuestionOnTheVerdictAlone_hasNoEvidenceOnAnAspect() {
        assertThat(evidence(VERDICT, reviews("r1", sentences(WARM, 0.4, WARMER, 0.7)))).isEmpty();
    }
}
