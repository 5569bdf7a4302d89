package dev.reviewbot.slack;

import static dev.reviewbot.slack.SlackPayloads.buttonClick;
import static dev.reviewbot.slack.SlackPayloads.newTs;
import static dev.reviewbot.slack.SlackPayloads.slashCommand;

import dev.reviewbot.Surface;
import dev.reviewbot.app.ReviewBot;
import java.util.concurrent.atomic.AtomicLong;

/** The real Slack adapter against a fake Slack (Socket Mode): /review and button clicks by one user. */
public final class SlackSurface implements Surface {

    private static final AtomicLong RESPONSES = new AtomicLong();

    private final SlackRig rig;
    private final String user = SlackRig.id("U");
    private final String channel = SlackRig.id("C");
    private RecordedCall lastAnswer;

    public SlackSurface(ReviewBot bot) throws Exception {
        this.rig = SlackRig.start(SlackRig.Mode.SOCKET_MODE, bot, config -> config);
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
