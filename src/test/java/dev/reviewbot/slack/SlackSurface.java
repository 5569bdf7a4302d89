package dev.reviewbot.slack;

import static dev.reviewbot.slack.SlackPayloads.buttonClick;
import static dev.reviewbot.slack.SlackPayloads.eventCallback;
import static dev.reviewbot.slack.SlackPayloads.file;
import static dev.reviewbot.slack.SlackPayloads.fileShare;
import static dev.reviewbot.slack.SlackPayloads.newEventId;
import static dev.reviewbot.slack.SlackPayloads.newTs;
import static dev.reviewbot.slack.SlackPayloads.slashCommand;

import dev.reviewbot.Surface;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.config.BotConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The real Slack adapter against a fake Slack (Socket Mode): /review, button clicks and DMed files by one user (an admin). */
public final class SlackSurface implements Surface {

    private static final AtomicLong RESPONSES = new AtomicLong();

    private final SlackRig rig;
    private final String user = SlackRig.id("U");
    private final String channel = SlackRig.id("C");
    private RecordedCall lastAnswer;

    public SlackSurface(ReviewBot bot) throws Exception {
        this.rig = SlackRig.start(SlackRig.Mode.SOCKET_MODE, bot,
                c -> new BotConfig.SlackConfig(c.port(), c.apiUrl(), List.of(user), c.threadFollowUps()));
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public String ask(String question) {
        lastAnswer = review(question);
        return Posted.allText(lastAnswer);
    }

    @Override
    public String listReviews() {
        return Posted.allText(review("list"));
    }

    @Override
    public String showReview(String film, String section) {
        return Posted.allText(review("show " + film + " " + section));
    }

    @Override
    public String fullSectionOfLastAnswer() {
        return click(ActionIds.FULL_SECTION_PREFIX + "0", Posted.buttonValue(lastAnswer, ActionIds.FULL_SECTION_PREFIX));
    }

    @Override
    public String voteOnLastAnswer(boolean helpful) {
        return click(helpful ? ActionIds.HELPFUL : ActionIds.NOT_HELPFUL, Posted.buttonValue(lastAnswer, ActionIds.HELPFUL));
    }

    @Override
    public String upload(String fileName, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String dm = SlackRig.id("D");
        String fileId = "F" + dm;
        String url = rig.fake.addFile(fileId, fileName, "text/markdown", bytes);
        rig.event(eventCallback(fileShare(user, dm, newTs(), file(fileId, fileName, "text/markdown", bytes.length, url)),
                newEventId()));
        return Posted.allText(rig.awaitPost(dm));
    }

    private RecordedCall review(String text) {
        String id = "r" + RESPONSES.incrementAndGet();
        rig.slashCommand(slashCommand("/review", text, user, channel, rig.fake.responseUrl(id)));
        return rig.awaitResponse(id);
    }

    private String click(String actionId, String value) {
        String id = "c" + RESPONSES.incrementAndGet();
        rig.interaction(buttonClick(user, channel, actionId, value, newTs(), rig.fake.responseUrl(id)));
        return Posted.allText(rig.awaitResponse(id));
    }

    @Override
    public void close() {
        rig.close();
    }
}
