package dev.reviewbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.SharedBot;
import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.RequestContext;
import dev.reviewbot.command.Requester;
import dev.reviewbot.config.RedactingJsonEncoder;
import dev.reviewbot.config.Secrets;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** logging.format json: one object per line with the request's context, and never a secret. */
class JsonLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "json-log-secret-4242-slack";

    @Test
    void aJsonLine_carriesTheContext_andRedactsSecretsInMessageMdcAndStackTrace() throws Exception {
        Secrets.global().add(SECRET);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger logger = context.getLogger("dev.reviewbot.test");
        MDC.put("channel", "C1");
        MDC.put("leak", SECRET);
        LoggingEvent event;
        try {
            event = new LoggingEvent("x", logger, Level.WARN, "Slack said {}", new IllegalStateException("token " + SECRET),
                    new Object[] {"invalid_auth for " + SECRET});
            event.prepareForDeferredProcessing(); // takes the MDC now, as an appender would
        } finally {
            MDC.clear();
        }
        RedactingJsonEncoder encoder = new RedactingJsonEncoder();
        encoder.setContext(context);
        encoder.start();

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        JsonNode json = JSON.readTree(line);

        assertThat(line).doesNotContain(SECRET).endsWith("\n");
        assertThat(line.strip()).doesNotContain("\n");
        assertThat(json.path("level").asText()).isEqualTo("WARN");
        assertThat(json.path("loggerName").asText()).isEqualTo("dev.reviewbot.test");
        assertThat(json.path("formattedMessage").asText()).isEqualTo("Slack said invalid_auth for " + Secrets.REDACTED);
        assertThat(json.at("/mdc/channel").asText()).isEqualTo("C1");
        assertThat(json.at("/mdc/leak").asText()).isEqualTo(Secrets.REDACTED);
        assertThat(json.at("/throwable/message").asText()).isEqualTo("token " + Secrets.REDACTED);
    }

    @Test
    void everyLineOfAQuestion_hasItsPlatformPlaceAndIds_andNoneIsLeftOnTheThread() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger answers = context.getLogger("dev.reviewbot.answer");
        Level before = answers.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>() {
            @Override
            protected void append(ILoggingEvent event) {
                event.prepareForDeferredProcessing(); // the MDC as it is now, as a real appender writes it
                super.append(event);
            }
        };
        captured.start();
        answers.addAppender(captured);
        answers.setLevel(Level.DEBUG); // the extractive answerer tells how it chose, at DEBUG
        answers.setAdditive(false);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Requester who = new Requester("discord", "U1", Requester.Place.channel("G7", "C9"));
            try (RequestContext request = RequestContext.open("discord", "G7", "C9", "evt-1")) {
                // handed to a worker, as the adapters do
                worker.submit(RequestContext.carry(() -> SharedBot.get().chatServices().commands()
                        .execute(who, new BotCommand.Ask("how is the music in Hollow Creek?", Optional.empty())))).get();
            }
            worker.submit(() -> assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty()).get();
        } finally {
            worker.shutdown();
            worker.awaitTermination(5, TimeUnit.SECONDS);
            answers.detachAppender(captured);
            answers.setLevel(before);
            answers.setAdditive(true);
        }

        List<ILoggingEvent> lines = captured.list;
        assertThat(lines).isNotEmpty();
        for (ILoggingEvent line : lines) {
            Map<String, String> mdc = line.getMDCPropertyMap();
            assertThat(mdc).containsEntry("platform", "discord").containsEntry("space", "G7")
                    .containsEntry("channel", "C9").containsEntry("request_id", "evt-1").containsKey("question_id");
        }
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }
}
