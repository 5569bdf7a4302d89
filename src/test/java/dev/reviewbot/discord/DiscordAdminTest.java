package dev.reviewbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.app.ReviewBot;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * /review-admin through the real JDA: uploads are downloaded from the attachment URL Discord gave and
 * ingested (or refused with a clear message), removal and stats work, and members without Manage
 * Server are refused even though Discord would normally hide the command from them.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DiscordAdminTest {

    private static ReviewBot bot;

    @BeforeAll
    static void emptyLibrary() {
        bot = DiscordTestBed.emptyBot();
    }

    @AfterAll
    static void closeBot() {
        bot.close();
    }

    @Test
    void add_byAnAdmin_downloadsTheAttachment_andStoresTheReview() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(bot).start()) {
            FakeDiscord fake = bed.fake;
            FakeAttachment file = fake.attachment("paper-lantern.md", "text/markdown", review("The Paper Lantern"));

            FakeInteraction add = fake.sendSlashCommand(fake.admin().id(), "review-admin add", Map.of("file", file));

            assertThat(bed.awaitCallback(add).body().at("/data/flags").asInt() & 64).as("ephemeral").isEqualTo(64);
            String said = bed.awaitEdit(add).body().path("content").asText();
            assertThat(said).startsWith("Added The Paper Lantern (review by Ada Quill) (2 sections), library version ");
            assertThat(fake.requests()).anyMatch(r -> r.method().equals("GET") && r.path().startsWith("/attachments/" + file.id()));
            assertThat(bot.library().catalog().films()).contains("The Paper Lantern");

            // And it is answered from at once.
            String asked = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " how is the acting in The Paper Lantern?");
            DiscordQuestionsTest.assertCites(bed.awaitReplyTo(fake.channelId(), asked).body(), "The Paper Lantern", "Acting");
        }
    }

    @Test
    void add_ofABadFile_isRefusedWithTheIngestError() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(bot).start()) {
            FakeDiscord fake = bed.fake;
            long before = bot.library().version();
            FakeAttachment pdf = fake.attachment("notes.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
            FakeAttachment empty = fake.attachment("empty.md", "text/markdown", new byte[0]);

            FakeInteraction addPdf = fake.sendSlashCommand(fake.admin().id(), "review-admin add", Map.of("file", pdf));
            FakeInteraction addEmpty = fake.sendSlashCommand(fake.admin().id(), "review-admin add", Map.of("file", empty));

            assertThat(bed.awaitEdit(addPdf).body().path("content").asText())
                    .isEqualTo("Not stored: notes.pdf: not a review file (send a .txt or .md file)");
            assertThat(bed.awaitEdit(addEmpty).body().path("content").asText()).startsWith("Not stored: empty.md");
            assertThat(bot.library().version()).as("nothing stored").isEqualTo(before);
        }
    }

    @Test
    void add_ofAFileOverTheLimit_isRefusedWithoutDownloadingIt() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(bot).maxAttachmentBytes(2048).start()) {
            FakeDiscord fake = bed.fake;
            byte[] big = review("The Big One", 5000);
            FakeAttachment file = fake.attachment("big.md", "text/markdown", big);

            FakeInteraction add = fake.sendSlashCommand(fake.admin().id(), "review-admin add", Map.of("file", file));

            assertThat(bed.awaitEdit(add).body().path("content").asText())
                    .isEqualTo("Not stored: big.md is " + big.length + " bytes; the limit is 2048 bytes");
            assertThat(fake.requests()).noneMatch(r -> r.path().startsWith("/attachments/"));
            assertThat(bot.library().catalog().films()).doesNotContain("The Big One");
        }
    }

    @Test
    void add_ofAFileWhoseDeclaredSizeLies_readsNoMoreThanTheLimit() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(bot).maxAttachmentBytes(2048).start()) {
            FakeDiscord fake = bed.fake;
            FakeAttachment file = fake.serve(fake.attachment("liar.md", "text/markdown", review("The Liar", 5000)).claimingSize(100));

            FakeInteraction add = fake.sendSlashCommand(fake.admin().id(), "review-admin add", Map.of("file", file));

            assertThat(bed.awaitEdit(add).body().path("content").asText())
                    .isEqualTo("Not stored: liar.md is over 2048 bytes; the limit is 2048 bytes");
            assertThat(bot.library().catalog().films()).doesNotContain("The Liar");
        }
    }

    @Test
    void add_ofHeadingsWithoutText_isRefusedWithTheIngestError() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(bot).start()) {
            FakeDiscord fake = bed.fake;
            FakeAttachment file = fake.attachment("hollow.md", "text/markdown", "## One\n## Two\n".getBytes(StandardCharsets.UTF_8));

            FakeInteraction add = fake.sendSlashCommand(fake.admin().id(), "review-admin add", Map.of("file", file));

            assertThat(bed.awaitEdit(add).body().path("content").asText())
                    .isEqualTo("Not stored: hollow.md: no review text: headings, but nothing under them");
        }
    }

    @Test
    void add_ofASlowDripDownload_holdsNoAnswerThread() throws Exception {
        // The test bed answers on one thread: were the download on it, the question below would wait for it.
        try (DiscordTestBed bed = DiscordTestBed.over(bot).start()) {
            FakeDiscord fake = bed.fake;
            FakeAttachment slow = fake.serve(fake.attachment("slow.md", "text/markdown", review("The Slow Drip"))
                    .dripping(java.time.Duration.ofMillis(500)));
            FakeInteraction add = fake.sendSlashCommand(fake.admin().id(), "review-admin add", Map.of("file", slow));
            bed.awaitCallback(add);

            FakeInteraction ask = fake.sendSlashCommand(fake.user().id(), "ask", Map.of("question", "how is the acting?"));

            assertThat(bed.awaitEdit(ask).body().path("embeds")).as("answered meanwhile").isNotEmpty();
            assertThat(fake.requests()).as("the upload is still downloading")
                    .noneMatch(r -> r.is("PATCH", add.originalMessageRoute()));
        }
    }

    @Test
    void adminCommands_byAMemberWithoutManageServer_areRefused() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(bot).start()) {
            FakeDiscord fake = bed.fake;
            FakeAttachment file = fake.attachment("sneaky.md", "text/markdown", review("The Sneaky Upload"));

            FakeInteraction add = fake.sendSlashCommand(fake.user().id(), "review-admin add", Map.of("file", file));
            FakeInteraction stats = fake.sendSlashCommand(fake.user().id(), "review-admin stats", Map.of());

            for (FakeInteraction refused : new FakeInteraction[] {add, stats}) {
                JsonNode reply = bed.awaitCallback(refused).body();
                assertThat(reply.path("type").asInt()).isEqualTo(4);
                assertThat(reply.at("/data/flags").asInt() & 64).isEqualTo(64);
                assertThat(reply.at("/data/content").asText()).isEqualTo(AdminCommands.REFUSED);
            }
            assertThat(fake.requests()).noneMatch(r -> r.path().startsWith("/attachments/"));
            assertThat(bot.library().catalog().films()).doesNotContain("The Sneaky Upload");
        }
    }

    @Test
    void remove_showsWhatItWillRemove_andRemovesOnlyOnTheConfirmingClick() throws Exception {
        bot.uploads().ingest("short-lived.md", review("The Short Lived"));
        try (DiscordTestBed bed = DiscordTestBed.over(bot).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction remove = fake.sendSlashCommand(fake.admin().id(), "review-admin remove",
                    Map.of("film", "short lived"));

            JsonNode preview = bed.awaitEdit(remove).body();
            assertThat(preview.path("content").asText()).contains("This will remove 1 review(s):")
                    .contains("The Short Lived (review by Ada Quill)");
            assertThat(bot.library().catalog().films()).as("nothing removed before the click").contains("The Short Lived");

            String messageId = fake.originalMessage(remove).orElseThrow().get("id").asText();
            FakeInteraction byMember = fake.clickButton(fake.user().id(), messageId, DiscordTestBed.buttonId(preview, "rb:rm:"));
            assertThat(bed.awaitCallback(byMember).body().at("/data/content").asText()).isEqualTo(AdminCommands.REFUSED);
            assertThat(bot.library().catalog().films()).contains("The Short Lived");

            FakeInteraction confirm = fake.clickButton(fake.admin().id(), messageId, DiscordTestBed.buttonId(preview, "rb:rm:"));
            assertThat(bed.awaitEdit(confirm).body().path("content").asText())
                    .isEqualTo("Removed: The Short Lived (review by Ada Quill).");
            assertThat(bot.library().catalog().films()).doesNotContain("The Short Lived");
        }
    }

    @Test
    void remove_ofANearMiss_namesTheCloseTitles_andTouchesNothing() throws Exception {
        bot.uploads().ingest("matrix.md", review("The Matrix"));
        try (DiscordTestBed bed = DiscordTestBed.over(bot).start()) {
            FakeDiscord fake = bed.fake;
            long before = bot.library().version();
            FakeInteraction remove = fake.sendSlashCommand(fake.admin().id(), "review-admin remove", Map.of("film", "The Matrx"));

            JsonNode reply = bed.awaitEdit(remove).body();
            assertThat(reply.path("content").asText()).startsWith("Nothing removed: ").contains("close titles: The Matrix");
            assertThat(DiscordTestBed.buttonIds(reply)).isEmpty();
            assertThat(bot.library().version()).isEqualTo(before);
        }
    }

    @Test
    void stats_byAnAdmin() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(bot).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction stats = fake.sendSlashCommand(fake.admin().id(), "review-admin stats", Map.of());
            JsonNode embed = bed.awaitEdit(stats).body().at("/embeds/0");
            int reviews = bot.library().catalog().reviews().size();
            assertThat(embed.at("/fields/0/name").asText()).isEqualTo("Library");
            assertThat(embed.at("/fields/0/value").asText()).startsWith(reviews + " reviews of ");
            assertThat(DiscordTestBed.text(bed.awaitEdit(stats).body())).contains("Questions: ", "Feedback: ", "hit rate");
        }
    }

    private static byte[] review(String title) {
        return review(title, 0);
    }

    /** A small Markdown review (with {@code padding} more characters in its verdict). */
    private static byte[] review(String title, int padding) {
        return ("---\ntitle: " + title + "\nyear: 2025\nreviewer: Ada Quill\n---\n\n"
                + "## Acting\n\nThe acting in " + title + " is restrained and precise, led by a quietly superb lead.\n\n"
                + "## Verdict\n\nA small film worth seeing. " + "It rewards patience. ".repeat(padding / 21) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
