package dev.reviewbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.library.UploadIngest;
import dev.reviewbot.review.Review;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Discord's limits, through the real JDA: a review with a section longer than an embed and a sentence
 * longer than an embed description is shown cut (at a sentence where there is one, never mid-word), with
 * the whole section attached, and never makes Discord (or JDA) refuse the message.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DiscordLimitsTest {

    private static final String FILM = "The Long Take";
    private static ReviewBot bot;

    @BeforeAll
    static void botWithALongReview() {
        bot = DiscordTestBed.emptyBot();
        var stored = bot.uploads().ingest("the-long-take.md", longReview().getBytes(StandardCharsets.UTF_8));
        assertThat(stored).isInstanceOf(UploadIngest.Result.Stored.class);
    }

    @AfterAll
    static void closeBot() {
        bot.close();
    }

    @Test
    void overLongSection_isCutAtASentence_andAttachedWhole() throws Exception {
        String story = section("Story");
        assertThat(story.length()).isGreaterThan(4096);
        try (DiscordTestBed bed = DiscordTestBed.over(bot).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction review = fake.sendSlashCommand(fake.user().id(), "review",
                    Map.of("film", FILM, "section", "story"));

            RecordedRequest edit = bed.awaitEdit(review);

            JsonNode embed = edit.body().at("/embeds/0");
            String shown = embed.path("description").asText();
            assertThat(shown.length()).isLessThanOrEqualTo(4096);
            assertThat(embedLength(embed)).isLessThanOrEqualTo(6000);
            assertThat(shown).endsWith("…");
            String kept = shown.substring(0, shown.length() - 1).strip();
            assertThat(story).startsWith(kept);
            assertThat(kept).endsWith(".");
            assertThat(edit.body().at("/attachments/0/filename").asText()).isEqualTo("the-long-take-story.txt");
            assertThat(edit.header("Content-Type")).startsWith("multipart/form-data");
            assertThat(edit.bodyText()).contains(lastSentence(story));
        }
    }

    @Test
    void overLongAnswer_isCutToFitTheEmbed_neverMidWord_withItsFullSectionButton() throws Exception {
        String acting = section("Acting");
        assertThat(acting.length()).isGreaterThan(4096);
        try (DiscordTestBed bed = DiscordTestBed.over(bot).start()) {
            FakeDiscord fake = bed.fake;
            String asked = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " how is the acting in The Long Take?");

            JsonNode reply = bed.awaitReplyTo(fake.channelId(), asked).body();

            DiscordQuestionsTest.assertCites(reply, FILM, "Acting");
            JsonNode embed = reply.at("/embeds/0");
            String shown = embed.path("description").asText();
            assertThat(shown.length()).isLessThanOrEqualTo(4096);
            assertThat(embedLength(embed)).isLessThanOrEqualTo(6000);
            assertThat(shown).startsWith("> ").endsWith("… **[1]**");
            String kept = shown.substring(2, shown.length() - "… **[1]**".length());
            assertThat(acting).startsWith(kept);
            assertThat(Character.isWhitespace(acting.charAt(kept.length()))).as("cut between words").isTrue();

            JsonNode answer = bed.replyMessage(asked);
            FakeInteraction click = fake.clickButton(fake.user().id(), answer.get("id").asText(),
                    DiscordTestBed.buttonId(answer, "rb:full:"));
            RecordedRequest full = bed.awaitEdit(click);
            assertThat(full.body().at("/embeds/0/description").asText().length()).isLessThanOrEqualTo(4096);
            assertThat(full.body().at("/attachments/0/filename").asText()).isEqualTo("the-long-take-acting.txt");
        }
    }

    @Test
    void overLongTextMessage_isCutToTheContentLimit() throws Exception {
        String film = "a film whose title nobody could ever type ".repeat(60).strip();
        try (DiscordTestBed bed = DiscordTestBed.over(bot).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction review = fake.sendSlashCommand(fake.user().id(), "review", Map.of("film", film));

            String content = bed.awaitEdit(review).body().path("content").asText();

            assertThat(content.length()).isLessThanOrEqualTo(2000);
            assertThat(content).startsWith("Sorry: unknown film").endsWith("…");
        }
    }

    private static String section(String name) {
        Review review = bot.library().catalog().reviewsOf(FILM).get(0);
        return review.section(name).orElseThrow().text().strip();
    }

    private static String lastSentence(String text) {
        String trimmed = text.substring(0, text.length() - 1);
        return text.substring(trimmed.lastIndexOf(". ") + 2);
    }

    /** What Discord counts towards the 6,000 characters of an embed. */
    private static int embedLength(JsonNode embed) {
        int length = embed.path("title").asText("").length() + embed.path("description").asText("").length()
                + embed.at("/footer/text").asText("").length() + embed.at("/author/name").asText("").length();
        for (JsonNode field : embed.path("fields")) {
            length += field.path("name").asText().length() + field.path("value").asText().length();
        }
        return length;
    }

    /** A review with one sentence of ~5,000 characters (Acting) and a section of ~8,000 (Story). */
    static String longReview() {
        StringBuilder acting = new StringBuilder("The acting in The Long Take is a marathon of its own");
        for (int i = 1; i <= 110; i++) {
            acting.append(", with the lead performance turning from tenderness to fury in take ").append(i);
        }
        acting.append(", and the cast never once breaks the spell.");
        StringBuilder story = new StringBuilder();
        for (int i = 1; i <= 64; i++) {
            story.append("In scene ").append(i).append(" the camera follows Mara through the flooded station while ")
                    .append("the score holds a single low note for minute after minute.")
                    .append(i % 4 == 0 ? "\n\n" : " ");
        }
        return "---\ntitle: " + FILM + "\nyear: 2025\nreviewer: Ada Quill\n---\n\n"
                + "A film shot as one continuous take, and a test of patience for everyone involved.\n\n"
                + "## Acting\n\n" + acting + "\n\n## Story\n\n" + story.toString().strip() + "\n";
    }
}
