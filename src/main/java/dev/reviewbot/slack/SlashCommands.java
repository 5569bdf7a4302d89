package dev.reviewbot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /review ...}: acknowledged at once, answered privately through the command's response_url.
 *
 * <p>When answers may be slow (a language model writes them), a question's ack itself carries a private
 * "Looking through the reviews…", so the asker sees at once that the bot is working; the answer follows as
 * its own private message. It cannot replace the placeholder: Slack ignores replace_original for a slash
 * command's response_url (slackapi/bolt-js#2287, bolt-python#1268), and chat.update cannot edit ephemeral
 * messages. Without a model the answer comes within a second and needs no placeholder.
 */
final class SlashCommands {

    static final String COMMAND = "/review";
    private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);

    private final Answering answering;
    private final AfterAck afterAck;
    private final boolean placeholders;

    /** @param placeholders whether answers may take seconds, so that questions are acked with a placeholder */
    SlashCommands(Answering answering, AfterAck afterAck, boolean placeholders) {
        this.answering = answering;
        this.afterAck = afterAck;
        this.placeholders = placeholders;
    }

    Response onCommand(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload command = request.getPayload();
        // Parsing and the rate limit are quick: they decide the ack before Slack's 3 seconds are up.
        Answering.Turn turn = answering.understand(Places.slashCommands(command.getUserId(), command.getChannelId()),
                IncomingText.plain(command.getText(), null));
        afterAck.run(COMMAND, () -> {
            Answering.Outgoing out = answering.run(turn, AnswerView.PRIVATE);
            WebhookResponse sent = ctx.respond(SlashCommandResponse.builder().responseType("ephemeral")
                    .text(out.message().text()).blocks(out.message().blocks()).build());
            if (sent.getCode() != 200) {
                log.warn("Slack: the /review response_url answered HTTP {}", sent.getCode());
            } else if (!out.quiet() && !out.message().images().isEmpty()) {
                // The answer is private; its pictures go where only the asker sees them too: the DM with the bot.
                ImageUploads.uploadToDm(ctx.client(), command.getUserId(), out.message().images());
            }
        });
        if (placeholders && turn.question()) {
            SlackMessage working = answering.placeholder();
            return ctx.ack(SlashCommandResponse.builder().responseType("ephemeral").text(working.text())
                    .blocks(working.blocks()).build());
        }
        return ctx.ack();
    }
}
