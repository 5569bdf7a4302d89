package dev.reviewbot.answer;

import java.time.Duration;
import java.util.List;

/**
 * An answer with how it was produced: from the cache or not, how long it took, and what the question was
 * about as understood (its films and aspects).
 */
public record AnswerResult(Answer answer, boolean cached, Duration elapsed, Topic topic) {

    public AnswerResult(Answer answer, boolean cached, Duration elapsed) {
        this(answer, cached, elapsed, Topic.NONE);
    }

    /** The films and aspects (their names, e.g. "acting") a question was understood to be about. */
    public record Topic(List<String> films, List<String> aspects) {

        public static final Topic NONE = new Topic(List.of(), List.of());

        public Topic {
            films = List.copyOf(films);
            aspects = List.copyOf(aspects);
        }
    }
}
