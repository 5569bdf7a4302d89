package dev.reviewbot.answer;

/** The question cannot be asked as it is (empty, too long, about an unknown film); the message says why. */
public class InvalidQuestionException extends RuntimeException {
    public InvalidQuestionException(String message) {
        super(message);
    }
}
