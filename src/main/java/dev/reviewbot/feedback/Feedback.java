package dev.reviewbot.feedback;

import dev.reviewbot.answer.Citation;
import java.time.Instant;
import java.util.List;

/** A user's thumbs up or down on an answer, with what was asked and cited, for later review. */
public record Feedback(Instant at, String platform, String user, String question, boolean helpful,
                       List<Citation> citations) {

    public Feedback {
        citations = List.copyOf(citations);
    }
}
