package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.retrieval.Aspect;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.review.Review;
import dev.reviewbot.text.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * "Is Lurcher good all the way through?", "does it hold up from start to finish?": how a film fares over its length.
 * Answered by what its reviews say of each stretch in turn (the opening, the middle, the ending), one sentence each;
 * a review judging the whole at once ("a fine film") does not say whether it holds up.
 */
final class CourseOfTheFilm {

    private CourseOfTheFilm() {
    }

    /** A question about the film over its whole length. Grammar, a closed set. */
    private static final Pattern ASKS_OVER_ITS_LENGTH = Pattern.compile("(?i)\\b(?:all the way through|the whole way through"
            + "|(?:from )?start to (?:finish|end)|(?:from )?beginning to end|throughout|hold(?:s)? up\\b(?! well against))");

    /**
     * The stretches of a film in the order they are watched, each by the words a review names it with ("the first
     * hour", "a slightly runny middle", "the last ten minutes"). Grammar, a closed set.
     */
    private static final List<Pattern> STRETCHES = List.of(
            Pattern.compile("(?i)\\b(?:opening|beginning|first (?:act|hour|half(?: hour)?|reel|(?:[\\w-]+ )?minutes))\\b"),
            Pattern.compile("(?i)\\b(?:middle|mid-?section|midpoint|half-?way|two-thirds|second act)\\b(?![- ](?:aged|class|name|school|distance))(?! of nowhere)"),
            Pattern.compile("(?i)\\b(?:ending|climax|finale|third act|(?:last|final) (?:act|hour|half(?: hour)?|reel|scenes?|(?:[\\w-]+ )?minutes))\\b"));

    static boolean asksOverItsLength(String question) {
        return ASKS_OVER_ITS_LENGTH.matcher(question).find();
    }

    /** @param polarity how far a stored sentence leans to praise or criticism (NaN where none is scored) */
    static Optional<Answer> answer(Question question, Catalog catalog, ToDoubleFunction<Citation> polarity) {
        if (question.films().size() != 1 || !question.people().isEmpty() || !asksOverItsLength(question.text())
                || question.aspects().stream().anyMatch(CourseOfTheFilm::judgedOnItsOwn)) {
            return Optional.empty();
        }
        List<Review> reviews = catalog.reviewsOf(question.films().get(0));
        List<Citation> quotes = new ArrayList<>();
        for (Pattern stretch : STRETCHES) {
            mostJudged(stretch, reviews, polarity).filter(c -> !quotes.contains(c)).ifPresent(quotes::add);
        }
        return quotes.isEmpty() ? Optional.empty() : Optional.of(new Answer.Grounded(question.text(), quotes));
    }

    /**
     * The reviews' sentence naming the stretch that judges it most plainly: the one leaning furthest either way ("The
     * middle sags badly", not "Then there is the ending."); the first, where none leans. A sentence asking tells nothing.
     */
    private static Optional<Citation> mostJudged(Pattern stretch, List<Review> reviews, ToDoubleFunction<Citation> polarity) {
        List<Citation> naming = new ArrayList<>();
        for (Review review : reviews) {
            for (Premise.Placed sentence : Premise.sentences(review)) {
                if (stretch.matcher(sentence.quote()).find() && !Sentences.asks(sentence.quote())) {
                    naming.add(sentence.cited());
                }
            }
        }
        return naming.stream().max(Comparator.comparingDouble(c -> lean(polarity.applyAsDouble(c))));
    }

    /**
     * A craft or the acting asked about ("is the music good throughout?"): its answer is what the reviews say of it,
     * not of each stretch.
     */
    private static boolean judgedOnItsOwn(Aspect aspect) {
        return Premise.CRAFT.contains(aspect.name()) || AspectVocabulary.ACTING.equals(aspect.name());
    }

    private static double lean(double polarity) {
        return Double.isNaN(polarity) ? 0 : Math.abs(polarity);
    }
}
