package dev.reviewbot.slack;

import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.RemovalTicket;
import dev.reviewbot.command.Reply;
import dev.reviewbot.command.Requester;
import dev.reviewbot.command.SeenEvents;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer buttons: "Full section" (shown to the clicker only), feedback (counted by the core once per
 * user and answer) and "Share in channel" (posts a private answer for everyone); and Remove / Cancel under an
 * admin's removal preview.
 */
final class ButtonClicks {

    private static final Logger log = LoggerFactory.getLogger(ButtonClicks.class);

    private final CommandService commands;
    private final BlockKitRenderer renderer;
    private final AfterAck afterAck;
    private final SeenEvents once;
    private final SlackAdmins admins;

    ButtonClicks(CommandService commands, BlockKitRenderer renderer, AfterAck afterAck, SeenEvents once,
                 SlackAdmins admins) {
        this.commands = commands;
        this.renderer = renderer;
        this.afterAck = afterAck;
        this.once = once;
        this.admins = admins;
    }

    Response onFullSection(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload click = request.getPayload();
        String value = clickedValue(click);
        Requester who = clicker(click);
        afterAck.run("full section", () -> {
            SlackMessage message;
            try {
                SectionRef ref = SectionRef.parse(value);
                message = renderer.render(commands.execute(who,
                        new BotCommand.CitedSection(ref.film(), ref.section(), Optional.ofNullable(ref.reviewer()))));
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
        Requester who = clicker(click);
        afterAck.run("feedback", () -> respond(ctx, "ephemeral",
                renderer.render(commands.execute(who, new BotCommand.Vote(answerId, helpful)))));
        return ctx.ack();
    }

    Response onShare(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload click = request.getPayload();
        String answerId = clickedValue(click);
        Requester who = clicker(click);
        String channel = click.getChannel() == null ? null : click.getChannel().getId();
        afterAck.run("share", () -> {
            Reply recalled = commands.execute(who, new BotCommand.Recall(answerId));
            if (!(recalled instanceof Reply.AnswerReply)) {
                respond(ctx, "ephemeral", renderer.render(recalled));
                return;
            }
            if (!once.firstTime("share/" + answerId + "/" + who.user())) {
                return;
            }
            SlackMessage shared = renderer.render(recalled, AnswerView.SHARED, who.user());
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

    /** Remove under a removal's preview: admins only, checked again at the click. */
    Response onConfirmRemoval(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload click = request.getPayload();
        String value = clickedValue(click);
        Requester who = clicker(click);
        afterAck.run("remove (confirmed)", () -> {
            SlackMessage message;
            if (!admins.isAdmin(ctx.client(), who.user())) {
                message = renderer.notice(ReviewRemovals.REFUSAL);
            } else {
                try {
                    message = renderer.render(commands.execute(who,
                            new BotCommand.ConfirmRemoval(RemovalTicket.parse(value))));
                } catch (IllegalArgumentException e) {
                    message = renderer.notice("Sorry: this button does not name a removal.");
                }
            }
            replaceClicked(ctx, message);
        });
        return ctx.ack();
    }

    Response onCancelRemoval(BlockActionRequest request, ActionContext ctx) {
        Requester who = clicker(request.getPayload());
        afterAck.run("remove (cancelled)", () ->
                replaceClicked(ctx, renderer.render(commands.execute(who, new BotCommand.CancelRemoval()))));
        return ctx.ack();
    }

    private static Requester clicker(BlockActionPayload click) {
        return Places.click(click.getUser().getId(), click.getChannel() == null ? null : click.getChannel().getId());
    }

    private static String clickedValue(BlockActionPayload click) {
        return click.getActions() == null || click.getActions().isEmpty() ? null : click.getActions().get(0).getValue();
    }

    /** The preview becomes the outcome, so its buttons cannot be clicked twice. */
    private static void replaceClicked(ActionContext ctx, SlackMessage message) throws IOException {
        WebhookResponse sent = ctx.respond(ActionResponse.builder().replaceOriginal(true)
                .text(message.text()).blocks(message.blocks()).build());
        if (sent.getCode() != 200) {
            log.warn("Slack: the button's response_url answered HTTP {}", sent.getCode());
        }
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
