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
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst()
                .or(() -> Optional.ofNullable(SIDED.get(key)).map(Sided::kind));
    }

    /**
     * The side a description's key names, +1 praise, -1 criticism, 0 none: "pros" and "cons" are pros-and-cons
     * questions asking for one side, "better" and "worse" comparisons asking for the best or the worst.
     */
    public static int sideOf(String key) {
        Sided sided = SIDED.get(key);
        return sided == null ? 0 : sided.side();
    }

    private record Sided(OpinionKind kind, int side) {
    }

    private static final java.util.Map<String, Sided> SIDED = java.util.Map.of(
            "pros", new Sided(PROS_CONS, 1), "cons", new Sided(PROS_CONS, -1),
            "better", new Sided(COMPARISON, 1), "worse", new Sided(COMPARISON, -1));
}
