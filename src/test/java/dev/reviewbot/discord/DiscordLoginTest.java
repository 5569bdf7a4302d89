package dev.reviewbot.discord;

import static dev.reviewbot.discord.DiscordTestBed.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.SharedBot;
import dev.reviewbot.TestBots;
import dev.reviewbot.command.ChatAdapter;
import dev.reviewbot.app.ChatAdapters;
import dev.reviewbot.app.ReviewBot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Start-up through the real JDA: login, intents, command registration, the wiring of `reviewbot run`. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DiscordLoginTest {

    /** GUILDS (which JDA always adds), GUILD_MESSAGES, DIRECT_MESSAGES; not the privileged MESSAGE_CONTENT (1 << 15). */
    private static final int INTENTS = 1 | 1 << 9 | 1 << 12;

    @Test
    void start_logsIn_andRegistersTheCommandsInTheConfiguredServer() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            assertThat(fake.awaitRequest("GET", "/users/@me", WAIT).header("Authorization")).isEqualTo("Bot " + fake.token());
            JsonNode identify = fake.gatewayPayloads().stream().filter(p -> p.path("op").asInt() == 2).findFirst().orElseThrow();
            assertThat(identify.at("/d/intents").asInt()).isEqualTo(INTENTS);

            JsonNode commands = fake.awaitRequest("PUT",
                    "/applications/" + fake.applicationId() + "/guilds/" + fake.guildId() + "/commands", WAIT).body();

            assertThat(commands.findValuesAsText("name")).startsWith("ask", "question", "film", "private", "review");
            assertThat(names(commands)).containsExactly("ask", "review", "reviews", "help", "review-admin");
            assertThat(option(command(commands, "ask"), "film").path("autocomplete").asBoolean()).isTrue();
            assertThat(option(command(commands, "review"), "section").path("autocomplete").asBoolean()).isTrue();
            JsonNode admin = command(commands, "review-admin");
            assertThat(admin.path("default_member_permissions").asText()).as("Manage Server").isEqualTo("32");
            assertThat(admin.path("contexts").toString()).as("servers only").isEqualTo("[\"0\"]");
            assertThat(fake.requests()).noneMatch(r -> r.is("PUT", "/applications/" + fake.applicationId() + "/commands"));
        }
    }

    @Test
    void start_withNoServersConfigured_registersTheCommandsGlobally() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).global().start()) {
            JsonNode commands = bed.fake.awaitRequest("PUT", "/applications/" + bed.fake.applicationId() + "/commands", WAIT).body();
            assertThat(names(commands)).contains("ask", "review-admin");
        }
    }

    @Test
    void start_withAWrongToken_failsWithoutRevealingIt() {
        try (FakeDiscord fake = FakeDiscord.start()) {
            DiscordAdapter adapter = DiscordTestBed.over(SharedBot.get()).token("wrong-s3cret-token").adapter(fake);
            try {
                assertThatThrownBy(adapter::start).satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
            } finally {
                adapter.close();
            }
            assertThat(fake.identifyCount()).isZero();
        }
    }

    @Test
    void start_withoutTheMessageContentIntentAllowed_failsSayingSo() {
        try (FakeDiscord fake = FakeDiscord.start()) {
            fake.refuseIdentifyWith(4014);
            DiscordAdapter adapter = DiscordTestBed.over(SharedBot.get()).adapter(fake);
            try {
                assertThatThrownBy(adapter::start).hasMessageStartingWith("Discord closed the connection: Disallowed intents");
            } finally {
                adapter.close();
            }
        }
    }

    @Test
    void inviteLink_asksForThePermissionsTheDocsExplain() throws Exception {
        String url = Invite.url("1234");
        assertThat(url).isEqualTo("https://discord.com/api/oauth2/authorize?client_id=1234"
                + "&scope=bot%20applications.commands&permissions=277025508416");
        String docs = Files.readString(Path.of("docs/DISCORD.md"));
        assertThat(docs).contains(url.replace("1234", "APP_ID"));
        for (Permission permission : Invite.PERMISSIONS) {
            assertThat(docs).contains("| 1 << " + permission.getOffset() + " = " + permission.getRawValue() + " |");
        }
    }

    @Test
    void run_startsDiscord_onlyWhenItsTokenIsSet() throws Exception {
        try (FakeDiscord fake = FakeDiscord.start()) {
            Map<String, String> environment = DiscordTestBed.environment(fake);
            // A bot whose config comes from that environment, as `reviewbot run` builds it.
            try (ReviewBot bot = ReviewBot.inMemory(TestBots.config(environment), TestBots.loader(environment), TestBots.model())) {
                assertThat(ChatAdapters.fromEnvironment(bot, Map.of())).isEmpty();
                assertThat(ChatAdapters.fromEnvironment(bot, Map.of("DISCORD_TOKEN", " "))).isEmpty();

                List<ChatAdapter> adapters = ChatAdapters.fromEnvironment(bot, environment);
                assertThat(adapters).singleElement().extracting(ChatAdapter::name).isEqualTo("discord");
                ChatAdapter discord = adapters.get(0);
                try {
                    discord.start();
                    fake.awaitRequest("PUT", "/applications/" + fake.applicationId() + "/guilds/" + fake.guildId()
                            + "/commands", WAIT);
                } finally {
                    discord.close();
                    discord.close(); // safe twice
                }
            }
        }
    }

    private static List<String> names(JsonNode commands) {
        return StreamSupport.stream(commands.spliterator(), false).map(c -> c.path("name").asText()).toList();
    }

    private static JsonNode command(JsonNode commands, String name) {
        return StreamSupport.stream(commands.spliterator(), false).filter(c -> c.path("name").asText().equals(name))
                .findFirst().orElseThrow();
    }

    private static JsonNode option(JsonNode command, String name) {
        return StreamSupport.stream(command.path("options").spliterator(), false)
                .filter(o -> o.path("name").asText().equals(name)).findFirst().orElseThrow();
    }
}
