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
}
