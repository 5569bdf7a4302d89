package dev.reviewbot.slack;

import dev.reviewbot.TestBots;
import dev.reviewbot.app.ReviewBot;

/**
 * One real ReviewBot over the bundled reviews for all Slack tests in the JVM: building it embeds every review.
 * Tests keep apart by using their own user, channel and film names; counters are compared before and after.
 */
final class SharedBot {

    private static ReviewBot bot;

    private SharedBot() {
    }

    static synchronized ReviewBot get() {
        if (bot == null) {
            bot = TestBots.bundled();
        }
        return bot;
    }
}
