package dev.reviewbot.database;

/** The database cannot be used: unreachable, refused the login, or its schema cannot be migrated. One line. */
public final class DatabaseException extends RuntimeException {

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
