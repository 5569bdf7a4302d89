package dev.reviewbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped app manifest asks for what the adapter handles: creating the app stays one paste. */
class SlackManifestTest {

    private final JsonNode manifest = read();

    @Test
    void subscribesToTheEventsTheAdapterHandles_andRunsInSocketModeAsShipped() {
        assertThat(strings(manifest.at("/settings/event_subscriptions/bot_events")))
                .containsExactlyInAnyOrder("app_home_opened", "app_mention", "message.channels", "message.groups", "message.im");
        assertThat(manifest.at("/settings/interactivity/is_enabled").asBoolean()).isTrue();
        assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean()).isTrue();
        assertThat(manifest.at("/features/app_home/home_tab_enabled").asBoolean()).isTrue();
        assertThat(manifest.at("/features/app_home/messages_tab_enabled").asBoolean()).isTrue();
        assertThat(manifest.at("/features/slash_commands/0/command").asText()).isEqualTo(SlashCommands.COMMAND);
    }

    @Test
    void asksForEveryScopeTheAdapterUses() {
        assertThat(strings(manifest.at("/oauth_config/scopes/bot"))).contains("app_mentions:read", "chat:write",
                "chat:write.public", "commands", "im:history", "im:read", "im:write", "users:read", "files:read", "files:write",
                "channels:history", "groups:history");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of("config/slack-app-manifest.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
