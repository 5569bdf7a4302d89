package dev.reviewbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.TestBots;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordConfigTest {

    @Test
    void defaults_pointAtDiscordItself_andRegisterGlobally() {
        DiscordConfig discord = TestBots.config(Map.of()).discord();

        assertThat(discord.apiUrl()).isEqualTo("https://discord.com/api/v10/");
        assertThat(discord.gatewayUrl()).isEqualTo("wss://gateway.discord.gg/");
        assertThat(discord.guildIds()).isEmpty();
        assertThat(discord.maxAttachmentBytes()).isPositive();
    }

    @Test
    void environment_overridesUrlsAndGuildIds() {
        DiscordConfig discord = TestBots.config(Map.of(
                "DISCORD_API_URL", "http://127.0.0.1:8080/api/v10",
                "DISCORD_GATEWAY_URL", "ws://127.0.0.1:8081/",
                "DISCORD_GUILD_IDS", "111, 222,111")).discord();

        assertThat(discord.apiUrl()).as("a trailing slash is added").isEqualTo("http://127.0.0.1:8080/api/v10/");
        assertThat(discord.gatewayUrl()).isEqualTo("ws://127.0.0.1:8081/");
        assertThat(discord.guildIds()).containsExactly("111", "222");
    }

    @Test
    void invalidSettings_failNamingTheSetting() {
        assertThatThrownBy(() -> TestBots.config(Map.of("DISCORD_GATEWAY_URL", "http://example.com/")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("discord.gateway-url");
        assertThatThrownBy(() -> TestBots.config(Map.of("DISCORD_GUILD_IDS", "general")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("discord.guild-ids");
        assertThatThrownBy(() -> new DiscordConfig(List.of(), "https://discord.com/api/v10/",
                "wss://gateway.discord.gg/", 0, 10, 4))
                .hasMessageContaining("discord.max-attachment-bytes");
    }

    @Test
    void shards_defaultToOneUnshardedProcess_andComeFromTheEnvironment() {
        assertThat(TestBots.config(Map.of()).discord().shards()).isEqualTo(DiscordShards.SINGLE);
        assertThat(DiscordShards.SINGLE.sharded()).isFalse();

        DiscordShards shards = TestBots.config(Map.of("DISCORD_SHARDS_TOTAL", "8", "DISCORD_SHARDS_IDS", "0-3")).discord()
                .shards();
        assertThat(shards.sharded()).isTrue();
        assertThat(shards.served()).containsExactly(0, 1, 2, 3);
        assertThat(new DiscordShards(8, "0,2, 5-6").served()).containsExactly(0, 2, 5, 6);
        assertThat(new DiscordShards(4, "").served()).as("empty: every shard").containsExactly(0, 1, 2, 3);
    }

    @Test
    void aServer_isServedByTheProcessWithItsShard() {
        long guild = (5L << 22) | 12345; // created 5 ms after Discord's epoch: shard 5 % 4 = 1
        assertThat(new DiscordShards(4, "0-1").serves(guild)).isTrue();
        assertThat(new DiscordShards(4, "2,3").serves(guild)).isFalse();
    }

    @Test
    void badShardSettings_failInOneLineNamingTheSetting() {
        assertThatThrownBy(() -> TestBots.config(Map.of("DISCORD_SHARDS_TOTAL", "4", "DISCORD_SHARDS_IDS", "2-5")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("discord.shards.ids")
                .hasMessageContaining("outside 0-3").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> TestBots.config(Map.of("DISCORD_SHARDS_TOTAL", "4", "DISCORD_SHARDS_IDS", "0..3")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("discord.shards.ids")
                .hasMessageContaining("ranges such as");
        assertThatThrownBy(() -> new DiscordShards(4, "3-1")).hasMessageContaining("outside");
        assertThatThrownBy(() -> new DiscordShards(0, "")).hasMessageContaining("discord.shards.total must be at least 1");
    }
}
