package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.retrieval.Retrieval;

/**
 * Writes the answer to an understood question from what retrieval found. Implementations never answer
 * beyond the retrieved passages: an answer either cites stored sections or declines.
 */
public interface Answerer {

    Answer answer(Question question, Retrieval retrieval, Catalog catalog);

    /**
     * What else the answers depend on (a model and prompt version, say), so that cached answers of one
     * answerer are never served by another. The same string means interchangeable answers.
     */
    default String cacheIdentity() {
        return "extractive";
    }
}
