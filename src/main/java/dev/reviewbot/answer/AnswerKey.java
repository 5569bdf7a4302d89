package dev.reviewbot.answer;

import java.util.List;

/**
 * What an answer depends on: the normalised question, the films it was scoped to, and the library
 * version (an ingest makes every older answer unreachable).
 */
public record AnswerKey(String question, List<String> films, long libraryVersion) {
}
