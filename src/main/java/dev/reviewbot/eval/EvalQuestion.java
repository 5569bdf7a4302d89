package dev.reviewbot.eval;

import java.util.List;

/**
 * One line of an eval set.
 *
 * @param q          the question, asked without scope: the bot must find the film itself
 * @param film       the film it is about
 * @param sections   section names that are acceptable as the first citation
 * @param facts      any one of these must appear in the answer
 * @param answerable false when the reviews do not say, and the bot should decline
 */
public record EvalQuestion(String q, String film, List<String> sections, List<String> facts, boolean answerable) {

    public EvalQuestion {
        sections = sections == null ? List.of() : List.copyOf(sections);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }
}
