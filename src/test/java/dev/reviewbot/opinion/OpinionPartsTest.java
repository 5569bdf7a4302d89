package dev.reviewbot.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.reviewbot.library.SentencePolarity;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts behind a scorecard that need no model: the weights file, the labelled data it is fitted on, the
 * embedding file cache that makes refitting quick, the text and picture a user sees.
 */
class OpinionPartsTest {

    @TempDir
    Path dir;

    /** Embeds a sentence as (its length, its count of 'e'), counting what it is asked to embed. */
    private static final class Counting implements EmbeddingModel {
        final AtomicInteger embedded = new AtomicInteger();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            embedded.addAndGet(segments.size());
            return Response.from(segments.stream().map(s -> Embedding.from(new float[] {s.text().length(),
                    s.text().chars().filter(c -> c == 'e').count()})).toList());
        }
    }

    private static PolarityModel weights(double... w) {
        return new PolarityModel("test-model", w, -1.0, 0.8, 5, 100, 0.1, "test data", "test command");
    }

    /** Embeds each of a few texts as a fixed vector, not of unit length (the reader normalises). */
    private static EmbeddingModel fixed(java.util.Map<String, float[]> vectors) {
        return new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                return Response.from(segments.stream().map(s -> Embedding.from(vectors.get(s.text()))).toList());
            }
        };
    }

    // Leaning towards a quality

    @Test
    void aSentencesLeanTowardsAQuality_isItsUnitEmbeddingAlongTheStepFromThePlainStatementToTheQualitys() {
        OpinionReader reader = new OpinionReader(fixed(java.util.Map.of(
                "It is a film.", new float[] {2, 0, 0},
                "It is a funny film.", new float[] {0, 3, 0},
                "The jokes land.", new float[] {3, 4, 0},
                "It is long.", new float[] {5, 0, 0},
                "It rains.", new float[] {0, 0, 7})), SentencePolarity.NONE, OpinionSettings.NONE);

        java.util.function.ToDoubleFunction<String> lean = reader.towards("It is a film.", "It is a funny film.");

        // The step is (-1, 1, 0): (.6, .8, 0) leans .2 towards funny, the plain statement's own direction -1, and a
        // sentence across the step none.
        assertThat(lean.applyAsDouble("The jokes land.")).isCloseTo(0.2, within(1e-6));
        assertThat(lean.applyAsDouble("It is long.")).isCloseTo(-1.0, within(1e-6));
        assertThat(lean.applyAsDouble("It rains.")).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void withoutAModel_noSentenceLeansAnyWay() {
        assertThat(OpinionReader.NONE.towards("It is a film.", "It is a funny film.").applyAsDouble("The jokes land."))
                .isNaN();
    }

    // Weights

    @Test
    void polarity_isTwiceTheProbabilityOfPraiseLessOne() {
        PolarityModel model = weights(2.0, -1.0);

        assertThat(model.polarity(new float[] {0, 0})).isCloseTo(2 * LogisticRegression.sigmoid(-1) - 1, within(1e-12));
        assertThat(model.polarity(new float[] {1, 0})).isCloseTo(2 * LogisticRegression.sigmoid(1) - 1, within(1e-12));
        assertThat(model.polarity(new float[] {0, 3})).isCloseTo(2 * LogisticRegression.sigmoid(-4) - 1, within(1e-12));
        assertThatThrownBy(() -> model.polarity(new float[] {1, 2, 3}))
                .hasMessage("an embedding of 3 dimensions for weights of 2");
        assertThatThrownBy(() -> weights()).hasMessage("polarity weights are missing");
    }

    @Test
    void theWeightsVersion_changesWithAnyWeightOrTheBias() {
        String version = weights(2.0, -1.0).version();

        assertThat(version).matches("[0-9a-f]{12}").isEqualTo(weights(2.0, -1.0).version());
        assertThat(weights(2.0, -1.5).version()).isNotEqualTo(version);
        assertThat(new PolarityModel("test-model", new double[] {2.0, -1.0}, 0.5, 0.8, 5, 100, 0.1, "d", "c").version())
                .isNotEqualTo(version);
    }

    @Test
    void writtenWeights_readBackAsTheBundledOnesAre_andMissingOnesAreEmpty() throws Exception {
        Path file = dir.resolve("deep/polarity/test-model.json");
        weights(2.0, -1.0).write(file);

        assertThat(Files.readString(file)).contains("\"model\" : \"test-model\"", "\"command\" : \"test command\"");
        assertThat(PolarityModel.resource("all-minilm-l6-v2-q")).isEqualTo("/polarity/all-minilm-l6-v2-q.json");
        assertThat(PolarityModel.bundled("all-minilm-l6-v2-q")).get()
                .satisfies(m -> assertThat(m.weights()).hasSize(384));
        assertThat(PolarityModel.bundled("no-such-model")).isEmpty();
    }

    @Test
    void sentencePolarity_scoresEachSentence_asTheWeightsDo_andNamesItsWeights() {
        PolarityModel model = weights(0.5, -0.25);
        EmbeddingPolarity polarity = new EmbeddingPolarity(new Counting(), model);

        List<Double> scores = polarity.score(List.of("fine", "excellent"));

        assertThat(scores).containsExactly(model.polarity(new float[] {4, 1}), model.polarity(new float[] {9, 3}));
        assertThat(polarity.score("excellent")).isEqualTo(scores.get(1));
        assertThat(polarity.version()).isEqualTo("test-model-" + model.version());
        assertThat(EmbeddingPolarity.forModel(new Counting(), "no-such-model")).isSameAs(SentencePolarity.NONE);
        assertThat(EmbeddingPolarity.forModel(new Counting(), "all-minilm-l6-v2-q").version())
                .startsWith("all-minilm-l6-v2-q-");
    }

    // Labelled data

    @Test
    void rtPolarity_readsPraiseThenCriticism_skippingBlankLines() throws Exception {
        Files.writeString(dir.resolve("pos.txt"), "a gem , is n't it ?\n\n   \nthe cast 's best work .\n");
        Files.writeString(dir.resolve("neg.txt"), "( sadly ) it drags .\n");

        LabelledSentences data = LabelledSentences.readRtPolarity(dir);

        assertThat(data.sentences()).containsExactly("a gem, isn't it?", "the cast's best work.", "(sadly) it drags.");
        assertThat(data.labels()).containsExactly(1, 1, 0);
        assertThat(data.size()).isEqualTo(3);
    }

    @Test
    void rtPolarity_needsBothFiles_andEachSentenceItsLabel() throws Exception {
        Files.writeString(dir.resolve("pos.txt"), "good .\n");

        assertThatThrownBy(() -> LabelledSentences.readRtPolarity(dir)).isInstanceOf(IOException.class)
                .hasMessage("expected pos.txt and neg.txt in " + dir);
        Files.delete(dir.resolve("pos.txt"));
        Files.writeString(dir.resolve("neg.txt"), "bad .\n");
        assertThatThrownBy(() -> LabelledSentences.readRtPolarity(dir)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new LabelledSentences(List.of("a", "b"), new int[] {1}))
                .hasMessage("one label per sentence");
    }

    // The embedding file cache

    @Test
    void sentencesEmbeddedOnce_areReadFromTheFileAfter_inBatchesWithProgress() throws Exception {
        List<String> sentences = IntStream.range(0, 130).mapToObj(i -> "sentence " + "e".repeat(i % 7)).toList();
        Counting model = new Counting();
        List<Integer> progress = new ArrayList<>();
        EmbeddingFileCache cache = new EmbeddingFileCache(dir.resolve("cache"));

        float[][] first = cache.embed(sentences, model, "counting", progress::add);
        float[][] again = cache.embed(sentences, model, "counting", n -> { });

        assertThat(model.embedded).hasValue(130);
        assertThat(progress).containsExactly(128, 130);
        assertThat(first[129]).containsExactly(12, 6); // "sentence eee": 12 characters, 6 e's
        assertThat(again).isDeepEqualTo(first);
        assertThat(Files.list(dir.resolve("cache")).map(p -> p.getFileName().toString()).toList())
                .singleElement().satisfies(name -> assertThat(name).matches("counting-[0-9a-f]{12}\\.bin"));
        cache.embed(List.of("other"), model, "counting", n -> { });
        assertThat(model.embedded).hasValue(131);
    }

    @Test
    void otherSentences_areEmbeddedAgain_evenWithTheSameCharactersSplitElsewhere() throws Exception {
        Counting model = new Counting();
        EmbeddingFileCache cache = new EmbeddingFileCache(dir);
        List<Integer> progress = new ArrayList<>();

        cache.embed(List.of("ab", "c"), model, "counting", n -> { });
        cache.embed(List.of("a", "bc"), model, "counting", n -> { });
        cache.embed(List.of("x", "y"), model, "counting", n -> { });
        cache.embed(IntStream.range(0, 128).mapToObj(i -> "s" + i).toList(), model, "counting", progress::add);

        assertThat(model.embedded).hasValue(6 + 128);
        assertThat(progress).containsExactly(128); // one full batch, and no empty one after it
    }

    @Test
    void aCacheFileHoldingAnotherCount_isAnErrorNamingIt() throws Exception {
        EmbeddingFileCache cache = new EmbeddingFileCache(dir);
        cache.embed(List.of("one", "two"), new Counting(), "counting", n -> { });
        Path file;
        try (var files = Files.list(dir)) {
            file = files.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[3] = 3; // the count, an int at the start
        Files.write(file, bytes);

        assertThatThrownBy(() -> cache.embed(List.of("one", "two"), new Counting(), "counting", n -> { }))
                .isInstanceOf(IOException.class).hasMessage(file + " holds 3 vectors, expected 2");
    }

    // Fitting

    @Test
    void fitting_refusesNoPenaltyTooFewFoldsAndMismatchedLabels() {
        assertThatThrownBy(() -> new LogisticRegression(0)).hasMessage("l2 must be positive, was 0.0");
        assertThatThrownBy(() -> new LogisticRegression(Double.NaN)).hasMessage("l2 must be positive, was NaN");
        assertThatThrownBy(() -> new LogisticRegression(0.1).fit(new float[0][], new int[0]))
                .hasMessage("need as many labels as rows, and at least one row");
        assertThatThrownBy(() -> new LogisticRegression(0.1).fit(new float[][] {{1}}, new int[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogisticRegression.solveCholesky(new double[][] {{0}}, new double[] {1}))
                .isInstanceOf(ArithmeticException.class);
        assertThat(LogisticRegression.solveCholesky(new double[][] {{4, 0}, {2, 3}}, new double[] {8, 7}))
                .containsExactly(new double[] {1.25, 1.5}, within(1e-12));
    }

    @Test
    void sigmoid_isHalfAtZero_andSymmetric() {
        assertThat(LogisticRegression.sigmoid(0)).isEqualTo(0.5);
        assertThat(LogisticRegression.sigmoid(2) + LogisticRegression.sigmoid(-2)).isCloseTo(1.0, within(1e-15));
        assertThat(LogisticRegression.sigmoid(-800)).isZero();
        assertThat(LogisticRegression.sigmoid(800)).isEqualTo(1.0);
    }

    // What a user sees

    @Test
    void theTextScorecard_alignsSections_andSaysWhereNothingWasScored() {
        Scorecard card = new Scorecard("Lantern Bay", "Odette Brill", "4/5", List.of(
                new Scorecard.SectionScore("Acting", 0.52, 4, 1),
                new Scorecard.SectionScore("Plot", -0.31, 1, 2),
                new Scorecard.SectionScore("Music", Double.NaN, 0, 0)));

        assertThat(ScorecardText.render(card)).isEqualTo("""
                Lantern Bay, review by Odette Brill: rated 4/5
                  Acting  ·····│███··  +0.52  4 praise, 1 criticism
                  Plot    ···██│·····  -0.31  1 praise, 2 criticism
                  Music   (no polarity scored)""");
        assertThat(ScorecardText.render(new Scorecard("Marrow Lane", null, null, List.of())))
                .isEqualTo("Marrow Lane");
        assertThat(ScorecardText.bar(1.7)).isEqualTo("·····│█████");
        assertThat(ScorecardText.bar(-1.7)).isEqualTo("█████│·····");
        assertThat(ScorecardText.signed(0.004)).isEqualTo("+0.00");
    }

    @Test
    void aRating_isAShareOfItsScale_onlyWhenItFitsTheScale() {
        assertThat(card("5/5").ratingShare()).contains(1.0);
        assertThat(card("9 out of 10").ratingShare()).contains(0.9);
        assertThat(card("6/5").ratingShare()).isEmpty();
        assertThat(card("3/0").ratingShare()).isEmpty();
        assertThat(card("great").ratingShare()).isEmpty();
        assertThat(card(null).ratingShare()).isEmpty();
    }

    @Test
    void aScorecard_isScoredOnlyWhenASectionIs() {
        Scorecard.SectionScore none = new Scorecard.SectionScore("Plot", Double.NaN, 0, 0);

        assertThat(new Scorecard("F", null, null, List.of(none)).scored()).isFalse();
        assertThat(new Scorecard("F", null, null, List.of(none, new Scorecard.SectionScore("Acting", 0.0, 1, 1))).scored())
                .isTrue();
    }

    private static Scorecard card(String rating) {
        return new Scorecard("F", null, rating, List.of());
    }

    @Test
    void theChart_drawsTheRating_andEachBarFromTheCentreByItsSign() throws Exception {
        Scorecard rated = new Scorecard("Lantern Bay", "Odette Brill", "4/5", List.of(
                new Scorecard.SectionScore("Acting", 0.8, 4, 0),
                new Scorecard.SectionScore("Plot", -0.5, 0, 2),
                new Scorecard.SectionScore("Music", Double.NaN, 0, 0)));
        Scorecard unrated = new Scorecard("Lantern Bay", null, null, rated.sections());

        BufferedImage withRating = ImageIO.read(new ByteArrayInputStream(ScorecardChart.png(rated)));
        BufferedImage without = ImageIO.read(new ByteArrayInputStream(ScorecardChart.png(unrated)));

        assertThat(withRating.getHeight()).isEqualTo(without.getHeight() + 26 + 8).isEqualTo(64 + 34 + 3 * 26 + 36);
        assertThat(count(withRating, 0xE0A020)).isPositive();
        assertThat(count(without, 0xE0A020)).isZero();
        // Rows start at y 64 in the unrated chart: Acting's bar is green right of the centre, Plot's red left of
        // it, Music's (not scored) neither; a stronger polarity draws a longer bar.
        int acting = 64 + 9;
        int plot = 64 + 26 + 9;
        assertThat(count(without, acting, 0xC0392B)).isZero();
        assertThat(count(without, plot, 0x2E8B57)).isZero();
        assertThat(count(without, 64 + 52 + 9, 0xC0392B) + count(without, 64 + 52 + 9, 0x2E8B57)).isZero();
        assertThat(first(without, acting, 0x2E8B57)).isGreaterThan(last(without, plot, 0xC0392B));
        assertThat(count(without, acting, 0x2E8B57)).isGreaterThan(count(without, plot, 0xC0392B)).isPositive();
        assertThat(count(without, plot, 0xC0392B)).isPositive();
        assertThat(count(withRating, acting + 34, 0x2E8B57)).isEqualTo(count(without, acting, 0x2E8B57));
    }

    private static int first(BufferedImage image, int y, int rgb) {
        for (int x = 0; x < image.getWidth(); x++) {
            if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                return x;
            }
        }
        return -1;
    }

    private static int last(BufferedImage image, int y, int rgb) {
        for (int x = image.getWidth() - 1; x >= 0; x--) {
            if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                return x;
            }
        }
        return -1;
    }

    private static int count(BufferedImage image, int y, int rgb) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            n += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
        }
        return n;
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            n += count(image, y, rgb);
        }
        return n;
    }
}
