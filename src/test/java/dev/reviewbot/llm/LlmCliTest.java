package dev.reviewbot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.cli.ReviewBotCli;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ask` uses the configured LLM; --llm overrides it, so both modes can be run on the same questions. */
class LlmCliTest {

    private static FakeModelServer server;

    @TempDir
    Path dataDir;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void start() {
        server = new FakeModelServer();
        server.answer(r -> "Ana de Armas anchors it [" + r.idOf("Ballerina", "Acting") + "].");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("REVIEWBOT_DATA_DIR", dataDir.toString(), "REVIEWBOT_LLM_PROVIDER", "openai",
                "REVIEWBOT_LLM_MODEL", "fake-model", "OPENAI_BASE_URL", server.openAiBaseUrl(),
                "REVIEWBOT_LLM_TIME_BUDGET", "10s");
        int exit = ReviewBotCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), env,
                new ByteArrayInputStream(new byte[0]));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void ask_usesTheConfiguredModel_andLlmNoneTurnsItOff() throws IOException {
        Run llm = run("ask", "--reviews", "data/reviews", "--json", "How is the acting in Ballerina?");
        int requests = server.requests().size();
        Run none = run("ask", "--reviews", "data/reviews", "--json", "--llm", "none", "How is the acting in Ballerina?");

        assertThat(llm.exit()).as(llm.err()).isZero();
        JsonNode answer = new ObjectMapper().readTree(llm.out());
        assertThat(answer.get("answer").asText()).isEqualTo("Ana de Armas anchors it [1].");
        assertThat(answer.get("citations").get(0).get("section").asText()).isEqualTo("Acting");
        assertThat(answer.has("note")).isFalse();
        assertThat(requests).isEqualTo(1);

        assertThat(none.exit()).as(none.err()).isZero();
        JsonNode quotes = new ObjectMapper().readTree(none.out());
        assertThat(quotes.get("answer").asText()).startsWith("\"").contains("Ana de Armas");
        assertThat(server.requests()).hasSize(requests); // the model was not called
    }

    @Test
    void unknownProvider_isAUsageError_namingTheAllowedValues() {
        Run run = run("ask", "--reviews", "data/reviews", "--llm", "gpt", "How is the acting in Ballerina?");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("expected one of [none, openai, ollama]").doesNotContain("reviewbot.yaml");
        assertThat(run("eval", "--help").out()).contains("--llm");
    }
}
