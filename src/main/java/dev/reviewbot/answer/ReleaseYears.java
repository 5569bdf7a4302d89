package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.review.Review;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Which came out first, X or Y?", "is X newer than Y?": each named film's release year as its review gives it
 * (front matter or prose, {@link Review#year()}), quoted per film, the earlier (or the later) first.
 */
final class ReleaseYears {

    /** Comparing films by when they came out: a closed set of words, the grammar of the question rather than its topic. */
    private static final Pattern ASKS_WHEN = Pattern.compile("(?i)\\b(came out|come out|released|release)\\b.{0,20}\\b(first|earlier|later|last|sooner)\\b"
            + "|\\b(older|oldest|newer|newest|more recent|most recent|earlier|later)\\b(?! (?:scenes?|acts?|half|parts?|films? by)\\b)");
    private static final Pattern ASKS_LATE = Pattern.compile("(?i)\\b(later|last|newer|newest|more recent|most recent)\\b");

    private record Year(Review review, int year) {
    }

    private ReleaseYears() {
    }

    /** Whether a question naming several films compares them by when they came out. */
    static boolean asksWhen(String question) {
        return ASKS_WHEN.matcher(question).find();
    }

    /** Each named film's year, the earlier first (the later when asked "which is newer"); empty when no review gives one. */
    static Optional<Answer> compare(String question, List<String> films, Catalog catalog) {
        List<Year> years = new ArrayList<>();
        for (String film : films) {
            catalog.reviewsOf(film).stream().filter(r -> r.year() != null).findFirst()
                    .ifPresent(r -> years.add(new Year(r, r.year())));
        }
        if (years.isEmpty()) {
            return Optional.empty();
        }
        boolean late = ASKS_LATE.matcher(question).find();
        Comparator<Year> byYear = Comparator.comparingInt(Year::year);
        years.sort(late ? byYear.reversed() : byYear);
        List<Citation> citations = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        for (Year y : years) {
            citations.add(MetadataAnswers.cite(y.review(), "year", String.valueOf(y.year())));
            prose.append(prose.isEmpty() ? "" : " ").append(y.review().title()).append(" (").append(y.year()).append("): \"")
                    .append(citations.get(citations.size() - 1).quote()).append("\" [").append(citations.size()).append("]");
        }
        if (years.size() >= 2 && years.get(0).year() != years.get(1).year()) {
            prose.append(" So ").append(years.get(0).review().title()).append(late ? " is the newer." : " came out first.");
        } else {
            prose.append('.');
        }
        List<String> missing = films.stream().filter(f -> years.stream().noneMatch(y -> y.review().title().equalsIgnoreCase(f))).toList();
        if (!missing.isEmpty()) {
            prose.append(" The stored reviews of ").append(String.join(", ", missing)).append(" don't give a year.");
        }
        return Optional.of(new Answer.Grounded(question, citations, prose.toString(), null));
    }
}
