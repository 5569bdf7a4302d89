package dev.reviewbot.llm;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's answer against the sections it was given, instead of hoping it followed the rules. It
 * is accepted only when it cites at least one section, every cited number is one that was given, and it
 * does not echo the prompt's fences. The accepted answer cites only the sections it names, renumbered
 * [1], [2]... in order of first mention, so it renders exactly like an extractive answer.
 */
final class Grounding {

    /** "[2]" or "[1, 3]". */
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3}(?:\\s*,\\s*\\d{1,3})*)]");
    /** A few sentences were asked for: a wall of text means the model did something else. */
    static final int MAX_PROSE_CHARS = 2000;

    private Grounding() {
    }

    /** Why an answer was refused, for the log (never shown to users, who get the extractive answer). */
    enum Rejection { EMPTY, TOO_LONG, NO_CITATION, UNKNOWN_SECTION, ECHOES_FENCE }

    /** The outcome: an answer to show, or why not. */
    record Checked(Optional<Answer.Grounded> answer, Rejection rejection) {
    }

    static Checked check(String question, String reply, List<Source> sources) {
        String prose = reply == null ? "" : reply.strip();
        if (prose.isEmpty()) {
            return rejected(Rejection.EMPTY);
        }
        if (prose.length() > MAX_PROSE_CHARS) {
            return rejected(Rejection.TOO_LONG);
        }
        if (prose.contains("<<<") || prose.contains(">>>")) {
            return rejected(Rejection.ECHOES_FENCE);
        }
        Map<Integer, Integer> renumbered = new LinkedHashMap<>(); // given number -> shown number
        Matcher m = MARKER.matcher(prose);
        while (m.find()) {
            for (String n : m.group(1).split("\\s*,\\s*")) {
                int number = Integer.parseInt(n.strip());
                if (number < 1 || number > sources.size()) {
                    return rejected(Rejection.UNKNOWN_SECTION);
                }
                renumbered.putIfAbsent(number, renumbered.size() + 1);
            }
        }
        if (renumbered.isEmpty()) {
            return rejected(Rejection.NO_CITATION);
        }
        List<Citation> citations = new ArrayList<>();
        renumbered.keySet().forEach(n -> citations.add(sources.get(n - 1).citation()));
        String shown = MARKER.matcher(prose).replaceAll(r -> {
            StringBuilder markers = new StringBuilder();
            for (String n : r.group(1).split("\\s*,\\s*")) {
                markers.append('[').append(renumbered.get(Integer.parseInt(n.strip()))).append(']');
            }
            return Matcher.quoteReplacement(markers.toString());
        });
        return new Checked(Optional.of(new Answer.Grounded(question, citations, shown, null)), null);
    }

    private static Checked rejected(Rejection why) {
        return new Checked(Optional.empty(), why);
    }
}
