package dev.reviewbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.TestBots;
import dev.reviewbot.command.ChatAdapter;
import dev.reviewbot.discord.FakeDiscord;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * `docker stop` in-process: a question the bot has taken (its typing indicator is on) is still answered,
 * within ops.shutdown-grace, before the library closes; the bot reports itself not ready from the start.
 */
class StopWithAnswersInFlightTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aTakenQuestion_isAnsweredBeforeTheStopEnds() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            Map<String, String> environment = Map.of("DISCORD_TOKEN", discord.token(),
                    "DISCORD_API_URL", discord.restBaseUrl(), "DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                    "DISCORD_GUILD_IDS", discord.guildId());
            ReviewBot bot = TestBots.bundled(environment);
            Operations ops = Operations.onFreePort(bot);
            List<ChatAdapter> adapters = ChatAdapters.fromEnvironment(bot, environment);
            adapters.forEach(ops::watch);
            for (ChatAdapter adapter : adapters) {
                adapter.start();
            }

            String asked = discord.sendGuildMessage(discord.user().id(),
                    discord.bot().mention() + " how is the cinematography in The Deep Quiet?");
            discord.awaitRequest("POST", "/channels/" + discord.channelId() + "/typing", WAIT); // taken
            long start = System.nanoTime();
            List<String> unfinished = ops.stop(adapters);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(unfinished).isEmpty();
            assertThat(took).isLessThan(bot.config().ops().shutdownGrace().plusSeconds(1));
            assertThat(discord.botReplyTo(asked)).as("the answer in flight was sent").isPresent();
            assertThat(bot.isOpen()).isFalse();
            assertThat(ops.readiness().report().down()).containsKey("process");
        }
    }
}
