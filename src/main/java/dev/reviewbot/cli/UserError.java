package dev.reviewbot.cli;

/** A problem the user can fix; printed as one line on stderr, no stack trace. */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
