package dev.reviewbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.slack.api.methods.MethodsClient;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The shipped app manifest asks for exactly what the adapter uses: the scopes are derived from the Web API
 * methods the compiled adapter calls (each mapped to the scope Slack's method reference gives it), the events
 * it handles and the features it offers. A new method call fails here until its scope is in the table and the
 * manifest; a scope nothing needs fails too.
 */
class SlackManifestTest {

    /** Slack's method reference: the bot scope each method needs ("" for none). */
    private static final Map<String, String> METHOD_SCOPES = Map.ofEntries(
            Map.entry("authTest", ""),
            Map.entry("chatPostMessage", "chat:write"),
            Map.entry("chatUpdate", "chat:write"),
            Map.entry("chatPostEphemeral", "chat:write"),
            Map.entry("viewsPublish", ""),
            Map.entry("usersInfo", "users:read"),
            Map.entry("filesInfo", "files:read"),
            Map.entry("filesUploadV2", "files:write"), // files.getUploadURLExternal, then files.completeUploadExternal
            Map.entry("conversationsOpen", "im:write"), // the asker's DM, for a private /review's scorecard picture
            Map.entry("appsConnectionsOpen", "")); // the app-level token's connections:write, not a bot scope

    /** The events the adapter handles (SlackRoutes) and the scope each subscription needs. */
    private static final Map<String, String> EVENT_SCOPES = Map.of(
            "app_home_opened", "",
            "app_mention", "app_mentions:read",
            "message.im", "im:history",
            "message.channels", "channels:history",
            "message.groups", "groups:history");

    /** Needs no method call of ours: the slash command; downloading a file (url_private); Share in unjoined channels; Bolt's bots.info. */
    private static final Set<String> FEATURE_SCOPES = Set.of("commands", "files:read", "chat:write.public", "users:read");

    private final JsonNode manifest = read();

    @Test
    void subscribesToTheEventsTheAdapterHandles_andRunsInSocketModeAsShipped() {
        assertThat(strings(manifest.at("/settings/event_subscriptions/bot_events")))
                .containsExactlyInAnyOrderElementsOf(EVENT_SCOPES.keySet());
        assertThat(manifest.at("/settings/interactivity/is_enabled").asBoolean()).isTrue();
        assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean()).isTrue();
        assertThat(manifest.at("/features/app_home/home_tab_enabled").asBoolean()).isTrue();
        assertThat(manifest.at("/features/app_home/messages_tab_enabled").asBoolean()).isTrue();
        assertThat(manifest.at("/features/slash_commands/0/command").asText()).isEqualTo(SlashCommands.COMMAND);
    }

    @Test
    void asksForExactlyTheScopesOfTheMethodsCalled_theEventsHandled_andTheFeatures() {
        Set<String> called = webApiMethodsCalled();
        assertThat(METHOD_SCOPES.keySet()).as("every Web API method the adapter calls has its scope in the table")
                .containsAll(called);

        Set<String> needed = new TreeSet<>(FEATURE_SCOPES);
        called.stream().map(METHOD_SCOPES::get).filter(s -> !s.isEmpty()).forEach(needed::add);
        EVENT_SCOPES.values().stream().filter(s -> !s.isEmpty()).forEach(needed::add);

        assertThat(strings(manifest.at("/oauth_config/scopes/bot"))).containsExactlyInAnyOrderElementsOf(needed)
                .doesNotContain("im:read");
    }

    @Test
    void theMethodsFound_areTheOnesTheAdapterIsKnownToCall() {
        assertThat(webApiMethodsCalled()).contains("chatPostMessage", "usersInfo", "filesInfo", "viewsPublish");
    }

    /** The MethodsClient methods called anywhere in the compiled Slack adapter (lambdas included). */
    private static Set<String> webApiMethodsCalled() {
        JavaClasses adapter = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target/classes/dev/reviewbot/slack"));
        Set<String> methods = new TreeSet<>();
        adapter.forEach(c -> c.getMethodCallsFromSelf().stream()
                .filter(call -> call.getTargetOwner().isAssignableTo(MethodsClient.class))
                .forEach(call -> methods.add(call.getName())));
        return methods;
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
