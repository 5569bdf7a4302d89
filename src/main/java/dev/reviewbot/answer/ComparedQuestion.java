package dev.reviewbot.answer;

import dev.reviewbot.text.TextCleaner;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A question comparing films, rewritten as the same question about one of them: "compare the acting in X and Y"
 * asks of X "the acting in X", "X or Y, which is funnier?" asks of X "X, which is funny?". The words that only
 * compare ("compare", "vs", "than") go, the other films' titles go, and a comparative adjective reads as its
 * base ("funnier" as "funny", "slower than" as "slow"), which is what the reviews say. Grammar, not vocabulary.
 */
final class ComparedQuestion {

    private static final Pattern COMPARING = Pattern.compile("(?i)\\b(compare[ds]?|comparing|comparison|vs\\.?|versus|than)\\b");
    /** Words ending in "er" that are no comparative of an adjective ("better" is the verdict's own). */
    private static final String NOT_COMPARATIVE = "(?!(?:better|other|rather|either|neither|ever|never|after|over|under|later)\\b)";
    /** "-ier" comparatives where grammar says they are ("which is funnier", "scarier than"); not "soldier". */
    private static final Pattern IER = Pattern.compile("(?i)(\\b(?:which(?: one| film| movie)? is|is it|more) )(\\p{L}{3,})ier\\b"
            + "|\\b(\\p{L}{3,})ier(?= than\\b)");
    /** An "-er" comparative where grammar says it is one: after "which (one|film) is", "more", or before "than". */
    private static final Pattern ER = Pattern.compile("(?i)(\\b(?:which(?: one| film| movie)? is|is it|more) )" + NOT_COMPARATIVE
            + "(\\p{L}{3,}?)(?:er)\\b|\\b" + NOT_COMPARATIVE + "(\\p{L}{3,}?)er(?= than\\b)");

    private ComparedQuestion() {
    }

    /** The question about {@code film} alone. */
    static String about(String question, List<String> named, String film) {
        String text = question;
        for (String other : named) {
            if (!other.equals(film)) {
                text = withoutTitle(text, other);
            }
        }
        text = IER.matcher(text).replaceAll(m -> m.group(1) != null ? m.group(1) + m.group(2) + "y" : m.group(3) + "y");
        text = ER.matcher(text).replaceAll(m -> m.group(1) != null ? m.group(1) + m.group(2) : m.group(3));
        text = COMPARING.matcher(text).replaceAll(" ");
        return text.replaceAll("(?i)\\b(and|or)\\s*([,?.!]|$)", "$2").replaceAll("(?i)\\b(in|of|about|between|for)\\s+(and|or)\\b", "$1").replaceAll("\\s+", " ").replaceAll(" ([?.!,])", "$1")
                .replaceAll("^[,\\s]+", "").strip();
    }

    /**
     * The quality a comparative asks about, in its base form ("which is slower?": "slow", "scarier than": "scary");
     * empty when the question compares by no comparative but the verdict's own ("better", "worse").
     */
    static java.util.Optional<String> quality(String question) {
        java.util.regex.Matcher ier = IER.matcher(question);
        if (ier.find()) {
            return java.util.Optional.of((ier.group(2) != null ? ier.group(2) : ier.group(3)) + "y");
        }
        java.util.regex.Matcher er = ER.matcher(question);
        return er.find() ? java.util.Optional.of(er.group(2) != null ? er.group(2) : er.group(3)) : java.util.Optional.empty();
    }

    /** "Better for little kids", "best for a date night": the use a film is weighed for; it ends where the films' names or "than" begin. */
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\b(?:better|best|more suitable|most suitable|better suited|best suited)\\s+for\\s+"
            + "(\\p{L}.*?)\\s*(?=[,?.!;:]|\\b(?:than|or|and|between)\\b|$)");

    /**
     * The use a question weighs the films for ("which is better for little kids, X or Y?": "little kids"), the named
     * films' titles set aside; empty when it asks which is better on no use.
     */
    static java.util.Optional<String> purpose(String question, List<String> named) {
        return useAfter(PURPOSE, question, named);
    }

    /** "Ok for small kids", "good for a date night": the use one film is asked about; it ends where "than" or "or" begin. */
    private static final Pattern USE = Pattern.compile("(?i)\\b(?:ok|okay|good|suitable|fine|safe|appropriate|alright|suited)\\s+for\\s+"
            + "(\\p{L}.*?)\\s*(?=[,?.!;:]|\\b(?:than|or|and)\\b|$)");

    /** The use a question asks one film about ("is Mossback ok for small kids?": "small kids"), its titles set aside. */
    static java.util.Optional<String> use(String question, List<String> named) {
        return useAfter(USE, question, named);
    }

    /**
     * "Is X sad?", "is it actually predictable": the one word a yes/no question asks of a film, after "is" and a
     * degree word; nothing when more follows ("is X a true story", "is X on netflix" ask of a fact, not a quality).
     */
    private static final Pattern QUALITY = Pattern.compile("(?i)^\\s*(?:is|was|isn't|wasn't)\\s+(?:it\\s+)?(?:too\\s+|very\\s+|really\\s+|actually\\s+|that\\s+|so\\s+|at all\\s+)?"
            + "(\\p{L}{3,})(?:\\s+at all)?\\s*[?.!]*\\s*$");

    /** The quality a yes/no question asks one film about ("is Tawny sad?": "sad"), its titles set aside. */
    static java.util.Optional<String> asked(String question, List<String> named) {
        return useAfter(QUALITY, question, named);
    }

    /** What {@code words} capture in the question with the named films' titles set aside; empty when nothing. */
    private static java.util.Optional<String> useAfter(Pattern words, String question, List<String> named) {
        String text = question;
        for (String title : named) {
            text = withoutTitle(text, title);
        }
        java.util.regex.Matcher m = words.matcher(text.replaceAll("\\s+", " "));
        return m.find() && !m.group(1).isBlank() ? java.util.Optional.of(m.group(1).strip()) : java.util.Optional.empty();
    }

    private static String withoutTitle(String text, String title) {
        String words = TextCleaner.wordsOnly(title).replaceFirst("^the ", "");
        if (words.isEmpty()) {
            return text;
        }
        String pattern = "(?iu)\\b(the\\W+)?" + String.join("\\W+", java.util.Arrays.stream(words.split(" "))
                .map(Pattern::quote).toList()) + "\\b";
        return text.replaceAll(pattern, " ");
    }
}
