package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as other tools use it: arguments, stdin, stdout, stderr and exit codes. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    record Run(int exit, String out, String err) {
        List<JsonNode> jsonLines() {
            return out.lines().filter(l -> !l.isBlank()).map(l -> {
                try {
                    return JSON.readTree(l);
                } catch (IOException e) {
                    throw new AssertionError("not JSON: " + l, e);
                }
            }).toList();
        }
    }

    private Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ReviewBotCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("REVIEWBOT_DATA_DIR", dataDir.toString()),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new Run(exit, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return runWithInput("", args);
    }

    @Test
    void askJson_followsTheContract() {
        Run run = run("ask", "--reviews", "data/reviews", "--json", "How is the acting in Ballerina?");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode answer = run.jsonLines().get(0);
        assertThat(answer.get("question").asText()).isEqualTo("How is the acting in Ballerina?");
        assertThat(answer.get("grounded").asBoolean()).isTrue();
        assertThat(answer.get("answer").asText()).contains("Ana de Armas");
        assertThat(answer.get("citations").get(0).get("review").asText()).isEqualTo("Ballerina");
        assertThat(answer.get("citations").get(0).get("section").asText()).isEqualTo("Acting");
        assertThat(answer.get("citations").get(0).has("reviewer")).isTrue();
        assertThat(answer.get("citations").get(0).get("quote").asText()).isNotBlank();
        assertThat(answer.get("cached").isBoolean()).isTrue();
        assertThat(answer.get("millis").isNumber()).isTrue();
    }

    @Test
    void askStdin_answersEachLineOnItsOwn_plainOrJson() {
        String stdin = """
                How is the acting in Ballerina?
                {"question": "how is the music?", "film": "Glass Orchard"}
                what about the cinematography?
                How is the acting in Ballerina?
                """;

        Run run = runWithInput(stdin, "ask", "--reviews", "data/reviews", "--json");

        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1).get("citations").get(0).get("review").asText()).isEqualTo("Glass Orchard");
        // no conversation carries over: the third line gets the answer it gets when asked on its own
        JsonNode alone = run("ask", "--reviews", "data/reviews", "--json", "what about the cinematography?").jsonLines().get(0);
        assertThat(lines.get(2).get("answer")).isEqualTo(alone.get("answer"));
        assertThat(lines.get(2).get("citations").get(0).get("review").asText()).isNotEqualTo("Glass Orchard");
        assertThat(lines.get(3).get("cached").asBoolean()).isTrue();
        assertThat(run.exit()).isZero();
    }

    @Test
    void askStdin_badLinesAreReportedAndTheRestStillAnswered() {
        Run run = runWithInput("{not json\n" + "x".repeat(600) + "\nwho shot ballerina?\n", "ask", "--reviews", "data/reviews", "--json");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.jsonLines()).hasSize(3);
        assertThat(run.jsonLines().get(0).get("error").asText()).contains("not valid JSON");
        assertThat(run.jsonLines().get(1).get("error").asText()).contains("limit is 500");
        assertThat(run.jsonLines().get(2).get("grounded").asBoolean()).isTrue();
        assertThat(run.err()).contains("line 1:").contains("line 2:").doesNotContain("Exception");
    }

    @Test
    void askFilm_scopesTheQuestion() {
        Run run = run("ask", "--reviews", "data/reviews", "--film", "the deep quiet", "--json", "how is the sound?");

        assertThat(run.jsonLines().get(0).get("citations").get(0).get("review").asText()).isEqualTo("The Deep Quiet");
    }

    @Test
    void errors_areOneLineOnStderrWithANonZeroExit() {
        assertOneLineError(run("ask", "--reviews", "data/reviews", "--film", "Oppenheimer", "hi"), 1, "unknown film 'Oppenheimer'");
        assertOneLineError(run("ask", "--reviews", "data/reviews", " "), 1, "the question is empty");
        assertOneLineError(run("ask", "--reviews", "no/such/dir", "hi"), 1, "no such folder: no/such/dir");
        assertOneLineError(run("ask", "--reviews", "data/reviews", "x".repeat(501)), 1, "the limit is 500");
        assertOneLineError(run("bench", "--seed-above", "-1"), 1, "--seed-above must not be negative");
        assertOneLineError(run("bench", "--seed-above", "10", "--seed-vectors", "hashed"), 1,
                "--seed-vectors hashed needs --database");
        Run badFlag = run("ask", "--frobnicate");
        assertThat(badFlag.exit()).isEqualTo(2);
        assertThat(badFlag.err()).startsWith("reviewbot: Unknown option: '--frobnicate'").doesNotContain("at dev.");
    }

    private static void assertOneLineError(Run run, int exit, String message) {
        assertThat(run.exit()).isEqualTo(exit);
        assertThat(run.err().strip()).startsWith("reviewbot: ").contains(message).doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void reviewsDir_isNeverWrittenInto(@TempDir Path reviews) throws IOException {
        Files.copy(Path.of("data/reviews/ballerina.txt"), reviews.resolve("ballerina.txt"));
        List<Path> before = list(reviews);

        Run run = run("ask", "--reviews", reviews.toString(), "who plays Eve?");

        assertThat(run.out()).contains("Ana de Armas");
        assertThat(list(reviews)).isEqualTo(before);
        assertThat(list(dataDir)).isEmpty();
    }

    @Test
    void ingestListRemove_onThePersistedLibrary(@TempDir Path incoming) throws IOException {
        Files.writeString(incoming.resolve("quiet-harbour.md"), "---\ntitle: Quiet Harbour\nreviewer: Ann Lee\n---\n## Acting\nSplendid acting by Tom Vale.\n");
        Files.write(incoming.resolve("broken.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});

        Run ingest = run("ingest", incoming.toString());
        Run again = run("ingest", incoming.resolve("quiet-harbour.md").toString());
        Run list = run("list");
        Run ask = run("ask", "--json", "who acts in quiet harbour?");
        Run remove = run("remove", "Quiet Harbour");
        Run removeAgain = run("remove", "Quiet Harbour");

        assertThat(ingest.exit()).isEqualTo(1);
        assertThat(ingest.out()).contains("Added: Quiet Harbour (review by Ann Lee)");
        assertThat(ingest.err()).contains("broken.txt:1: not UTF-8 text");
        assertThat(again.out()).contains("Unchanged: Quiet Harbour (review by Ann Lee)").contains("0 passages embedded");
        assertThat(list.out()).contains("Quiet Harbour by Ann Lee").contains("Ballerina");
        assertThat(ask.jsonLines().get(0).get("answer").asText()).contains("Tom Vale");
        assertThat(remove.out()).contains("Removed: Quiet Harbour (review by Ann Lee)");
        assertThat(removeAgain.exit()).isEqualTo(1);
        assertThat(removeAgain.err()).contains("no film or review id is exactly 'Quiet Harbour'");
    }

    @Test
    void remove_needsTheExactTitleOrId_andANearMissTouchesNothing(@TempDir Path incoming) throws IOException {
        Files.writeString(incoming.resolve("alien-2.md"), "---\ntitle: Alien 2\nreviewer: Ann Lee\n---\n## Acting\nTense acting.\n");
        Files.writeString(incoming.resolve("matrix.md"), "---\ntitle: The Matrix\nreviewer: Bo Ek\n---\n## Acting\nCool acting.\n");
        Files.writeString(incoming.resolve("matrix-2.md"), "---\ntitle: The Matrix\nreviewer: Cy Oh\n---\n## Acting\nFlat acting.\n");
        run("ingest", incoming.toString());

        Run alien3 = run("remove", "Alien 3");
        Run matrx = run("remove", "The Matrx");
        Run list = run("list");
        Run byId = run("remove", "the-matrix/bo-ek");
        Run byTitle = run("remove", "matrix!");

        assertOneLineError(alien3, 1, "no film or review id is exactly 'Alien 3'; close titles: Alien 2");
        assertOneLineError(matrx, 1, "close titles: The Matrix");
        assertThat(list.out()).contains("Alien 2 by Ann Lee").contains("The Matrix by Bo Ek").contains("The Matrix by Cy Oh");
        assertThat(byId.out().strip()).isEqualTo("Removed: The Matrix (review by Bo Ek)");
        assertThat(byTitle.out().strip()).isEqualTo("Removed: The Matrix (review by Cy Oh)");
        assertThat(run("list").out()).contains("Alien 2").doesNotContain("The Matrix");
    }

    @Test
    void escapeSequencesInReviews_neverReachTheTerminal_butJsonKeepsThemEscaped(@TempDir Path reviews) throws IOException {
        Files.writeString(reviews.resolve("neon-trap.md"), "---\ntitle: Neon Trap\n---\n## Acting\n"
                + "The acting\u001B]0;pwned\u0007 is superb\u001B[2J and\u009B31m the cast\u202E shines.\n");

        Run plain = run("ask", "--reviews", reviews.toString(), "how is the acting in Neon Trap?");
        Run json = run("ask", "--reviews", reviews.toString(), "--json", "how is the acting in Neon Trap?");
        Run film = run("ask", "--reviews", reviews.toString(), "--film", "X\u001B]0;owned\u0007\u001B[31mY", "hi");

        assertThat(plain.out()).contains("The acting is superb and the cast shines.")
                .doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u009B").doesNotContain("\u202E");
        assertThat(json.out()).contains("\\u001B]0;pwned\\u0007").doesNotContain("\u001B");
        assertThat(json.jsonLines().get(0).get("answer").asText()).contains("\u001B[2J");
        assertOneLineError(film, 1, "unknown film 'X");
        assertThat(film.err()).contains("'XY'").doesNotContain("\u001B").doesNotContain("owned");
    }

    @Test
    void usageErrors_exit2_namingTheAllowedValues_andAMisspeltCommandGetsAHint() {
        Run llm = run("ask", "--reviews", "data/reviews", "--llm", "foo", "hi");
        Run evalLlm = run("eval", "eval/questions.jsonl", "--llm", "gpt");
        Run misspelt = run("injest", "x.md");

        assertThat(llm.exit()).isEqualTo(2);
        assertThat(llm.err()).contains("--llm").contains("none, openai, ollama").contains("'foo'")
                .doesNotContain("reviewbot.yaml").doesNotContain("dev.reviewbot");
        assertThat(evalLlm.exit()).isEqualTo(2);
        assertThat(evalLlm.err()).contains("none, openai, ollama");
        assertThat(misspelt.exit()).isEqualTo(2);
        assertThat(misspelt.err()).contains("Did you mean").contains("ingest");
    }

    @Test
    void eval_ofMalformedJsonlOrABinaryFile_isOneLineWithFileAndLine(@TempDir Path sets) throws IOException {
        Path malformed = Files.writeString(sets.resolve("bad.jsonl"), "{\"q\": \"ok?\", \"film\": \"Ballerina\"}\n{not json\n");
        Path binary = Files.write(sets.resolve("image.jsonl"), new byte[] {'{', '}', '\n', 0, 1, 2, (byte) 0xFF});
        Path latin = Files.write(sets.resolve("latin.jsonl"), new byte[] {'{', '}', '\n', '\n', (byte) 0xE9});

        assertOneLineError(run("eval", malformed.toString(), "--reviews", "data/reviews"), 1, malformed + ":2: not an eval line");
        assertOneLineError(run("eval", binary.toString(), "--reviews", "data/reviews"), 1, binary + ":2: binary data");
        assertOneLineError(run("eval", latin.toString(), "--reviews", "data/reviews"), 1, latin + ":3: not UTF-8 text");
    }

    @Test
    void aCorruptIndex_isOneLineSayingHowToRebuild_andRebuildKeepsTheBrokenIndexAside(@TempDir Path incoming) throws IOException {
        Files.writeString(incoming.resolve("quiet-harbour.md"), "---\ntitle: Quiet Harbour\n---\n## Acting\nSplendid acting by Tom Vale.\n");
        assertThat(run("ingest", incoming.toString()).exit()).isZero();
        Path index = dataDir.resolve("index");
        Path segment;
        try (Stream<Path> files = Files.list(index)) {
            segment = files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(segment);
        Files.write(segment, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // truncated, as by a full disk

        Run list = run("list");
        Run rebuild = run("ingest", "--rebuild", incoming.toString());
        Run after = run("list");

        assertOneLineError(list, 1, "the library in " + index + " cannot be read (");
        assertThat(list.err()).contains("rebuild it from your review files with `reviewbot ingest --rebuild ");
        assertThat(rebuild.exit()).as(rebuild.err()).isZero();
        assertThat(rebuild.out()).contains("Kept the old library aside as " + index + ".broken-").contains("Added: Quiet Harbour");
        assertThat(after.out()).contains("1 review(s):").contains("Quiet Harbour");
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("index.broken-"));
        }
    }

    @Test
    void aDataDirThatIsAFile_isOneLineSayingWhatIsWrong(@TempDir Path somewhere) throws IOException {
        Path file = Files.writeString(somewhere.resolve("library"), "not a folder");

        Run list = runIn(file, "list");

        assertOneLineError(list, 1, "the data directory " + file + " is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    private Run runIn(Path data, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ReviewBotCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("REVIEWBOT_DATA_DIR", data.toString()), new ByteArrayInputStream(new byte[0]));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void eval_printsTheScores() {
        Run run = run("eval", "eval/questions.jsonl", "--reviews", "data/reviews");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("film@1: ").contains("section@1: ").contains("fact recall: ")
                .contains("correct refusals: ").contains("false refusals: ");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
