package dev.reviewbot;

import dev.reviewbot.app.ReviewBot;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real ReviewBot over the bundled reviews for every test in the JVM that only reads the library
 * (building it embeds every review: seconds). As an extension it hands the bot to any {@code ReviewBot}
 * parameter ({@code @ExtendWith(SharedBot.class)}); rigs that build their own adapters call {@link #get()}.
 * Tests keep apart by their own users, channels and film names; counters are compared before and after.
 */
public final class SharedBot implements ParameterResolver {

    private static ReviewBot bot;

    public static synchronized ReviewBot get() {
        if (bot == null) {
            bot = TestBots.bundled();
        }
        return bot;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ReviewBot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return get();
    }
}
