package dev.reviewbot.discord;

import static dev.reviewbot.discord.DiscordQuestionsTest.assertCites;
import static dev.reviewbot.discord.DiscordQuestionsTest.assertNoPings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.SharedBot;
import dev.reviewbot.feedback.FeedbackLog;
import dev.reviewbot.review.Review;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rest of what a user sees, through the real JDA: autocomplete, /review, /reviews with page buttons,
 * /help, and the buttons under an answer ("Full section", feedback).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DiscordBrowseTest {

    @Test
    void autocomplete_suggestsFilms_thenTheSectionsOfTheFilmTyped() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction films = fake.sendAutocomplete(fake.user().id(), "ask",
                    Map.of("question", "how is it?", "film", "bal"), "film");
            JsonNode filmChoices = bed.awaitCallback(films).body();
            assertThat(filmChoices.path("type").asInt()).isEqualTo(8);
            assertThat(filmChoices.at("/data/choices").findValuesAsText("name")).containsExactly("Ballerina");

            FakeInteraction all = fake.sendAutocomplete(fake.user().id(), "review", Map.of("film", ""), "film");
            List<String> allFilms = bed.awaitCallback(all).body().at("/data/choices").findValuesAsText("value");
            assertThat(allFilms).containsExactlyElementsOf(SharedBot.get().library().catalog().films());

            FakeInteraction sections = fake.sendAutocomplete(fake.user().id(), "review",
                    Map.of("film", "Ballerina", "section", "ac"), "section");
            assertThat(bed.awaitCallback(sections).body().at("/data/choices").findValuesAsText("value"))
                    .containsExactly("Acting");

            FakeInteraction unknownFilm = fake.sendAutocomplete(fake.user().id(), "review",
                    Map.of("film", "no such film at all", "section", ""), "section");
            assertThat(bed.awaitCallback(unknownFilm).body().at("/data/choices")).isEmpty();
        }
    }

    @Test
    void review_withASection_showsTheWholeSection() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction review = fake.sendSlashCommand(fake.user().id(), "review",
                    Map.of("film", "ballerina", "section", "acting"));

            JsonNode shown = bed.awaitEdit(review).body();

            Review ballerina = SharedBot.get().library().catalog().reviewsOf("Ballerina").get(0);
            assertThat(shown.at("/embeds/0/title").asText()).isEqualTo(ballerina.displayName() + " - Acting");
            assertThat(shown.at("/embeds/0/description").asText())
                    .isEqualTo(ballerina.section("Acting").orElseThrow().text().strip());
            assertThat(shown.path("attachments")).as("nothing was cut, nothing attached").isEmpty();
        }
    }

    @Test
    void review_withoutASection_attachesItsScorecardChart_andKeepsTheTextForm() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction review = fake.sendSlashCommand(fake.user().id(), "review", Map.of("film", "Ballerina"));

            RecordedRequest edit = bed.awaitEdit(review);

            assertThat(edit.header("Content-Type")).startsWith("multipart/form-data");
            assertThat(edit.body().at("/attachments/0/filename").asText()).isEqualTo("ballerina-scorecard-1.png");
            assertThat(edit.body().at("/embeds/0/image/url").asText()).isEqualTo("attachment://ballerina-scorecard-1.png");
            byte[] png = part(edit.rawBody(), "ballerina-scorecard-1.png");
            assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(640);
            assertThat(image.getHeight()).as("a row per section").isGreaterThan(26 * 5);
            assertThat(edit.body().at("/embeds/0/fields/0/value").asText()).as("the text form, for screen readers")
                    .contains("Acting").contains("praise");
        }
    }

    /** The bytes of the multipart part holding the file {@code name}. */
    static byte[] part(byte[] body, String name) {
        String latin = new String(body, java.nio.charset.StandardCharsets.ISO_8859_1);
        int header = latin.indexOf("filename=\"" + name + "\"");
        assertThat(header).as("a part for " + name).isGreaterThan(0);
        int start = latin.indexOf("\r\n\r\n", header) + 4;
        int end = latin.indexOf("\r\n--", start);
        return java.util.Arrays.copyOfRange(body, start, end);
    }

    @Test
    void review_withoutASection_outlinesTheReview() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction review = fake.sendSlashCommand(fake.user().id(), "review", Map.of("film", "Ballerina"));

            String outline = bed.awaitEdit(review).body().at("/embeds/0/description").asText();

            assertThat(outline).contains("**Acting**: Ana de Armas anchors the film superbly as Eve Macarro.")
                    .contains("**Writing**:").contains("**Cinematography**:");
        }
    }

    @Test
    void reviews_areListedInPages_andTheButtonsTurnThePage() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).reviewsPerPage(3).start()) {
            FakeDiscord fake = bed.fake;
            int stored = SharedBot.get().library().catalog().reviews().size();
            int pages = (stored + 2) / 3;
            FakeInteraction list = fake.sendSlashCommand(fake.user().id(), "reviews", Map.of());

            JsonNode first = bed.awaitEdit(list).body();
            assertThat(first.at("/embeds/0/title").asText()).isEqualTo("Stored reviews (" + stored + ")");
            assertThat(first.at("/embeds/0/footer/text").asText()).isEqualTo("Page 1 of " + pages);
            assertThat(first.at("/embeds/0/description").asText().lines()).hasSize(3);
            assertThat(first.at("/components/0/components/0/disabled").asBoolean()).as("no previous page").isTrue();

            String pageMessage = fake.originalMessage(list).orElseThrow().get("id").asText();
            FakeInteraction next = fake.clickButton(fake.user().id(), pageMessage, "rb:page:1");

            assertThat(bed.awaitCallback(next).body().path("type").asInt()).as("deferred update").isEqualTo(6);
            JsonNode second = bed.awaitEdit(next).body();
            assertThat(second.at("/embeds/0/footer/text").asText()).isEqualTo("Page 2 of " + pages);
            assertThat(second.at("/embeds/0/description").asText())
                    .isNotEqualTo(first.at("/embeds/0/description").asText());
            assertNoPings(second);
        }
    }

    @Test
    void help_listsTheCommands_toTheAskerOnly() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction help = fake.sendSlashCommand(fake.user().id(), "help", Map.of());

            JsonNode reply = bed.awaitCallback(help).body();

            assertThat(reply.path("type").asInt()).isEqualTo(4);
            assertThat(reply.at("/data/flags").asInt() & 64).isEqualTo(64);
            assertThat(reply.at("/data/embeds/0/description").asText())
                    .contains("`/ask question [film] [private]`", "`/review film [section]`", "`/reviews`",
                            "`/review-admin add file`");
        }
    }

    @Test
    void fullSectionButton_showsTheCitedSection_toTheClickerOnly() throws Exception {
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).start()) {
            FakeDiscord fake = bed.fake;
            String asked = fake.sendGuildMessage(fake.user().id(), fake.bot().mention() + " how is the acting in Ballerina?");
            bed.awaitReplyTo(fake.channelId(), asked);
            JsonNode answer = bed.replyMessage(asked);

            FakeInteraction click = fake.clickButton(fake.admin().id(), answer.get("id").asText(),
                    DiscordTestBed.buttonId(answer, "rb:full:"));

            assertThat(bed.awaitCallback(click).body().at("/data/flags").asInt() & 64).isEqualTo(64);
            JsonNode section = bed.awaitEdit(click).body();
            Review ballerina = SharedBot.get().library().catalog().reviewsOf("Ballerina").get(0);
            assertThat(section.at("/embeds/0/title").asText()).isEqualTo(ballerina.displayName() + " - Acting");
            assertThat(section.at("/embeds/0/description").asText())
                    .isEqualTo(ballerina.section("Acting").orElseThrow().text().strip());
        }
    }

    @Test
    void feedbackButtons_recordTheVoteWithTheQuestionAndCitations_oncePerUser(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("feedback.jsonl");
        FeedbackLog log = new FeedbackLog(file);
        try (DiscordTestBed bed = DiscordTestBed.over(SharedBot.get()).feedback(log).start()) {
            FakeDiscord fake = bed.fake;
            FakeInteraction ask = fake.sendSlashCommand(fake.user().id(), "ask",
                    Map.of("question", "how is the acting in Ballerina?"));
            assertCites(bed.awaitEdit(ask).body(), "Ballerina", "Acting");
            JsonNode answer = fake.originalMessage(ask).orElseThrow();
            String messageId = answer.get("id").asText();

            FakeInteraction up = fake.clickButton(fake.user().id(), messageId, DiscordTestBed.buttonId(answer, "rb:vote:"));
            assertThat(bed.awaitEdit(up).body().path("content").asText()).startsWith("Thanks");
            FakeInteraction again = fake.clickButton(fake.user().id(), messageId, DiscordTestBed.buttonId(answer, "rb:vote:"));
            assertThat(bed.awaitEdit(again).body().path("content").asText()).contains("already rated");
            String downId = DiscordTestBed.buttonIds(answer).stream().filter(id -> id.endsWith(":down")).findFirst().orElseThrow();
            FakeInteraction down = fake.clickButton(fake.admin().id(), messageId, downId);
            bed.awaitEdit(down);

            assertThat(log.helpfulCount()).isEqualTo(1);
            assertThat(log.unhelpfulCount()).isEqualTo(1);
            List<String> lines = Files.readAllLines(file);
            assertThat(lines).hasSize(2);
            JsonNode vote = DiscordPayloads.JSON.readTree(lines.get(0));
            assertThat(vote.path("platform").asText()).isEqualTo("discord");
            assertThat(vote.path("user").asText()).isEqualTo(fake.user().id());
            assertThat(vote.path("question").asText()).isEqualTo("how is the acting in Ballerina?");
            assertThat(vote.path("helpful").asBoolean()).isTrue();
            assertThat(vote.at("/citations/0/review").asText()).isEqualTo("Ballerina");
            assertThat(vote.at("/citations/0/section").asText()).isEqualTo("Acting");
            assertThat(DiscordPayloads.JSON.readTree(lines.get(1)).path("helpful").asBoolean()).isFalse();
        }
    }
}
