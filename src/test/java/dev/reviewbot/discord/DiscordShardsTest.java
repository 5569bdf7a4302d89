package dev.reviewbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.SharedBot;
import dev.reviewbot.TestBots;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.BotStats;
import dev.reviewbot.command.Reply;
import dev.reviewbot.command.Requester;
import dev.reviewbot.config.DiscordConfig;
import dev.reviewbot.config.DiscordShards;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bot split across two processes (two ReviewBots in this JVM, each with its own adapter and library),
 * each serving two of four shards, against a fake Discord that routes a guild's events to the shard
 * (guild_id >> 22) % 4 only, as Discord does: every guild's mention is answered once, by the process
 * serving its shard.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DiscordShardsTest {

    @Test
    void twoProcessesWithTwoShardsEach_answerEveryGuildsMentionExactlyOnce() throws Exception {
        try (FakeDiscord fake = FakeDiscord.start(FakeDiscordConfig.defaults().withShards(4, 8));
             ReviewBot second = TestBots.bundled()) {
            ReviewBot first = SharedBot.get();
            long firstBefore = handled(first);
            long secondBefore = handled(second);
            DiscordAdapter low = adapter(first, fake, new DiscordShards(4, "0-1"));
            DiscordAdapter high = adapter(second, fake, new DiscordShards(4, "2,3"));
            try {
                low.start();
                high.start();
                assertThat(fake.connectedShards()).containsExactly(0, 1, 2, 3);
                assertThat(identifiedShards(fake)).containsExactlyInAnyOrder("[0,4]", "[1,4]", "[2,4]", "[3,4]");
                assertThat(fake.guildIds()).extracting(fake::shardOf).containsOnly(0, 1, 2, 3);

                Map<String, String> askedByGuild = new LinkedHashMap<>();
                for (String guild : fake.guildIds()) {
                    askedByGuild.put(guild, fake.sendGuildMessageIn(guild, fake.user().id(),
                            fake.bot().mention() + " how is the acting in Ballerina?"));
                }
                List<JsonNode> replies = new ArrayList<>();
                askedByGuild.forEach((guild, asked) -> replies.add(fake.awaitRequest(
                        r -> r.is("POST", "/channels/" + fake.channelOf(guild) + "/messages")
                                && r.body().at("/message_reference/message_id").asText().equals(asked),
                        DiscordTestBed.WAIT).body()));

                assertThat(replies).allSatisfy(reply -> assertThat(DiscordTestBed.text(reply)).contains("Ballerina"));
                assertThat(askedByGuild.values()).allSatisfy(asked -> assertThat(replies(fake, asked)).isEqualTo(1));
                assertThat(handled(first) - firstBefore).as("the guilds of shards 0 and 1").isEqualTo(4);
                assertThat(handled(second) - secondBefore).as("the guilds of shards 2 and 3").isEqualTo(4);
            } finally {
                low.close();
                high.close();
            }
        }
    }

    private static DiscordAdapter adapter(ReviewBot bot, FakeDiscord fake, DiscordShards shards) {
        DiscordConfig config = new DiscordConfig(List.of(), fake.restBaseUrl(), fake.gatewayUrl(), 1 << 20, 10, 1, shards);
        return new DiscordAdapter(fake.token(), config, bot.chatServices(), Duration.ZERO);
    }

    /** Questions a bot answered or declined, from its own stats. */
    private static long handled(ReviewBot bot) {
        Reply reply = bot.commands().execute(Requester.console("stats"), new BotCommand.Stats());
        BotStats stats = ((Reply.StatsReply) reply).stats();
        return stats.answered() + stats.declined();
    }

    private static Set<String> identifiedShards(FakeDiscord fake) {
        return Set.copyOf(fake.gatewayPayloads().stream().filter(p -> p.path("op").asInt() == 2)
                .map(p -> p.at("/d/shard").toString()).toList());
    }

    private static long replies(FakeDiscord fake, String messageId) {
        return fake.requests().stream().filter(r -> r.method().equals("POST") && r.route().endsWith("/messages")
                && r.body().at("/message_reference/message_id").asText().equals(messageId)).count();
    }
}
