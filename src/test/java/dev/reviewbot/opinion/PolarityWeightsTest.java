package dev.reviewbot.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.reviewbot.config.ConfigException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polarity weights with word n-grams beside the embedding: the features, the arithmetic, the file. */
class PolarityWeightsTest {

    @TempDir
    Path dir;

    /** Praise for "superb", criticism for "not good" beyond what "good" gives; the embedding's first dimension. */
    private static PolarityModel model() {
        return new PolarityModel("test-model", new double[] {0.5, 0}, -0.25,
                Map.of("superb", 2.0, "good", 1.0, "not good", -3.0, "!", 0.5), 2, 0.8, 5, 100, 0.01, "d", "c");
    }

    private static double sigmoidPolarity(double z) {
        return 2 * LogisticRegression.sigmoid(z) - 1;
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    // Features

    @Test
    void words_areLowerCased_keepContractions_andExclamations() {
        assertThat(SentenceNgrams.words("It ISN’T the film's best, is it?! (No.)"))
                .containsExactly("it", "isn't", "the", "film's", "best", "is", "it", "?", "!", "no");
        assertThat(SentenceNgrams.words("3 stars -- ok...")).containsExactly("3", "stars", "ok");
        assertThat(SentenceNgrams.words("")).isEmpty();
    }

    @Test
    void ngrams_everyRunUpToTheLongest_eachOnce_shorterFirst() {
        assertThat(SentenceNgrams.of("Not good, not good at all.", 2)).containsExactly(
                "not", "good", "at", "all", "not good", "good not", "good at", "at all");
        assertThat(SentenceNgrams.of("Not good at all", 3)).contains("not good at", "good at all").hasSize(9);
        assertThat(SentenceNgrams.of("Not good", 1)).containsExactly("not", "good");
        assertThat(SentenceNgrams.of("Not good", 0)).isEmpty();
    }

    @Test
    void negationScope_marksTheWordsAfterANegator_upToThePunctuation() {
        assertThat(SentenceNgrams.negationMarked("It isn’t funny or smart, but the cast never fails!"))
                .containsExactly("it", "isn't", "not_funny", "not_or", "not_smart", "but", "the", "cast", "never",
                        "not_fails", "!");
        assertThat(SentenceNgrams.of("Not good, but fun", 2, true)).contains("not good", "good", "not not_good",
                "not_good", "fun", "but fun").doesNotContain("not_but", "not_fun");
        assertThat(SentenceNgrams.of("Not good, but fun", 2, false)).doesNotContain("not_good");
        assertThat(SentenceNgrams.of("A good film", 2, true)).isEqualTo(SentenceNgrams.of("A good film", 2));
    }

    @Test
    void characterNgrams_spanTheWordsJoinedBySpaces_markedApart() {
        assertThat(SentenceNgrams.characters("Un-funny!", 3)).containsExactly(
                "# u", "#un", "#n ", "# f", "#fu", "#nn", "#ny", "#y ", "# !", "#! ",
                "# un", "#un ", "#n f", "# fu", "#fun", "#unn", "#nny", "#ny ", "#y !", "# ! ")
                .isSubsetOf(SentenceNgrams.characters("Un-funny!", 4));
        assertThat(SentenceNgrams.characters("", 5)).containsExactly("#  ");
    }

    @Test
    void polarity_addsCharacterNgrams_andNegatedWords_onlyWhenTheModelWeighsThem() {
        Map<String, Double> grams = Map.of("good", 1.0, "not_good", -2.0, "#ood", 0.5);
        PolarityModel both = new PolarityModel("test-model", new double[] {0.5, 0}, -0.25, grams, 1, true, 4, 0.8, 5,
                100, 0.01, "d", "c");
        PolarityModel plain = new PolarityModel("test-model", new double[] {0.5, 0}, -0.25, grams, 1, 0.8, 5, 100,
                0.01, "d", "c");
        float[] zero = {0, 0};

        assertThat(both.polarity("not good", zero)).isCloseTo(sigmoidPolarity(-0.25 + 1.0 - 2.0 + 0.5), within(1e-12));
        assertThat(plain.polarity("not good", zero)).isCloseTo(sigmoidPolarity(-0.25 + 1.0), within(1e-12));
        assertThatThrownBy(() -> new PolarityModel("m", new double[] {1}, 0, Map.of(), 0, false, 3, 0.8, 5, 100, 0.01,
                "d", "c")).hasMessageContaining("characterLength");
    }

    // Scoring

    @Test
    void polarity_addsTheWeightOfEachNgramPresent_once() {
        PolarityModel model = model();
        float[] embedding = {1, 7};

        assertThat(model.polarity("A superb film.", embedding)).isCloseTo(sigmoidPolarity(0.25 + 2.0), within(1e-12));
        assertThat(model.polarity("Superb! Superb!", embedding)).isCloseTo(sigmoidPolarity(0.25 + 2.0 + 0.5), within(1e-12));
        assertThat(model.polarity("It is not good.", embedding)).isCloseTo(sigmoidPolarity(0.25 + 1.0 - 3.0), within(1e-12));
        assertThat(model.polarity("Nothing weighed here", embedding)).isCloseTo(sigmoidPolarity(0.25), within(1e-12));
        assertThat(model.polarity(embedding)).isCloseTo(sigmoidPolarity(0.25), within(1e-12));
    }

    @Test
    void clearPraiseAndClearCriticism_getTheirSign_fromTheNgramsAlone() {
        PolarityModel model = model();
        float[] neutral = {0.5f, 0};

        assertThat(model.polarity("A superb, good film!", neutral)).isGreaterThan(0.9);
        assertThat(model.polarity("Honestly, it is not good.", neutral)).isLessThan(-0.7);
    }

    @Test
    void version_changesWithAnNgramWeight_butNotWithTheirOrder() {
        PolarityModel model = model();
        PolarityModel other = new PolarityModel("test-model", new double[] {0.5, 0}, -0.25,
                Map.of("superb", 2.0, "good", 1.5, "not good", -3.0, "!", 0.5), 2, 0.8, 5, 100, 0.01, "d", "c");
        PolarityModel plain = new PolarityModel("test-model", new double[] {0.5, 0}, -0.25, 0.8, 5, 100, 0.01, "d", "c");

        assertThat(model.version()).isEqualTo(model().version()).isNotEqualTo(other.version())
                .isNotEqualTo(plain.version());
        assertThat(plain.ngrams()).isEmpty();
        assertThat(plain.ngramLength()).isZero();
    }

    // The file

    @Test
    void writtenWeights_readBack_withTheirNgrams() throws Exception {
        Path file = dir.resolve("w.json");
        model().write(file);

        PolarityModel read;
        try (InputStream in = Files.newInputStream(file)) {
            read = PolarityModel.read(in, file.toString());
        }

        assertThat(read.ngrams()).isEqualTo(model().ngrams());
        assertThat(read.ngramLength()).isEqualTo(2);
        assertThat(read.version()).isEqualTo(model().version());
        assertThat(Files.readString(file)).contains("\"not good\" : -3.0");
    }

    @Test
    void weightsWrittenBeforeNgrams_readAsTheEmbeddingAlone() throws Exception {
        PolarityModel read = PolarityModel.read(json("{\"model\":\"m\",\"weights\":[1.0,2.0],\"bias\":0.5}"), "old.json");

        assertThat(read.ngrams()).isEmpty();
        assertThat(read.negation()).isFalse();
        assertThat(read.characterLength()).isZero();
        assertThat(read.polarity("superb", new float[] {1, 0})).isCloseTo(sigmoidPolarity(1.5), within(1e-12));
    }

    @Test
    void badWeights_areOneLineErrorsNamingTheFile() {
        Map<String, String> bad = Map.of(
                "{\"model\":\"m\",\"weights\":[1.0,", "bad polarity weights x.json: Unexpected end-of-input",
                "{\"model\":\"m\",\"weights\":[]}", "bad polarity weights x.json: polarity weights are missing",
                "{\"model\":\"m\",\"weights\":[1.0],\"bias\":\"NaN\"}",
                "bad polarity weights x.json: polarity weights must be finite numbers",
                "{\"model\":\"m\",\"weights\":[1.0],\"ngrams\":{\"good\":1.0}}",
                "bad polarity weights x.json: ngramLength must be the longest n-gram weighed (0 without n-grams), was 0",
                "{\"model\":\"m\",\"weights\":[1.0],\"ngrams\":{\"good\":null},\"ngramLength\":1}",
                "bad polarity weights x.json: polarity weights must be finite numbers");

        bad.forEach((text, message) -> assertThatThrownBy(() -> PolarityModel.read(json(text), "x.json"))
                .as(text).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith(message).doesNotContain("\n")));
        assertThatThrownBy(() -> new PolarityModel("m", new double[] {Double.POSITIVE_INFINITY}, 0, 0.8, 5, 100, 0.01,
                "d", "c")).hasMessage("polarity weights must be finite numbers");
        assertThatThrownBy(() -> new PolarityModel("m", new double[] {1}, 0, Map.of(), -1, 0.8, 5, 100, 0.01, "d", "c"))
                .hasMessageContaining("was -1");
        assertThatThrownBy(() -> new PolarityModel("m", new double[] {1}, 0, Map.of(), 2, 0.8, 5, 100, 0.01, "d", "c"))
                .hasMessageContaining("was 2");
    }

    @Test
    void theBundledWeights_loadWithTheirNgrams() {
        PolarityModel bundled = PolarityModel.bundled("all-minilm-l6-v2-q").orElseThrow();

        assertThat(bundled.weights()).hasSize(384);
        assertThat(bundled.ngramLength()).isEqualTo(2);
        assertThat(bundled.ngrams()).containsKeys("good", "not good");
        assertThat(bundled.ngrams().get("worst")).isNegative();
        assertThat(bundled.ngrams().get("masterpiece")).isPositive();
        assertThat(bundled.crossValidatedAccuracy()).isGreaterThan(0.8);
    }
}
