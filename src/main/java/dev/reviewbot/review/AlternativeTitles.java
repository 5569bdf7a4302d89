package dev.reviewbot.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other names a review gives its film: the title it was released under elsewhere ("released in Britain as
 * Summer of Hailstones"), its original or international title ("\"Vindmølle 14\" (international title: Turbine
 * 14)"), or what it is also known as. A user may ask by any of them. Found by the phrases that introduce a title,
 * a closed set; the name itself is a quoted span or a run of capitalised words.
 */
public final class AlternativeTitles {

    /** A run of capitalised words (numbers too), small words allowed between them: "Summer of Hailstones". */
    private static final String NAME = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’-]*(?:\\s+(?:(?:of|the|a|an|and|in|on|at|to|for|de|des|du|la|le|el|di)\\s+)*"
            + "[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’-]*)*";
    private static final String QUOTED = "[\"“*_]([^\"”*_\\n]{2,60})[\"”*_]";
    private static final String TITLE = "(?:" + QUOTED + "|(" + NAME + "))";

    /** "released in Britain as X", "known in the US as X", "retitled X", "also known as X", "aka X". */
    private static final Pattern INTRODUCED = Pattern.compile("\\b(?:(?i:released|known|shown|distributed|sold)"
            + "(?:\\s+(?:in|across)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?|\\s+abroad|\\s+internationally|\\s+here)?\\s+as"
            + "|(?i:retitled|also\\s+known\\s+as|a\\.?k\\.?a\\.?))\\s+" + TITLE);
    /** "international title: X", "original title X", "English title, X". */
    private static final Pattern LABELLED = Pattern.compile("(?i:\\b(?:international|original|english(?:-language)?|us|uk|british|american)"
            + "\\s+title)[:,]?\\s+" + TITLE);
    /** "\"Vindmølle 14\" (international title: Turbine 14)": the name given before the other title, in quotes. */
    private static final Pattern BEFORE_LABEL = Pattern.compile(QUOTED + "\\s*\\((?i:(?:international|original|english(?:-language)?|us|uk"
            + "|british|american)\\s+title)");

    /** The words {@link #INTRODUCED} needs (in lower case): a text holding none of them is not scanned by it. */
    private static final List<String> INTRODUCING_WORDS = List.of("released", "known", "shown", "distributed", "sold",
            "retitled", "aka", "a.k", "ak.a");

    private AlternativeTitles() {
    }

    /** The review's other names for its film, its own title left out, in the order the review gives them. */
    public static List<String> of(Review review) {
        Set<String> names = new LinkedHashSet<>();
        for (Section section : review.sections()) {
            for (Pattern pattern : patternsThatMayMatch(section.text())) {
                Matcher found = pattern.matcher(section.text());
                while (found.find()) {
                    String name = found.group(1) != null ? found.group(1) : found.group(2);
                    if (name != null && !sameName(name, review.title())) {
                        names.add(name.strip());
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    /**
     * The patterns worth running on a text: they look for their phrase at every word, which for a library of
     * thousands of reviews made loading its catalog take seconds; most texts hold none of the words they need.
     */
    private static List<Pattern> patternsThatMayMatch(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean introduced = INTRODUCING_WORDS.stream().anyMatch(lower::contains);
        boolean labelled = lower.contains("title");
        return introduced && labelled ? List.of(INTRODUCED, LABELLED, BEFORE_LABEL)
                : introduced ? List.of(INTRODUCED) : labelled ? List.of(LABELLED, BEFORE_LABEL) : List.of();
    }

    private static boolean sameName(String name, String title) {
        return dev.reviewbot.text.TitleMatcher.key(name).equals(dev.reviewbot.text.TitleMatcher.key(title));
    }
}
