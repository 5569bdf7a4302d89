package dev.reviewbot.feedback;

import dev.reviewbot.answer.Citation;
import java.time.Instant;
import java.util.List;

/**
 * A user's thumbs up or down on an answer, with what was asked and cited, for later review.
 *
 * @param space the server or workspace it was given in; null in a DM (and in lines written before it was kept)
 */
public record Feedback(Instant at, String platform, String user, String question, boolean helpful,
                       List<Citation> citations, String space) {

    public Feedback {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
