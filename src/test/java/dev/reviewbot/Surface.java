package dev.reviewbot;

/**
 * One place a user meets the bot (the console, Discord, Slack), driven the way a user drives it; each
 * method returns the visible text of the bot's reply. Actions a surface does not have return null.
 */
public interface Surface extends AutoCloseable {

    String name();

    String ask(String question) throws Exception;

    String listReviews() throws Exception;

    String showReview(String film, String section) throws Exception;

    /** The "Full section" button of the last answer (its first citation). */
    String fullSectionOfLastAnswer() throws Exception;

    /** A thumbs up or down on the last answer. */
    String voteOnLastAnswer(boolean helpful) throws Exception;

    /** An admin uploads a review file (a chat attachment or file share). */
    String upload(String fileName, String content) throws Exception;

    @Override
    void close();
}
