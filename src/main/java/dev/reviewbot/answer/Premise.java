package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "What is X about?" of a review with no section headed on the story: the review's own sentence saying what the
 * film is about ("a 2025 movie about three kids in rural Oklahoma"), the first that does. A review with a "Story"
 * or "Plot" section is answered from it by the extractive answerer.
 */
final class Premise {

    /**
     * A question asking what a film is about, and nothing more: "what's X about", "what happens in X", "the plot of
     * X". Grammar, a closed set.
     */
    private static final Pattern ASKS_WHAT_ABOUT = Pattern.compile(
            "^(?i)(so,? |and |ok,? )?(?:what(?:'s|’s|s| is| was)\\s.*\\babout|what happens in\\s(?!the (?:end|ending|final|last|first|middle)\\b).+"
                    + "|(?:what(?:'s|’s|s| is) the\\s+)?(?:plot|premise|synopsis) of\\s.+)\\s*\\?*$");
    /**
     * "About" opening what a thing is about ("about a girl called Dee", "about three kids"), not how much ("about
     * ten minutes") nor what is talked about ("about it").
     */
    private static final Pattern ABOUT = Pattern.compile(
            "(?i)\\babout (?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\\d+) (?!(?:minute|min|hour|half|third|quarter|second|year)s?\\b)(\\S+)");

    /**
     * What stands before it says the film is what follows: "this is a small drama, ... about", "it's about", "Orla
     * Haddad's drama about"; not "a late subplot about" nor "let's talk about". Grammar, a closed set.
     */
    private static final Pattern PRESENTED = Pattern.compile("(?i)\\b(?:is|was|are|were)\\b|(?<!\\blet)['’]s\\b");

    /** The title, then what it is: "my pick had to be Bell Hollow, a comedy about". Grammar, a closed set. */
    private static final String NAMED_THEN_DESCRIBED = "\\s*,\\s+(?:a|an)\\s+[^,;:.!?]*$";

    private final AspectVocabulary vocabulary;

    Premise(AspectVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Whether the question asks what a film is about, and nothing more: no opinion, whatever words it shares with one. */
    static boolean asksWhatItIsAbout(String question) {
        return ASKS_WHAT_ABOUT.matcher(question.strip()).matches();
    }

    Optional<Answer> answer(Question question, Catalog catalog, int maxQuotes) {
        if (question.films().size() != 1 || !asksWhatItIsAbout(question.text())) {
            return Optional.empty();
        }
        List<Review> reviews = catalog.reviewsOf(question.films().get(0));
        boolean headed = reviews.stream().flatMap(r -> r.sections().stream())
                .anyMatch(s -> question.aspects().stream().anyMatch(a -> vocabulary.covers(s.name(), a)));
        if (headed) {
            return Optional.empty();
        }
        List<Citation> quotes = new ArrayList<>();
        for (Review review : reviews) {
            premiseOf(review).ifPresent(quotes::add);
            if (quotes.size() == maxQuotes) {
                break;
            }
        }
        return quotes.isEmpty() ? Optional.empty() : Optional.of(new Answer.Grounded(question.text(), quotes));
    }

    /** Whether the words before "about" say the film is what follows: a verb of being, or the title described. */
    private static boolean presents(String before, String title) {
        return PRESENTED.matcher(before).find()
                || Pattern.compile("(?i)\\b" + Pattern.quote(title) + NAMED_THEN_DESCRIBED).matcher(before).find();
    }

    /** The review's first sentence presenting what the film is about (not its own title). */
    private static Optional<Citation> premiseOf(Review review) {
        List<Citation> sentences = new ArrayList<>();
        for (Section section : review.sections()) {
            Sentences.split(section.text().replace("\n\n", " ")).forEach(s ->
                    sentences.add(new Citation(review.title(), section.name(), review.reviewer(), s)));
        }
        String title = review.title().toLowerCase(Locale.ROOT);
        return sentences.stream().filter(c -> {
            Matcher about = ABOUT.matcher(c.quote());
            return about.find() && presents(c.quote().substring(0, about.start()), review.title())
                    && !title.contains(about.group(1).toLowerCase(Locale.ROOT).replaceAll("\\W", ""));
        }).findFirst();
    }
}
