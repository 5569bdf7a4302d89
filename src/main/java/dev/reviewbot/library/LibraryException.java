package dev.reviewbot.library;

/** The library cannot do what was asked; the message says why in words a user can act on. */
public class LibraryException extends RuntimeException {
    public LibraryException(String message) {
        super(message);
    }
}
