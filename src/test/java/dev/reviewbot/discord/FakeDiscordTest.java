package dev.reviewbot.discord;

import static net.dv8tion.jda.api.requests.GatewayIntent.DIRECT_MESSAGES;
import static net.dv8tion.jda.api.requests.GatewayIntent.GUILD_MESSAGES;
import static net.dv8tion.jda.api.requests.GatewayIntent.MESSAGE_CONTENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.FileUpload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real JDA 6 against {@link FakeDiscord}: login, messages, interactions, attachments, reconnects. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FakeDiscordTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GUILD_MESSAGES, DIRECT_MESSAGES, MESSAGE_CONTENT);

    private FakeDiscord fake;
    private final Outcomes outcomes = new Outcomes();

    @BeforeEach
    void startFake() {
        fake = FakeDiscord.start();
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private JDA connect(Object... listeners) throws InterruptedException {
        JDA jda = FakeDiscordJda.builder(fake, INTENTS).addEventListeners(listeners).build();
        jda.awaitReady();
        return jda;
    }

    @Test
    void login_identifiesWithTokenAndIntents_andReadsSelfUser() throws Exception {
        JDA jda = connect();
        try {
            assertThat(jda.getSelfUser().getId()).isEqualTo(fake.bot().id());
            assertThat(jda.getSelfUser().getApplicationId()).isEqualTo(fake.applicationId());
            assertThat(jda.getGuildById(fake.guildId())).isNotNull();
            assertThat(jda.getTextChannelById(fake.channelId())).isNotNull();

            RecordedRequest me = fake.awaitRequest("GET", "/users/@me", WAIT);
            assertThat(me.header("Authorization")).isEqualTo("Bot " + fake.token());
            JsonNode identify = fake.gatewayPayloads().stream()
                    .filter(p -> p.path("op").asInt() == 2).findFirst().orElseThrow();
            assertThat(identify.at("/d/token").asText()).isEqualTo(fake.token());
            // JDA always adds the GUILDS intent (1 << 0), which has no enum constant
            assertThat(identify.at("/d/intents").asInt()).isEqualTo(GatewayIntent.getRaw(INTENTS) | 1);
            assertThat(fake.identifyCount()).isEqualTo(1);
        } finally {
            jda.shutdownNow();
        }
    }

    @Test
    void login_withWrongToken_failsWithInvalidToken() {
        assertThatThrownBy(() -> FakeDiscordJda.builder(fake, INTENTS).setToken("wrong-token").build())
                .isInstanceOf(InvalidTokenException.class);
        RecordedRequest me = fake.awaitRequest("GET", "/users/@me", WAIT);
        assertThat(me.header("Authorization")).isEqualTo("Bot wrong-token");
        assertThat(fake.identifyCount()).isZero();
    }

    @Test
    void globalCommandRegistration_reachesPut_andGetsIdsBack() throws Exception {
        JDA jda = connect();
        try {
            List<Command> commands = jda.updateCommands().addCommands(
                    Commands.slash("review", "Ask for a review").addOption(OptionType.STRING, "question", "What", true),
                    Commands.slash("review-admin", "Admin").addSubcommands(
                            new SubcommandData("add", "Add a rules file").addOption(OptionType.ATTACHMENT, "file", "File", true)))
                    .complete();

            RecordedRequest put = fake.awaitRequest("PUT", "/applications/" + fake.applicationId() + "/commands", WAIT);
            assertThat(put.body()).hasSize(2);
            assertThat(put.body().findValuesAsText("name")).contains("review", "review-admin", "add", "file");
            assertThat(commands).extracting(Command::getName).containsExactly("review", "review-admin");
            assertThat(commands).allSatisfy(c -> assertThat(c.getIdLong()).isPositive());

            jda.getGuildById(fake.guildId()).updateCommands()
                    .addCommands(Commands.slash("guild-only", "Only here")).complete();
            RecordedRequest guildPut = fake.awaitRequest("PUT",
                    "/applications/" + fake.applicationId() + "/guilds/" + fake.guildId() + "/commands", WAIT);
            assertThat(guildPut.body().findValuesAsText("name")).containsExactly("guild-only");
        } finally {
            jda.shutdownNow();
        }
    }

    @Test
    void guildMessageMentioningTheBot_reachesListener_andReplyIsPosted() throws Exception {
        BlockingQueue<Message> seen = new LinkedBlockingQueue<>();
        JDA jda = connect(new ListenerAdapter() {
            @Override
            public void onMessageReceived(MessageReceivedEvent event) {
                if (event.getMessage().getMentions().isMentioned(event.getJDA().getSelfUser())) {
                    seen.add(event.getMessage());
                    outcomes.track(event.getMessage().reply("pong"));
                }
            }
        });
        try {
            String messageId = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " ping?");

            Message message = seen.poll(5, TimeUnit.SECONDS);
            assertThat(message).isNotNull();
            assertThat(message.getId()).isEqualTo(messageId);
            assertThat(message.isFromGuild()).isTrue();
            assertThat(message.getAuthor().getId()).isEqualTo(fake.user().id());
            assertThat(message.getContentRaw()).endsWith(" ping?");

            RecordedRequest reply = fake.awaitRequest("POST", "/channels/" + fake.channelId() + "/messages", WAIT);
            assertThat(reply.body().path("content").asText()).isEqualTo("pong");
            assertThat(reply.body().at("/message_reference/message_id").asText()).isEqualTo(messageId);
            assertThat(reply.body().has("allowed_mentions")).isTrue();
            Message posted = (Message) outcomes.next();
            assertThat(posted.getContentRaw()).isEqualTo("pong");
            assertThat(posted.getMessageReference().getMessageId()).isEqualTo(messageId);
        } finally {
            jda.shutdownNow();
        }
    }

    @Test
    void directMessage_reachesListener_andReplyIsPosted_andBotCanOpenADm() throws Exception {
        BlockingQueue<Message> seen = new LinkedBlockingQueue<>();
        JDA jda = connect(new ListenerAdapter() {
            @Override
            public void onMessageReceived(MessageReceivedEvent event) {
                if (!event.isFromGuild() && !event.getAuthor().isBot()) {
                    seen.add(event.getMessage());
                    outcomes.track(event.getChannel().sendMessage("hello in private"));
                }
            }
        });
        try {
            String messageId = fake.sendDirectMessage(fake.user().id(), "help");

            Message message = seen.poll(5, TimeUnit.SECONDS);
            assertThat(message).isNotNull();
            assertThat(message.getId()).isEqualTo(messageId);
            assertThat(message.getContentRaw()).isEqualTo("help");
            String dm = fake.dmChannelId(fake.user().id());
            RecordedRequest reply = fake.awaitRequest("POST", "/channels/" + dm + "/messages", WAIT);
            assertThat(reply.body().path("content").asText()).isEqualTo("hello in private");
            assertThat(((Message) outcomes.next()).getChannel().getId()).isEqualTo(dm);

            jda.openPrivateChannelById(fake.admin().id())
                    .flatMap(channel -> channel.sendMessage("proactive")).complete();
            RecordedRequest open = fake.awaitRequest("POST", "/users/@me/channels", WAIT);
            assertThat(open.body().path("recipient_id").asText()).isEqualTo(fake.admin().id());
            fake.awaitRequest("POST", "/channels/" + fake.dmChannelId(fake.admin().id()) + "/messages", WAIT);
        } finally {
            jda.shutdownNow();
        }
    }

    @Test
    void slashCommand_deferReply_thenEditOriginal() throws Exception {
        BlockingQueue<String> questions = new LinkedBlockingQueue<>();
        JDA jda = connect(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                questions.add(event.getFullCommandName() + ": " + event.getOption("question", OptionMapping::getAsString));
                outcomes.track(event.deferReply());
                outcomes.track(event.getHook().editOriginal("the answer"));
            }
        });
        try {
            FakeInteraction interaction = fake.sendSlashCommand(fake.user().id(), "review", Map.of("question", "why?"));

            assertThat(questions.poll(5, TimeUnit.SECONDS)).isEqualTo("review: why?");
            RecordedRequest ack = fake.awaitRequest("POST", interaction.callbackRoute(), WAIT);
            assertThat(ack.body().path("type").asInt()).isEqualTo(5);
            assertThat(ack.query()).containsEntry("with_response", "true");
            RecordedRequest edit = fake.awaitRequest("PATCH", interaction.originalMessageRoute(), WAIT);
            assertThat(edit.body().path("content").asText()).isEqualTo("the answer");
            assertThat(edit.body().has("allowed_mentions")).as("edits carry no default mentions").isFalse();
            assertThat(requestIndex(ack)).isLessThan(requestIndex(edit));
            List<Object> results = List.of(outcomes.next(), outcomes.next()); // the hook, the edited message
            assertThat(results).filteredOn(Message.class::isInstance)
                    .singleElement().extracting(r -> ((Message) r).getContentRaw()).isEqualTo("the answer");
        } finally {
            jda.shutdownNow();
        }
    }

    @Test
    void ephemeralReply_carriesFlags64() throws Exception {
        JDA jda = connect(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                outcomes.track(event.reply("only you can see this").setEphemeral(true));
            }
        });
        try {
            FakeInteraction interaction = fake.sendSlashCommand(fake.admin().id(), "review", Map.of());
            assertThat(Snowflakes.timeOf(interaction.id())).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));

            RecordedRequest reply = fake.awaitRequest("POST", interaction.callbackRoute(), WAIT);
            assertThat(reply.body().path("type").asInt()).isEqualTo(4);
            assertThat(reply.body().at("/data/flags").asInt() & 64).isEqualTo(64);
            assertThat(reply.body().at("/data/content").asText()).isEqualTo("only you can see this");
            outcomes.next();
        } finally {
            jda.shutdownNow();
        }
    }

    @Test
    void autocomplete_replyChoices_reachesCallbackType8() throws Exception {
        BlockingQueue<String> focused = new LinkedBlockingQueue<>();
        JDA jda = connect(new ListenerAdapter() {
            @Override
            public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
                focused.add(event.getFocusedOption().getName() + "=" + event.getFocusedOption().getValue());
                outcomes.track(event.replyChoices(new Command.Choice("Java", "java"), new Command.Choice("Go", "go")));
            }
        });
        try {
            FakeInteraction interaction = fake.sendAutocomplete(fake.user().id(), "review",
                    Map.of("language", "ja"), "language");

            assertThat(focused.poll(5, TimeUnit.SECONDS)).isEqualTo("language=ja");
            RecordedRequest reply = fake.awaitRequest("POST", interaction.callbackRoute(), WAIT);
            assertThat(reply.body().path("type").asInt()).isEqualTo(8);
            assertThat(reply.body().at("/data/choices").findValuesAsText("value")).containsExactly("java", "go");
            outcomes.next();
        } finally {
            jda.shutdownNow();
        }
    }

    @Test
    void buttonClick_reachesListener_andGetsAnEphemeralReply() throws Exception {
        BlockingQueue<ButtonInteractionEvent> clicks = new LinkedBlockingQueue<>();
        JDA jda = connect(new ListenerAdapter() {
            @Override
            public void onButtonInteraction(ButtonInteractionEvent event) {
                clicks.add(event);
                outcomes.track(event.reply("thanks").setEphemeral(true));
            }
        });
        try {
            Message posted = jda.getTextChannelById(fake.channelId()).sendMessage("Was this helpful?")
                    .addComponents(ActionRow.of(Button.primary("helpful:yes", "Yes"))).complete();

            FakeInteraction interaction = fake.clickButton(fake.user().id(), posted.getId(), "helpful:yes");

            ButtonInteractionEvent click = clicks.poll(5, TimeUnit.SECONDS);
            assertThat(click).isNotNull();
            assertThat(click.getComponentId()).isEqualTo("helpful:yes");
            assertThat(click.getMessageId()).isEqualTo(posted.getId());
            assertThat(click.getMessage().getContentRaw()).isEqualTo("Was this helpful?");
            RecordedRequest reply = fake.awaitRequest("POST", interaction.callbackRoute(), WAIT);
            assertThat(reply.body().path("type").asInt()).isEqualTo(4);
            assertThat(reply.body().at("/data/flags").asInt() & 64).isEqualTo(64);
            outcomes.next();
        } finally {
            jda.shutdownNow();
        }
    }

    @Test
    void attachmentOptionOfASubcommand_resolves_andItsUrlCanBeDownloaded() throws Exception {
        byte[] rules = "rule 1: be kind\n".getBytes(StandardCharsets.UTF_8);
        FakeAttachment file = fake.attachment("rules.md", "text/markdown", rules);
        BlockingQueue<byte[]> downloads = new LinkedBlockingQueue<>();
        BlockingQueue<String> names = new LinkedBlockingQueue<>();
        JDA jda = connect(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                Message.Attachment attachment = event.getOption("file", OptionMapping::getAsAttachment);
                names.add(event.getFullCommandName() + " " + attachment.getFileName()
                        + " " + event.getMember().hasPermission(Permission.MANAGE_SERVER));
                outcomes.track(event.deferReply(true));
                attachment.getProxy().download().thenAccept(in -> {
                    try (InputStream stream = in) {
                        byte[] bytes = stream.readAllBytes();
                        downloads.add(bytes);
                        outcomes.track(event.getHook().sendMessage("loaded " + bytes.length + " bytes").setEphemeral(true));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        });
        try {
            FakeInteraction interaction = fake.sendSlashCommand(fake.admin().id(), "review-admin add", Map.of("file", file));

            assertThat(names.poll(5, TimeUnit.SECONDS)).isEqualTo("review-admin add rules.md true");
            assertThat(downloads.poll(5, TimeUnit.SECONDS)).isEqualTo(rules);
            fake.awaitRequest(r -> r.method().equals("GET") && r.path().startsWith("/attachments/" + file.id()), WAIT);
            RecordedRequest followup = fake.awaitRequest("POST", interaction.followupRoute(), WAIT);
            assertThat(followup.body().path("content").asText()).isEqualTo("loaded " + rules.length + " bytes");
            assertThat(followup.body().path("flags").asInt() & 64).isEqualTo(64);
            outcomes.next();
            outcomes.next();
        } finally {
            jda.shutdownNow();
        }
    }

    @Test
    void normalUser_lacksManageServer() throws Exception {
        BlockingQueue<Boolean> permission = new LinkedBlockingQueue<>();
        JDA jda = connect(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                permission.add(event.getMember().hasPermission(Permission.MANAGE_SERVER));
                outcomes.track(event.reply("no").setEphemeral(true));
            }
        });
        try {
            FakeInteraction interaction = fake.sendSlashCommand(fake.user().id(), "review-admin add", Map.of());
            assertThat(permission.poll(5, TimeUnit.SECONDS)).isFalse();
            fake.awaitRequest("POST", interaction.callbackRoute(), WAIT);
            outcomes.next();
        } finally {
            jda.shutdownNow();
        }
    }

    @Test
    void droppedConnection_isResumed_andTheNextMessageArrivesOnce() throws Exception {
        MessageCounter counter = new MessageCounter();
        JDA jda = connect(counter);
        try {
            fake.sendGuildMessage(fake.user().id(), "before");
            counter.awaitCount("before", 1);
            long lastSeq = fake.lastSequence();

            fake.closeGatewayAbruptly();
            fake.awaitResumeCount(1, WAIT);

            JsonNode resume = lastGatewayPayload(6);
            assertThat(resume.at("/d/seq").asLong()).isEqualTo(lastSeq);
            fake.sendGuildMessage(fake.user().id(), "after");
            assertDeliveredOnce(counter, "after");
            assertThat(fake.identifyCount()).isEqualTo(1);
            assertThat(counter.count("before")).isEqualTo(1);
        } finally {
            jda.shutdownNow();
        }
    }

    @Test
    void closeCode4000_isResumed() throws Exception {
        MessageCounter counter = new MessageCounter();
        JDA jda = connect(counter);
        try {
            fake.closeGateway(4000);
            fake.awaitResumeCount(1, WAIT);

            fake.sendGuildMessage(fake.user().id(), "after");
            assertDeliveredOnce(counter, "after");
            assertThat(fake.identifyCount()).isEqualTo(1);
        } finally {
            jda.shutdownNow();
        }
    }

    @Test
    void rejectedResume_leadsToANewIdentify_andTheNextMessageArrivesOnce() throws Exception {
        MessageCounter counter = new MessageCounter();
        JDA jda = connect(counter);
        try {
            fake.rejectNextResume();
            fake.closeGatewayAbruptly();
            fake.awaitIdentifyCount(2, WAIT);
            jda.awaitStatus(JDA.Status.CONNECTED);

            fake.sendGuildMessage(fake.user().id(), "after");
            assertDeliveredOnce(counter, "after");
            assertThat(fake.resumeCount()).isEqualTo(1);
        } finally {
            jda.shutdownNow();
        }
    }

    @Test
    void botEditsItsMessage_reachesPatch() throws Exception {
        JDA jda = connect();
        try {
            Message posted = jda.getTextChannelById(fake.channelId()).sendMessage("thinking...").complete();

            Message edited = posted.editMessage("done").complete();

            RecordedRequest patch = fake.awaitRequest("PATCH",
                    "/channels/" + fake.channelId() + "/messages/" + posted.getId(), WAIT);
            assertThat(patch.body().path("content").asText()).isEqualTo("done");
            assertThat(edited.getContentRaw()).isEqualTo("done");
            assertThat(edited.isEdited()).isTrue();
            assertThat(fake.botMessage(posted.getId())).hasValueSatisfying(
                    json -> assertThat(json.path("content").asText()).isEqualTo("done"));
        } finally {
            jda.shutdownNow();
        }
    }

    @Test
    void fileUpload_isRecordedWithItsPayloadJson() throws Exception {
        JDA jda = connect();
        try {
            Message sent = jda.getTextChannelById(fake.channelId()).sendMessage("see file")
                    .addFiles(FileUpload.fromData("file body".getBytes(StandardCharsets.UTF_8), "notes.txt")).complete();

            RecordedRequest upload = fake.awaitRequest("POST", "/channels/" + fake.channelId() + "/messages", WAIT);
            assertThat(upload.header("Content-Type")).startsWith("multipart/form-data");
            assertThat(upload.body().path("content").asText()).isEqualTo("see file");
            assertThat(upload.body().at("/attachments/0/filename").asText()).isEqualTo("notes.txt");
            assertThat(upload.bodyText()).contains("file body");
            assertThat(sent.getContentRaw()).isEqualTo("see file");
        } finally {
            jda.shutdownNow();
        }
    }

    @Test
    void unknownRoute_gets404_andIsRecorded() throws Exception {
        JDA jda = connect();
        try {
            assertThatThrownBy(() -> jda.retrieveUserById("42").complete())
                    .isInstanceOf(ErrorResponseException.class);
            fake.awaitRequest("GET", "/users/42", WAIT);
        } finally {
            jda.shutdownNow();
        }
    }

    // ---- helpers ----

    /**
     * Asserts the message arrived exactly once: waits for it, then for a later marker message. The
     * gateway is ordered, so a duplicate would have arrived before the marker.
     */
    private void assertDeliveredOnce(MessageCounter counter, String content) {
        counter.awaitCount(content, 1);
        fake.sendGuildMessage(fake.user().id(), "marker");
        counter.awaitCount("marker", 1);
        assertThat(counter.count(content)).isEqualTo(1);
    }

    private JsonNode lastGatewayPayload(int op) {
        List<JsonNode> payloads = fake.gatewayPayloads();
        for (int i = payloads.size() - 1; i >= 0; i--) {
            if (payloads.get(i).path("op").asInt() == op) {
                return payloads.get(i);
            }
        }
        throw new AssertionError("no gateway payload with op " + op);
    }

    private int requestIndex(RecordedRequest request) {
        return fake.requests().indexOf(request);
    }

    /**
     * Outcomes of RestActions a listener queued. Tests await them so that JDA has parsed the fake's
     * answer (proving it accepts it) before shutdownNow() interrupts anything in flight.
     */
    private static final class Outcomes {
        private final BlockingQueue<Object> results = new LinkedBlockingQueue<>();

        void track(RestAction<?> action) {
            action.queue(result -> results.add(result == null ? "done" : result), results::add);
        }

        Object next() throws InterruptedException {
            Object result = results.poll(5, TimeUnit.SECONDS);
            if (result == null) {
                throw new AssertionError("a queued RestAction did not complete");
            }
            if (result instanceof Throwable failure) {
                throw new AssertionError("a queued RestAction failed", failure);
            }
            return result;
        }
    }

    /** Counts guild messages by content, and lets a test wait for a count. */
    private static final class MessageCounter extends ListenerAdapter {
        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        private final Signal signal = new Signal();

        @Override
        public void onMessageReceived(MessageReceivedEvent event) {
            counts.computeIfAbsent(event.getMessage().getContentRaw(), c -> new AtomicInteger()).incrementAndGet();
            signal.changed();
        }

        int count(String content) {
            AtomicInteger count = counts.get(content);
            return count == null ? 0 : count.get();
        }

        void awaitCount(String content, int expected) {
            signal.await(() -> count(content) >= expected ? true : null, WAIT,
                    () -> "message '" + content + "' seen " + count(content) + " times");
        }
    }
}
