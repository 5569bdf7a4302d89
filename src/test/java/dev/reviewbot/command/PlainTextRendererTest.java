package dev.reviewbot.command;

/** The console's and command line's renderer keeps the contract. */
class PlainTextRendererTest extends ReplyRendererContract {

    private final PlainTextRenderer renderer = new PlainTextRenderer();

    @Override
    protected String visibleText(Reply reply) {
        return renderer.render(reply);
    }
}
