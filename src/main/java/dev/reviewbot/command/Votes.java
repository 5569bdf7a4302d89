package dev.reviewbot.command;

/**
 * Who already voted on which answer, so repeated clicks count once.
 *
 * <p>Contract: {@link #firstVote} is atomic: for one answer id and user key, exactly one call returns true
 * while the answer can still be found in {@link RecentAnswers} (a day); every other call returns false.
 */
public interface Votes {

    boolean firstVote(String answerId, String userKey);
}
