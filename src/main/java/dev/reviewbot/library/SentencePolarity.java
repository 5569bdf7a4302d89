package dev.reviewbot.library;

import java.util.Collections;
import java.util.List;

/**
 * Scores sentences from criticism (-1) to praise (+1), once each at ingest, so that asking costs nothing
 * extra. The implementation (dev.reviewbot.opinion) embeds each sentence and applies fitted weights.
 */
public interface SentencePolarity {

    /** No scoring: passages are stored without polarity (libraries built for tests that do not need it). */
    SentencePolarity NONE = new SentencePolarity() {
        @Override
        public List<Double> score(List<String> sentences) {
            return Collections.nCopies(sentences.size(), Double.NaN);
        }

        @Override
        public String version() {
            return "none";
        }
    };

    /** One score in [-1, 1] per sentence, in order; NaN where there is no score. */
    List<Double> score(List<String> sentences);

    /** Names the weights, so that a library can tell when its stored scores came from other ones. */
    String version();
}
