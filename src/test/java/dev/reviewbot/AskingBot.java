package dev.reviewbot;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.app.ReviewBot;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One bot for a test class, opened before its tests and closed after them, asked questions without scope or
 * conversation: {@code @RegisterExtension static final AskingBot BOT = AskingBot.over(SmallReviews::bot);}.
 */
public final class AskingBot implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<ReviewBot> factory;
    private ReviewBot bot;

    private AskingBot(Supplier<ReviewBot> factory) {
        this.factory = factory;
    }

    public static AskingBot over(Supplier<ReviewBot> factory) {
        return new AskingBot(factory);
    }

    public ReviewBot bot() {
        return bot;
    }

    /** The answer to an unscoped question, as the console would get it outside a conversation. */
    public Answer ask(String question) {
        return bot.answers().ask(null, question, Optional.empty()).answer();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        bot = factory.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        bot.close();
    }
}
