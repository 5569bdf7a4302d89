package dev.reviewbot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.read.ListAppender;
import dev.reviewbot.app.ReviewBot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * An OpenAI-compatible server that answers 401 with the key it was sent in its body: at DEBUG, every line
 * the production log configuration (src/main/resources/logback.xml) writes has the key redacted.
 */
class SecretRedactionTest {

    private static final String KEY = "sk-echoed-secret-9876543210";

    @Test
    void anUpstreamEchoingTheApiKey_atDebug_neverGetsTheKeyIntoALogLine() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        try (FakeModelServer server = new FakeModelServer()) {
            server.fail(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY
                    + ". You can find your API key at https://platform.openai.com.\",\"type\":\"invalid_request_error\"}}");
            root.setLevel(Level.DEBUG);
            root.addAppender(captured);
            try (ReviewBot bot = LlmBots.bot(Map.of("REVIEWBOT_LLM_PROVIDER", "openai", "OPENAI_BASE_URL",
                    server.openAiBaseUrl(), "OPENAI_API_KEY", KEY), LlmBots.PATIENT_BREAKER)) {
                bot.answers().ask(null, "How is the acting in Ballerina?", Optional.empty());
            }
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
        }

        Encoder<ILoggingEvent> production = productionEncoder();
        List<String> lines = captured.list.stream()
                .map(event -> new String(production.encode(event), StandardCharsets.UTF_8)).toList();
        assertThat(lines).as("the 401 body was logged").anySatisfy(line -> assertThat(line).contains("Incorrect API key"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains(KEY));
        assertThat(String.join("", lines)).contains("[redacted]");
    }

    @SuppressWarnings("unchecked")
    private static Encoder<ILoggingEvent> productionEncoder() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(Path.of("src/main/resources/logback.xml").toFile());
        OutputStreamAppender<ILoggingEvent> stderr = (OutputStreamAppender<ILoggingEvent>)
                context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        return stderr.getEncoder();
    }
}
