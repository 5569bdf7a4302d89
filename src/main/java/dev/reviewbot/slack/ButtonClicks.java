package dev.reviewbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.ConversationId;
import dev.reviewbot.answer.RecentAnswers;
import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.feedback.Feedback;
import dev.reviewbot.feedback.FeedbackLog;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer buttons: "Full section" (shown to the clicker only), feedback (recorded in the FeedbackLog,
 * once per user and answer) and "Share in channel" (posts a private answer for everyone).
 */
final class ButtonClicks {

    private static final Logger log = LoggerFactory.getLogger(ButtonClicks.class);

    private final CommandService commands;
    private final RecentAnswers recentAnswers;
    private final FeedbackLog feedback;
    private final BlockKitRenderer renderer;
    private final AfterAck afterAck;
    private final OnceOnly once;
    private final Clock clock;

    ButtonClicks(CommandService commands, RecentAnswers recentAnswers, FeedbackLog feedback, BlockKitRenderer renderer,
                 AfterAck afterAck, OnceOnly once, Clock clock) {
        this.commands = commands;
        this.recentAnswers = recentAnswers;
        this.feedback = feedback;
        this.renderer = renderer;
        this.afterAck = afterAck;
        this.once = once;
        this.clock = clock;
    }

    Response onFullSection(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload click = request.getPayload();
        String value = clickedValue(click);
        ConversationId place = Places.click(click.getUser().getId());
        afterAck.run("full section", () -> {
            SlackMessage message;
            try {
                SectionRef ref = SectionRef.parse(value);
                message = renderer.render(commands.execute(place,
                        new BotCommand.ShowReview(ref.film(), Optional.of(ref.section()))));
            } catch (IllegalArgumentException e) {
                message = renderer.notice("Sorry: this button does not name a review section.");
            }
            respond(ctx, "ephemeral", message);
        });
        return ctx.ack();
    }

    Response onFeedback(BlockActionRequest request, ActionContext ctx, boolean helpful) {
        BlockActionPayload click = request.getPayload();
        String answerId = clickedValue(click);
        String user = click.getUser().getId();
        afterAck.run("feedback", () -> {
            Optional<Answer> answer = recentAnswers.find(answerId);
            String thanks;
            if (answer.isEmpty()) {
                thanks = "That answer is too old to rate now; ask again and rate the new one.";
            } else if (!once.firstTime("vote/" + answerId + "/" + user)) {
                thanks = "You have already rated this answer. Thanks!";
            } else {
                feedback.record(new Feedback(clock.instant(), Places.PLATFORM, user, answer.get().question(), helpful,
                        answer.get().citations()));
                thanks = helpful ? "Thanks, noted as helpful." : "Thanks, noted as not helpful; it will be looked at.";
            }
            respond(ctx, "ephemeral", renderer.notice(thanks));
        });
        return ctx.ack();
    }

    Response onShare(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload click = request.getPayload();
        String answerId = clickedValue(click);
        String user = click.getUser().getId();
        String channel = click.getChannel() == null ? null : click.getChannel().getId();
        afterAck.run("share", () -> {
            Optional<Answer> answer = recentAnswers.find(answerId);
            if (answer.isEmpty()) {
                respond(ctx, "ephemeral", renderer.notice("That answer is too old to share; ask again."));
                return;
            }
            if (!once.firstTime("share/" + answerId + "/" + user)) {
                return;
            }
            SlackMessage shared = renderer.answer(answer.get(), answerId, AnswerView.SHARED, user);
            // Without chat:write.public or membership Slack refuses the post; the response_url can still post.
            if (channel == null || !Outbox.post(ctx.client(), channel, null, shared)) {
                respond(ctx, "in_channel", shared);
            }
            WebhookResponse deleted = ctx.respond(ActionResponse.builder().deleteOriginal(true).build());
            if (deleted.getCode() != 200) {
                log.warn("Slack: deleting the private answer after sharing failed: HTTP {}", deleted.getCode());
            }
        });
        return ctx.ack();
    }

    private static String clickedValue(BlockActionPayload click) {
        return click.getActions() == null || click.getActions().isEmpty() ? null : click.getActions().get(0).getValue();
    }

    /** @param responseType "ephemeral" (the clicker only) or "in_channel"; the clicked message stays */
    private static void respond(ActionContext ctx, String responseType, SlackMessage message) throws IOException {
        WebhookResponse sent = ctx.respond(ActionResponse.builder().responseType(responseType).replaceOriginal(false)
                .text(message.text()).blocks(message.blocks()).build());
        if (sent.getCode() != 200) {
            log.warn("Slack: the button's response_url answered HTTP {}", sent.getCode());
        }
    }
}
