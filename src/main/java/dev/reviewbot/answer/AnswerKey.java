package dev.reviewbot.answer;

import java.util.List;

/**
 * What an answer depends on, known before any analysis so that a repeated question costs one hash lookup:
 * the normalised question, the film scope given with it, the conversation's context when it has no scope
 * (follow-ups depend on it), the library version (an ingest makes every older answer unreachable), and
 * the answerer's {@link Answerer#cacheIdentity() identity} (an LLM's model and prompt version).
 */
public record AnswerKey(String question, List<String> scope, Conversations.State context, long libraryVersion,
                        String answerer) {
}
