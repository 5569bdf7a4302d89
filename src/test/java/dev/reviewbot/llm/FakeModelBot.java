package dev.reviewbot.llm;

import dev.reviewbot.app.ReviewBot;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real bot over the bundled reviews whose LLM is a {@link FakeModelServer}, for one test class:
 * {@code @RegisterExtension static final FakeModelBot LLM = FakeModelBot.openAiWithin("1s").warm();}.
 * Started before all tests, closed after them; before each test the model's requests are forgotten,
 * its default answer set again, and the answer cache emptied, so every test starts clean.
 */
public final class FakeModelBot implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final Function<FakeModelServer, ReviewBot> build;
    private boolean warm;
    private Function<FakeModelServer.Request, String> answer;
    private FakeModelServer model;
    private ReviewBot bot;

    private FakeModelBot(Function<FakeModelServer, ReviewBot> build) {
        this.build = build;
    }

    /** OpenAI-compatible, answers due within {@code budget}, a circuit breaker that never opens. */
    public static FakeModelBot openAiWithin(String budget) {
        return new FakeModelBot(server -> LlmBots.openAiWithin(server, budget));
    }

    /** OpenAI-compatible, with extra config (e.g. {@link LlmBots#PATIENT_BREAKER}). */
    public static FakeModelBot openAi(String yaml) {
        return new FakeModelBot(server -> LlmBots.openAi(server, yaml));
    }

    static FakeModelBot ollama(String yaml) {
        return new FakeModelBot(server -> LlmBots.ollama(server, yaml));
    }

    /** One answer through the model before the tests: the JVM's first call loads classes, which no test measures. */
    public FakeModelBot warm() {
        warm = true;
        return this;
    }

    /** What the model answers unless a test says otherwise; set again before each test. */
    public FakeModelBot answering(Function<FakeModelServer.Request, String> answer) {
        this.answer = answer;
        return this;
    }

    public ReviewBot bot() {
        return bot;
    }

    public FakeModelServer model() {
        return model;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        model = new FakeModelServer();
        bot = build.apply(model);
        if (warm) {
            LlmBots.warmUp(bot, model);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (answer != null) {
            model.answer(answer);
        }
        model.forgetRequests();
        bot.answers().answerCache().invalidateAll();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            bot.close();
        } finally {
            model.close();
        }
    }
}
