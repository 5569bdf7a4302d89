package dev.reviewbot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.Surface;
import dev.reviewbot.app.ReviewBot;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The real Discord adapter against a fake Discord: slash commands and button clicks by one user. */
public final class DiscordSurface implements Surface {

    private final DiscordTestBed bed;
    private JsonNode lastAnswer;

    public DiscordSurface(ReviewBot bot) throws Exception {
        this.bed = DiscordTestBed.over(bot).start();
    }

    @Override
    public String name() {
        return "discord";
    }

    @Override
    public String ask(String question) {
        FakeInteraction ask = bed.fake.sendSlashCommand(bed.fake.user().id(), "ask", Map.of("question", question));
        String text = DiscordTestBed.text(bed.awaitEdit(ask).body());
        lastAnswer = bed.fake.originalMessage(ask).orElseThrow();
        return text;
    }

    @Override
    public String listReviews() {
        return slash("reviews", Map.of());
    }

    @Override
    public String showReview(String film, String section) {
        return slash("review", Map.of("film", film, "section", section));
    }

    @Override
    public String fullSectionOfLastAnswer() {
        return click(DiscordTestBed.buttonId(lastAnswer, "rb:full:"));
    }

    @Override
    public String voteOnLastAnswer(boolean helpful) {
        String suffix = helpful ? ":up" : ":down";
        return click(DiscordTestBed.buttonIds(lastAnswer).stream().filter(id -> id.endsWith(suffix)).findFirst()
                .orElseThrow());
    }

    @Override
    public String upload(String fileName, String content) {
        FakeAttachment file = bed.fake.attachment(fileName, "text/markdown", content.getBytes(StandardCharsets.UTF_8));
        FakeInteraction add = bed.fake.sendSlashCommand(bed.fake.admin().id(), "review-admin add", Map.of("file", file));
        return DiscordTestBed.text(bed.awaitEdit(add).body());
    }

    private String slash(String command, Map<String, String> options) {
        return DiscordTestBed.text(bed.awaitEdit(bed.fake.sendSlashCommand(bed.fake.user().id(), command, options)).body());
    }

    private String click(String customId) {
        FakeInteraction click = bed.fake.clickButton(bed.fake.user().id(), lastAnswer.get("id").asText(), customId);
        return DiscordTestBed.text(bed.awaitEdit(click).body());
    }

    @Override
    public void close() {
        bed.close();
    }
}
