package dev.reviewbot.discord;

import dev.reviewbot.command.Reply;
import dev.reviewbot.command.ReplyRendererContract;

/** Discord's renderer keeps the contract: every reply becomes a message that JDA accepts, showing what it says. */
class ReplyViewsContractTest extends ReplyRendererContract {

    private final ReplyViews views = new ReplyViews(new ReviewViews(10));

    @Override
    protected String visibleText(Reply reply) {
        return DiscordTestBed.text(DiscordViewsTest.json(views.render(reply)));
    }
}
