package dev.reviewbot.retrieval;

import java.util.List;
import java.util.Map;

/**
 * What retrieval found for a question.
 *
 * @param passages    best first
 * @param termWeights how telling each of the question's terms is (inverse document frequency)
 */
public record Retrieval(List<ScoredPassage> passages, Map<String, Double> termWeights) {

    public Retrieval {
        passages = List.copyOf(passages);
        termWeights = Map.copyOf(termWeights);
    }

    /**
     * The share of the question's term weight that {@code found} accepts, leaving the {@code ignored} terms
     * out of the count. When every term is ignored the text counts as fully covering them (a section on the
     * aspect asked about); a question with no terms at all covers nothing.
     */
    public double coverage(java.util.function.Predicate<String> found, java.util.Collection<String> ignored) {
        double total = 0;
        double covered = 0;
        for (Map.Entry<String, Double> term : termWeights.entrySet()) {
            if (!ignored.contains(term.getKey())) {
                total += term.getValue();
                covered += found.test(term.getKey()) ? term.getValue() : 0;
            }
        }
        if (total == 0) {
            return termWeights.isEmpty() ? 0 : 1;
        }
        return covered / total;
    }
}
