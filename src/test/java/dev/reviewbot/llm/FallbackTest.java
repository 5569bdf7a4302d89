package dev.reviewbot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.reviewbot.TestBots;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.AnswerResult;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.command.PlainTextRenderer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A model that errs, is slow or cannot be reached: the user gets the extractive answer with a short note,
 * within the time budget (1 s here), and after repeated failures the model is not called at all.
 */
class FallbackTest {

    private static final String QUESTION = "How is the acting in Ballerina?";
    private static final Duration BUDGET = Duration.ofSeconds(1);
    /** Retrieval and the extractive answer on top of the budget, on a busy machine. */
    private static final Duration SLACK = Duration.ofMillis(900);

    private static FakeModelServer server;
    private static ReviewBot bot;
    private static Answer floor;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeAll
    static void start() {
        server = new FakeModelServer();
        bot = LlmBots.bot(Map.of("REVIEWBOT_LLM_PROVIDER", "openai", "OPENAI_BASE_URL", server.openAiBaseUrl(),
                "OPENAI_API_KEY", OpenAiAnswersTest.API_KEY, "REVIEWBOT_LLM_TIME_BUDGET", "1s"), LlmBots.PATIENT_BREAKER);
        LlmBots.warmUp(bot, server);
        try (ReviewBot extractive = TestBots.bundled()) {
            floor = extractive.answers().ask(null, QUESTION, Optional.empty()).answer();
        }
    }

    @AfterAll
    static void stop() {
        bot.close();
        server.close();
    }

    @BeforeEach
    void reset() {
        server.forgetRequests();
        bot.answers().answerCache().invalidateAll();
        log.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(log);
    }

    @AfterEach
    void detachLog() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(log);
    }

    private static AnswerResult ask(ReviewBot bot) {
        return bot.answers().ask(null, QUESTION, Optional.empty());
    }

    private static void assertFallback(Answer answer, String note) {
        assertThat(answer).isInstanceOf(Answer.Grounded.class);
        Answer.Grounded grounded = (Answer.Grounded) answer;
        assertThat(grounded.citations()).isEqualTo(floor.citations());
        assertThat(grounded.prose()).isNull();
        assertThat(grounded.note()).isEqualTo(note);
        assertThat(new PlainTextRenderer().answer(answer)).isEqualTo(new PlainTextRenderer().answer(floor)
                + "\n  (" + note + ")");
    }

    @Test
    void serverError_fallsBackWithANote_logsTheStatusButNeverTheKey() {
        server.fail(500);

        AnswerResult result = ask(bot);

        assertFallback(result.answer(), LlmAnswerer.NOTE_DOWN); // the error, not the budget, ended the wait
        assertThat(result.elapsed()).isLessThan(BUDGET.plus(SLACK));
        assertThat(server.requests()).hasSize(1);
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).anyMatch(m -> m.contains("HTTP 500"))
                .noneMatch(m -> m.contains(OpenAiAnswersTest.API_KEY) || m.contains("sk-test"))
                .noneMatch(m -> m.contains("the fake model fell over"));
    }

    @Test
    void aFallback_isNotCached_soTheNextAskerGetsTheModelsAnswer() {
        server.fail(500);
        ask(bot);
        server.answer(r -> "Ana de Armas carries it [1].");

        AnswerResult again = ask(bot);

        assertThat(again.cached()).isFalse();
        assertThat(again.answer().text()).isEqualTo("Ana de Armas carries it [1].");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void slowModel_fallsBackWhenTheBudgetRunsOut() {
        server.answerSlowly(r -> "Too late to matter [1].", 4000);

        AnswerResult result = ask(bot);

        assertFallback(result.answer(), LlmAnswerer.NOTE_SLOW);
        assertThat(result.elapsed()).isGreaterThanOrEqualTo(BUDGET.minusMillis(50)).isLessThan(BUDGET.plus(SLACK));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void refusedConnection_fallsBack() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (ReviewBot nowhere = LlmBots.bot(Map.of("REVIEWBOT_LLM_PROVIDER", "openai",
                "OPENAI_BASE_URL", "http://127.0.0.1:" + closedPort + "/v1", "REVIEWBOT_LLM_TIME_BUDGET", "1s"),
                LlmBots.PATIENT_BREAKER)) {

            AnswerResult result = ask(nowhere);

            assertFallback(result.answer(), LlmAnswerer.NOTE_DOWN); // refused, not timed out
            assertThat(result.elapsed()).isLessThan(BUDGET.plus(SLACK));
        }
    }

    @Test
    void afterRepeatedFailures_theModelIsNotCalled_andUsersDoNotWait() {
        try (ReviewBot impatient = LlmBots.bot(Map.of("REVIEWBOT_LLM_PROVIDER", "openai",
                "OPENAI_BASE_URL", server.openAiBaseUrl(), "REVIEWBOT_LLM_TIME_BUDGET", "1s"),
                "llm:\n  circuit-breaker:\n    window: 2\n    failure-rate: 50\n    open-for: 10m\n")) {
            server.answerSlowly(r -> "Too late [1].", 4000);
            ask(impatient);
            impatient.answers().answerCache().invalidateAll();
            ask(impatient);
            impatient.answers().answerCache().invalidateAll();

            AnswerResult third = ask(impatient);

            assertFallback(third.answer(), LlmAnswerer.NOTE_DOWN);
            assertThat(third.elapsed()).isLessThan(Duration.ofMillis(500));
            assertThat(server.requests()).hasSize(2);
        }
    }
}
