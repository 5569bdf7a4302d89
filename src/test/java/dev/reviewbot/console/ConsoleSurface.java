package dev.reviewbot.console;

import dev.reviewbot.Surface;
import dev.reviewbot.app.ReviewBot;

/** The console chat, typed into line by line. It has no buttons. */
public final class ConsoleSurface implements Surface {

    private final ConsoleChat chat;

    public ConsoleSurface(ReviewBot bot) {
        this.chat = new ConsoleChat(bot.commands(), bot.parser());
    }

    @Override
    public String name() {
        return "console";
    }

    @Override
    public String ask(String question) {
        return chat.respond(question);
    }

    @Override
    public String listReviews() {
        return chat.respond("/reviews");
    }

    @Override
    public String showReview(String film, String section) {
        return chat.respond("/review " + film + " " + section);
    }

    @Override
    public String fullSectionOfLastAnswer() {
        return null;
    }

    @Override
    public String voteOnLastAnswer(boolean helpful) {
        return null;
    }

    @Override
    public String upload(String fileName, String content) {
        return null; // the console adds reviews with `reviewbot ingest`, not from the chat
    }

    @Override
    public void close() {
    }
}
