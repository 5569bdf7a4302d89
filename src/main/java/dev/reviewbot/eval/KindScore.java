package dev.reviewbot.eval;

import java.util.Locale;

/**
 * How one kind of question fared: right as issue 8 defines it (answered with the right film, an allowed
 * section and an expected fact; or, when unanswerable, declined), and how many were declined.
 */
public record KindScore(String kind, int questions, int right, int declined) {

    public double rightRate() {
        return questions == 0 ? 1 : (double) right / questions;
    }

    public double declinedRate() {
        return questions == 0 ? 0 : (double) declined / questions;
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %.1f%% (%d) | %.1f%% (%d) |", kind, questions, 100 * rightRate(),
                right, 100 * declinedRate(), declined);
    }

    KindScore plus(boolean isRight, boolean isDeclined) {
        return new KindScore(kind, questions + 1, right + (isRight ? 1 : 0), declined + (isDeclined ? 1 : 0));
    }
}
