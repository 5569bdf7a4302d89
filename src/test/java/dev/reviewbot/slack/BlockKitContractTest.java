package dev.reviewbot.slack;

import dev.reviewbot.command.Reply;
import dev.reviewbot.command.ReplyRendererContract;

/** Slack's renderer keeps the contract: every reply becomes Block Kit showing what it says. */
class BlockKitContractTest extends ReplyRendererContract {

    private final BlockKitRenderer renderer = new BlockKitRenderer(new HelpText(true));

    @Override
    protected String visibleText(Reply reply) {
        SlackMessage message = renderer.render(reply);
        return message.text() + "\n" + Posted.blocksText(message.blocks());
    }
}
