package dev.reviewbot.eval;

import java.util.List;

/**
 * One line of an eval set.
 *
 * @param q          the question, asked without scope: the bot must find the film itself
 * @param kind       what sort of question it is ("actor", "metadata", "film not stored"...), or null
 * @param film       the film it is about; null for a film the library does not hold
 * @param sections   section names that are acceptable as the first citation; empty: any section of the film
 * @param facts      any one of these must appear in the answer (none listed: nothing to check)
 * @param all        every one of these must appear in the answer as well
 * @param answerable false when the reviews do not say, and the bot should decline
 */
public record EvalQuestion(String q, String kind, String film, List<String> sections, List<String> facts,
                           List<String> all, boolean answerable) {

    public EvalQuestion {
        sections = sections == null ? List.of() : List.copyOf(sections);
        facts = facts == null ? List.of() : List.copyOf(facts);
        all = all == null ? List.of() : List.copyOf(all);
        kind = kind == null || kind.isBlank() ? "unlabelled" : kind.strip();
    }

    /** A line of the older shape, without kind and "all". */
    public EvalQuestion(String q, String film, List<String> sections, List<String> facts, boolean answerable) {
        this(q, null, film, sections, facts, List.of(), answerable);
    }
}
