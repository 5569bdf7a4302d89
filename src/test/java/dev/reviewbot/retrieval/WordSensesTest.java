package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.embedding.Vectors;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A single word read by its meaning, with the real model: the aspect it asks about when it is close enough to one
 * aspect's word and clearly closer to it than to any other aspect's; and how a question uses that for a word its
 * film's reviews never use.
 */
class WordSensesTest {

    private static final RetrievalRig RIG = RetrievalRig.get();
    private static final Aspect ENDINGS = new Aspect("writing", "writing", List.of("ending", "plot"), List.of(), List.of());
    private static final Aspect PACE = new Aspect("pacing", "pacing", List.of("overlong", "drags"), List.of(), List.of());

    private static EmbeddingModel model() {
        return RIG.bot.aspectParts().model();
    }

    private static double cosine(String word, String other) {
        return Vectors.dot(Vectors.unit(model().embed(word).content().vector()),
                Vectors.unit(model().embed(other).content().vector()));
    }

    private static WordSenses senses(double threshold, double margin, Aspect... aspects) {
        return new WordSenses(model(), List.of(aspects), threshold, margin);
    }

    @Test
    void aWordCloseToOneAspectsWord_asksAboutThatAspect_namingBothWords() {
        WordSenses.Sense sense = senses(0.60, 0.15, ENDINGS, PACE).aspectOf("finish").orElseThrow();

        assertThat(sense.aspect()).isEqualTo(ENDINGS);
        assertThat(sense.asked()).isEqualTo("finish");
        assertThat(sense.vocabularyWord()).isEqualTo("ending");
        assertThat(senses(0.60, 0.15, ENDINGS, PACE).aspectOf("shorter").orElseThrow().aspect()).isEqualTo(PACE);
    }

    @Test
    void theThreshold_isReachedAtItsValue_andMissedJustAboveIt() {
        double similarity = cosine("finish", "ending");

        assertThat(senses(similarity, 0, ENDINGS).aspectOf("finish")).isPresent();
        assertThat(senses(Math.nextUp(similarity), 0, ENDINGS).aspectOf("finish")).isEmpty();
    }

    @Test
    void theMargin_overTheNearestOtherAspect_isReachedAtItsValue_andMissedJustAboveIt() {
        double best = cosine("finish", "ending");
        double other = Math.max(cosine("finish", "overlong"), cosine("finish", "drags"));
        assertThat(best).isGreaterThan(other);

        assertThat(senses(0, best - other, ENDINGS, PACE).aspectOf("finish")).isPresent();
        assertThat(senses(0, Math.nextUp(best - other), ENDINGS, PACE).aspectOf("finish")).isEmpty();
    }

    @Test
    void aSecondWordOfTheSameAspect_isNoRival() {
        // "plot" is the same aspect's: however near "finish" it is, the margin is over other aspects only.
        double margin = cosine("finish", "ending") - cosine("finish", "overlong");

        assertThat(senses(0, margin, ENDINGS, PACE).aspectOf("finish")).isPresent();
    }

    @Test
    void phrasesAndWordsUnderFourLetters_areNoSeeds() {
        Aspect shortAndPhrases = new Aspect("writing", "writing", List.of("end", "the ending"), List.of(), List.of());

        assertThat(senses(0.60, 0, shortAndPhrases).aspectOf("ending")).isEmpty();
        assertThat(senses(0.60, 0, shortAndPhrases).aspectOf("end")).isEmpty();
        assertThat(senses(0.99, 0, ENDINGS).aspectOf("ending")).isPresent();
        assertThat(senses(0.99, 0, new Aspect("writing", "writing", List.of("plot"), List.of(), List.of()))
                .aspectOf("plot")).isPresent();
    }

    @Test
    void noModel_readsNoWordByMeaning() {
        assertThat(WordSenses.NONE.aspectOf("ending")).isEmpty();
        assertThat(WordSenses.NONE.near("ending", "ending")).isFalse();
    }

    @Test
    void twoWords_areNear_atTheThreshold_andTheSameWordAlways() {
        double similarity = cosine("finale", "finish");

        assertThat(senses(similarity, 0, ENDINGS).near("finale", "finish")).isTrue();
        assertThat(senses(Math.nextUp(similarity), 0, ENDINGS).near("finale", "finish")).isFalse();
        assertThat(senses(2, 0, ENDINGS).near("finish", "finish")).isTrue();
    }

    @Test
    void aQuestionsWordItsFilmsReviewsNeverUse_asksByMeaning_andIsTheAspectsTerm() {
        Question question = RIG.read("how does lantern bay finish");

        assertThat(question.aspects()).extracting(Aspect::name).containsExactly("writing");
        assertThat(question.sensed()).containsExactly("finish");
        assertThat(question.aspectTerms()).containsAll(RIG.terms.of("finish"));
        assertThat(RIG.read("could lantern bay be shorter").aspects()).extracting(Aspect::name).containsExactly("pacing");
    }

    @Test
    void aWordTheFilmsReviewsUse_isReadAsTyped_andByMeaningWhereTheyDoNot() {
        // "hurry" is near the pacing's "slow"; Lantern Bay's review says "without hurry", Marrow Lane's never does.
        assertThat(RIG.words.usedOn("hurry", List.of("Lantern Bay"))).isTrue();
        assertThat(RIG.words.usedOn("hurry", List.of("Marrow Lane"))).isFalse();
        // No film named: any review's words.
        assertThat(RIG.words.usedOn("hurry", List.of())).isTrue();
        assertThat(RIG.words.usedOn("finish", List.of())).isFalse();

        assertThat(RIG.read("is lantern bay in a hurry").sensed()).isEmpty();
        assertThat(RIG.read("is marrow lane in a hurry").sensed()).containsExactly("hurry");
    }

    @Test
    void aQuestionWantingAFact_orNamingAPerson_asksNoAspectByAWordsMeaning() {
        // "finish" asks about the ending in an open question ("how does lantern bay finish", above).
        assertThat(RIG.read("who did the finish on lantern bay").sensed()).isEmpty();
        assertThat(RIG.read("how does mira solano finish in lantern bay").sensed()).isEmpty();
    }
}
