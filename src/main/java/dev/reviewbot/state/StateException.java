package dev.reviewbot.state;

/** The shared state could not be read or written (the database is down or refused the statement). */
public final class StateException extends RuntimeException {

    StateException(String sql, Throwable cause) {
        super("the shared chat state in PostgreSQL failed (" + sql.strip().split("\\s+", 3)[0] + " ...): "
                + cause.getMessage(), cause);
    }
}
