package dev.reviewbot.opinion;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question about opinions that are answered by polarity rather than by resemblance. */
public enum OpinionKind {
    /** "What are the weaknesses of X?", "best thing about X": the most negative or positive sentences. */
    PROS_CONS("pros-cons"),
    /** "Do the reviewers agree on the music?": each reviewer's sentence on it. */
    DISAGREEMENT("disagreement"),
    /** "Which film has the best score?", "is X better than Y?": films ranked by what their reviews say. */
    COMPARISON("comparison");

    private final String key;

    OpinionKind(String key) {
        this.key = key;
    }

    /** The name in config/reviewbot.yaml ({@code opinions.kinds}). */
    public String key() {
        return key;
    }

    public static Optional<OpinionKind> named(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
