package dev.reviewbot.command;

/**
 * A per-user allowance of questions, and when to speak about it: a user is told once that they are
 * limited, and after that the bot stays quiet until a question is allowed again.
 *
 * <p>Contract: keys are {@link Requester#userKey()}; one user's use never changes another's admission;
 * {@link #firstNotice} is true once per key and notice within a window (a minute), false after.
 */
public interface RateLimits {

    /** What to do with a user's question. */
    enum Admission {
        /** Answer it. */
        ANSWER,
        /** Refuse it, and say so: the first refusal since the user was last allowed. */
        TELL_LIMITED,
        /** Refuse it without a message (a reaction at most): the user has been told. */
        STAY_QUIET
    }

    /** Takes one question from the user's allowance and says whether to answer, to tell, or to stay quiet. */
    Admission admit(String userKey);

    /** True the first time in a window that this user is given this notice (e.g. "hint"); false after. */
    boolean firstNotice(String userKey, String notice);

    /** Questions a user may ask per minute, for the message; 0 or less when there is no limit. */
    int perMinute();
}
