package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `fit-polarity` on sentences made here, and a library switched to the other embedding model. */
class FitPolarityCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ReviewBotCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), environment,
                new ByteArrayInputStream(new byte[0]));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void fitPolarity_writesWeightsWithTheirCrossValidatedAccuracyAndCommand() throws Exception {
        Path data = Files.createDirectories(dir.resolve("labelled"));
        Files.write(data.resolve("pos.txt"), List.of("a gorgeous , moving film .", "the acting is superb .",
                "a thrilling , inventive delight .", "beautifully shot and wonderfully acted .",
                "one of the best films of the year .", "funny , warm and smart .", "a stunning achievement .",
                "the score is haunting and lovely .", "i loved every minute of it .", "a triumph ."));
        Files.write(data.resolve("neg.txt"), List.of("a tedious , clumsy mess .", "the acting is wooden and dull .",
                "boring from start to finish .", "the script is lazy and stupid .", "one of the worst films of the year .",
                "painfully unfunny .", "a complete waste of time .", "the ending falls flat .",
                "i hated every minute of it .", "a disaster ."));
        Path out = dir.resolve("weights.json");

        Run run = run(Map.of(), "fit-polarity", "--data", data.toString(), "--model", "all-minilm-l6-v2-q",
                "--folds", "2", "--out", out.toString(), "--cache", dir.resolve("cache").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("all-minilm-l6-v2-q: 2-fold cross-validated accuracy").contains("on 20 sentences");
        JsonNode weights = new ObjectMapper().readTree(out.toFile());
        assertThat(weights.get("model").asText()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(weights.get("weights")).hasSize(384);
        assertThat(weights.get("sentences").asInt()).isEqualTo(20);
        assertThat(weights.get("crossValidatedAccuracy").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(weights.get("command").asText()).contains("fit-polarity --data").contains("--ngrams 2")
                .contains("--characters 5").contains("--l2 0.01,0.03,0.1").contains(" --negation").contains("--folds 2");
        assertThat(weights.get("ngrams").isObject()).isTrue(); // which n-grams carry weight: PolarityFitTest
        assertThat(Files.list(dir.resolve("cache"))).hasSize(1);
    }

    @Test
    void fitPolarity_ofTwoModels_writesEach_andCrossValidatesTheMeanOfTheirMargins() throws Exception {
        Path data = Files.createDirectories(dir.resolve("labelled"));
        Files.write(data.resolve("pos.txt"), List.of("a gorgeous , moving film .", "the acting is superb .",
                "a thrilling , inventive delight .", "beautifully shot and wonderfully acted .", "a triumph .",
                "funny , warm and smart ."));
        Files.write(data.resolve("neg.txt"), List.of("a tedious , clumsy mess .", "the acting is wooden and dull .",
                "boring from start to finish .", "the script is lazy and stupid .", "a disaster .", "painfully unfunny ."));
        Path out = Files.createDirectories(dir.resolve("weights"));

        Run run = run(Map.of(), "fit-polarity", "--data", data.toString(), "--model", "all-minilm-l6-v2-q,bge-small-en-v15-q",
                "--folds", "2", "--characters", "0", "--out", out.toString(), "--cache", dir.resolve("cache").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("all-minilm-l6-v2-q: 2-fold cross-validated accuracy", "bge-small-en-v15-q: 2-fold")
                .containsPattern("mean margin of all-minilm-l6-v2-q and bge-small-en-v15-q: 2-fold cross-validated accuracy "
                        + "\\d+\\.\\d% \\(folds \\[\\d+\\.\\d, \\d+\\.\\d\\]\\)");
        assertThat(new ObjectMapper().readTree(out.resolve("bge-small-en-v15-q.json").toFile()).get("model").asText())
                .isEqualTo("bge-small-en-v15-q");
        assertThat(out.resolve("all-minilm-l6-v2-q.json")).exists();
        assertThat(Files.list(dir.resolve("cache"))).hasSize(2);
    }

    @Test
    void fitPolarity_badInput_isOneLineError() {
        Run missing = run(Map.of(), "fit-polarity", "--data", dir.resolve("nowhere").toString());
        Run badModel = run(Map.of(), "fit-polarity", "--data", dir.toString(), "--model", "word2vec");

        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().strip()).startsWith("reviewbot: no such folder").doesNotContain("\n");
        assertThat(badModel.exit()).isEqualTo(1);
        assertThat(badModel.err()).contains("--model must be one of [all-minilm-l6-v2-q, bge-small-en-v15-q]");
    }

    @Test
    void anotherModel_reEmbedsTheLibraryOnOpen() throws Exception {
        Path seed = Files.createDirectories(dir.resolve("seed"));
        Files.writeString(seed.resolve("harbour.md"), """
                ---
                title: The Harbour
                ---
                ## Acting
                The lead performance is superb. The supporting cast is wonderful too.
                ## Writing
                The script is a tedious, clumsy mess.
                """);
        Map<String, String> minilm = Map.of("REVIEWBOT_DATA_DIR", dir.resolve("library").toString(),
                "REVIEWBOT_SEED_DIR", seed.toString());
        Map<String, String> bge = new HashMap<>(minilm);
        bge.put("REVIEWBOT_EMBEDDING_MODEL", "bge-small-en-v15-q");

        Run first = run(minilm, "list");
        Run switched = run(bge, "list");
        Run again = run(bge, "list");

        assertThat(first.out()).contains("The Harbour");
        assertThat(first.err()).doesNotContain("re-embedding");
        assertThat(switched.exit()).as(switched.err()).isZero();
        assertThat(switched.err()).contains("re-embedding 2 passages with bge-small-en-v15-q");
        assertThat(switched.out()).contains("The Harbour");
        assertThat(again.err()).doesNotContain("re-embedding");
    }

    @Test
    void anotherPolarityModel_reScoresTheLibraryOnOpen_andPassagesStayWithTheirModel() throws Exception {
        Path seed = Files.createDirectories(dir.resolve("seed"));
        Files.writeString(seed.resolve("harbour.md"), """
                ---
                title: The Harbour
                ---
                ## Acting
                The lead performance is superb. The supporting cast is wonderful too.
                ## Writing
                The script is a tedious, clumsy mess.
                """);
        Map<String, String> minilm = Map.of("REVIEWBOT_DATA_DIR", dir.resolve("library").toString(),
                "REVIEWBOT_SEED_DIR", seed.toString());
        Map<String, String> bgePolarity = new HashMap<>(minilm);
        bgePolarity.put("REVIEWBOT_EMBEDDING_POLARITY_MODEL", "bge-small-en-v15-q");

        Run first = run(minilm, "list");
        Run switched = run(bgePolarity, "ask", "How is the acting in The Harbour?");
        Run again = run(bgePolarity, "list");

        assertThat(first.err()).doesNotContain("re-embedding");
        assertThat(switched.exit()).as(switched.err()).isZero();
        assertThat(switched.err()).contains("re-embedding 2 passages with all-minilm-l6-v2-q");
        assertThat(switched.out()).contains("superb");
        assertThat(again.err()).doesNotContain("re-embedding");
        assertThat(run(minilm, "list").err()).contains("re-embedding 2 passages");
    }
}
