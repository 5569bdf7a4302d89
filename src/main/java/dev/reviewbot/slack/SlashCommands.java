package dev.reviewbot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /review ...}: acknowledged at once, answered privately through the command's response_url. */
final class SlashCommands {

    static final String COMMAND = "/review";
    private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);

    private final Answering answering;
    private final AfterAck afterAck;

    SlashCommands(Answering answering, AfterAck afterAck) {
        this.answering = answering;
        this.afterAck = afterAck;
    }

    Response onCommand(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload command = request.getPayload();
        afterAck.run(COMMAND, () -> {
            Answering.Outgoing out = answering.reply(command.getUserId(),
                    Places.slashCommands(command.getChannelId(), command.getUserId()),
                    IncomingText.plain(command.getText(), null), AnswerView.PRIVATE);
            WebhookResponse sent = ctx.respond(SlashCommandResponse.builder().responseType("ephemeral")
                    .text(out.message().text()).blocks(out.message().blocks()).build());
            if (sent.getCode() != 200) {
                log.warn("Slack: the /review response_url answered HTTP {}", sent.getCode());
            }
        });
        return ctx.ack();
    }
}
