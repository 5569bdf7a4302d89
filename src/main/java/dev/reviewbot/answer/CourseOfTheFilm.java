package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
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

    /**
     * Crafts judged on their own ("is the music good throughout?"): their answer is what the reviews say of the craft,
     * not of each stretch (config/aspects.yaml's names).
     */
    private static final java.util.Set<String> CRAFT = java.util.Set.of("acting", "direction", "visuals", "effects", "music", "editing");

    static boolean asksOverItsLength(String question) {
        return ASKS_OVER_ITS_LENGTH.matcher(question).find();
    }

    /** @param polarity how far a stored sentence leans to praise or criticism (NaN where none is scored) */
    static Optional<Answer> answer(Question question, Catalog catalog, ToDoubleFunction<Citation> polarity) {
        if (question.films().size() != 1 || !question.people().isEmpty() || !asksOverItsLength(question.text())
                || question.aspects().stream().anyMatch(a -> CRAFT.contains(a.name()))) {
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
            for (Section section : review.sections()) {
                for (String sentence : Sentences.split(section.text().replace("\n\n", " "))) {
                    if (stretch.matcher(sentence).find() && !Sentences.asks(sentence)) {
                        naming.add(new Citation(review.title(), section.name(), review.reviewer(), sentence));
                    }
                }
            }
        }
        return naming.stream().max(Comparator.comparingDouble(c -> lean(polarity.applyAsDouble(c))));
    }

    private static double lean(double polarity) {
        return Double.isNaN(polarity) ? 0 : Math.abs(polarity);
    }
}
