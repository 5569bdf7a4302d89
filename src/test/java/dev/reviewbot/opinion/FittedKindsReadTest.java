package dev.reviewbot.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.embedding.InProcessModel;
import dev.reviewbot.library.SentencePolarity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With fitted question kinds, they decide a question's kind and the descriptions only which of that kind's is
 * nearest; without them, the nearest description decides. The real embedding model reads the questions.
 */
class FittedKindsReadTest {

    private static final EmbeddingModel MODEL = InProcessModel.byId("all-minilm-l6-v2-q").load();

    private static final OpinionSettings SETTINGS = new OpinionSettings(Map.of(
            "cons", List.of("what are the weaknesses of the film?"),
            "pros-cons", List.of("pros and cons of the film"),
            "disagreement", List.of("do the reviewers agree about it?"),
            "other", List.of("who directed the film?")), 0.3, 2, null, null, 0, 0, 0.1, 2, 1, 0, 0);

    /** Weights that read every question as one kind: a bias alone. */
    private static QuestionKindModel always(String kind) {
        int dimensions = MODEL.dimension();
        return new QuestionKindModel("all-minilm-l6-v2-q", List.of(kind, QuestionKindModel.OTHER),
                new double[][] {new double[dimensions], new double[dimensions]}, new double[] {1, 0}, Map.of(), 1, 1, "");
    }

    @Test
    void withoutFittedKinds_theNearestDescriptionDecides() {
        OpinionReader reader = new OpinionReader(MODEL, SentencePolarity.NONE, SETTINGS);

        assertThat(reader.read("what are the weaknesses of the film?")).map(OpinionAsk::kind).contains(OpinionKind.PROS_CONS);
    }

    @Test
    void fittedKindsReadingOther_leaveNoOpinionQuestion_howeverNearADescription() {
        OpinionReader reader = new OpinionReader(MODEL, SentencePolarity.NONE, SETTINGS, always(QuestionKindModel.OTHER));

        assertThat(reader.read("what are the weaknesses of the film?")).isEmpty();
        // The first look lets through what either reading may take for an opinion question.
        assertThat(reader.mayAsk(MODEL.embed("what are the weaknesses of the film?").content())).isTrue();
        assertThat(reader.mayAsk(MODEL.embed("who directed the film?").content())).isFalse();
    }

    @Test
    void theFirstLook_letsThroughWhatTheFittedKindsRead_thoughNoDescriptionIsNear() {
        OpinionSettings far = new OpinionSettings(SETTINGS.kinds(), 0.99, 2, null, null, 0, 0, 0.1, 2, 1, 0, 0);

        assertThat(new OpinionReader(MODEL, SentencePolarity.NONE, far).mayAsk(MODEL.embed("who directed the film?").content())).isFalse();
        assertThat(new OpinionReader(MODEL, SentencePolarity.NONE, far, always("comparison"))
                .mayAsk(MODEL.embed("who directed the film?").content())).isTrue();
    }

    @Test
    void fittedKinds_decideTheKind_andTheNearestDescriptionOfItsKindGivesItsCloseness() {
        OpinionReader reader = new OpinionReader(MODEL, SentencePolarity.NONE, SETTINGS, always("disagreement"));

        OpinionAsk ask = reader.read("what are the weaknesses of the film?").orElseThrow();

        assertThat(ask.kind()).isEqualTo(OpinionKind.DISAGREEMENT);
        double toDisagreement = dev.reviewbot.embedding.Vectors.dot(
                dev.reviewbot.embedding.Vectors.unit(MODEL.embed("what are the weaknesses of the film?").content().vector()),
                dev.reviewbot.embedding.Vectors.unit(MODEL.embed("do the reviewers agree about it?").content().vector()));
        assertThat(ask.similarity()).isCloseTo(toDisagreement, org.assertj.core.data.Offset.offset(1e-6));
    }

    /** The fitted kinds read the text they are given for it (the question without its titles), not the question. */
    @Test
    void theFittedKinds_readTheKindText() {
        // A comparison only for what lies nearly on one direction: the embedding of "which is better, or".
        float[] toward = dev.reviewbot.embedding.Vectors.unit(MODEL.embed("which is better, or").content().vector());
        double[] weights = new double[toward.length];
        for (int i = 0; i < toward.length; i++) {
            weights[i] = 20 * toward[i];
        }
        QuestionKindModel near = new QuestionKindModel("all-minilm-l6-v2-q", List.of("comparison", QuestionKindModel.OTHER),
                new double[][] {weights, new double[toward.length]}, new double[] {-18, 0}, Map.of(), 1, 1, "");
        OpinionReader reader = new OpinionReader(MODEL, SentencePolarity.NONE, SETTINGS, near);
        String generic = "which is better, the film or the film";

        assertThat(reader.read(generic, null, generic, "which is better, or")).map(OpinionAsk::kind).contains(OpinionKind.COMPARISON);
        assertThat(reader.read(generic, null, generic, "what time is it in Tokyo")).isEmpty();
    }

    /** The shipped kinds read a question without its titles: "why is the film called Glass Orchard?" is no comparison. */
    @Test
    void theShippedKinds_readAQuestionAboutOneFilmsTitle_asNoOpinionQuestion() {
        OpinionReader reader = new OpinionReader(MODEL, SentencePolarity.NONE, SETTINGS,
                QuestionKindModel.bundled("all-minilm-l6-v2-q").orElseThrow());
        String generic = "Why is the film called the film?";

        assertThat(reader.read(generic, null, generic, "Why is the film called?")).isEmpty();
        assertThat(reader.read("do they agree about the dialogue in the film", null, "do they agree about the dialogue in it",
                "do they agree about the dialogue in")).map(OpinionAsk::kind).contains(OpinionKind.DISAGREEMENT);
    }

    @Test
    void aPlainProsAndConsDescription_nearestWithinTheFittedKind_asksForBothSides() {
        OpinionReader reader = new OpinionReader(MODEL, SentencePolarity.NONE, SETTINGS, always("pros-cons"));

        OpinionAsk ask = reader.read("pros and cons of the film").orElseThrow();

        assertThat(ask.kind()).isEqualTo(OpinionKind.PROS_CONS);
        assertThat(ask.bothSides()).isTrue();
    }
}
