package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.retrieval.ExpectedAnswer;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.retrieval.Terms;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.Numerals;
import dev.reviewbot.text.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "Which is longer, X or Y?": each film's runtime as its review states it ("runs 112 minutes", "91 min",
 * "1h 49m", "the 123-minute running time"), read from the text when asked rather than stored, quoted per
 * film, the longer (or shorter) first.
 */
final class RuntimeAnswers {

    /** A feature runs an hour or more: "within twenty minutes", "the last 40 minutes" are no runtime. */
    private static final int LEAST_MINUTES = 60;
    private static final int MOST_MINUTES = 300;
    private static final Pattern MINUTES = Pattern.compile("(?i)\\b(\\d{2,3})[- ]?(?:minutes?|mins?)\\b"
            // "fifteen minutes out of the 118": the runtime named after the part of it.
            + "|\\bminutes? (?:out )?of (?:the|its|their) (\\d{2,3})\\b"
            // "Length 106m", "Runtime: 96m": a bare "m" is minutes only where the length is named.
            + "|\\b(?:length|runtime|running time|run time)\\s*:?\\s*(\\d{2,3})\\s?m\\b");
    private static final Pattern HOURS = Pattern.compile("(?i)\\b([1-4])\\s?(?:h|hrs?|hours?)\\.?\\s?(\\d{1,2})\\s?(?:m|mins?|minutes?)\\b");
    /** "two hours and eight minutes", "an hour and forty-five minutes": a runtime written out in words. */
    private static final Pattern WORDED = Pattern.compile("(?i)\\b(an?|one|two|three|four|[1-4])\\s+hours?,?\\s+(?:and\\s+)?"
            + "((?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\\d{1,2})\\s+minutes?\\b");
    /** Comparing films by length: a closed set of words, the grammar of the question rather than its topic. */
    private static final Pattern ASKS_LENGTH = Pattern.compile("(?i)\\b(longer|shorter|longest|shortest|runtimes?|running times?|how long|length)\\b");
    private static final Pattern ASKS_SHORT = Pattern.compile("(?i)\\b(shorter|shortest)\\b");

    /** A runtime in minutes with the sentence that gives it. */
    record Runtime(Review review, String section, String sentence, int minutes) {
        Citation citation() {
            return new Citation(review.title(), section, review.reviewer(), sentence);
        }
    }

    private RuntimeAnswers() {
    }

    /** Whether a question naming several films compares them by length. */
    static boolean asksLength(String question) {
        return ASKS_LENGTH.matcher(question).find();
    }

    /**
     * The first runtime a review states, if any: in figures, else in words ("It runs for ninety-eight minutes"), which
     * a review may also use loosely ("ninety minutes of fields") where its figures give the runtime.
     */
    static Optional<Runtime> of(Review review) {
        return firstIn(review, RuntimeAnswers::minutesIn)
                .or(() -> firstIn(review, sentence -> minutesIn(Numerals.inDigits(sentence))));
    }

    private static Optional<Runtime> firstIn(Review review, java.util.function.Function<String, Optional<Integer>> reading) {
        return allIn(review, reading).stream().findFirst();
    }

    /** Every sentence of the review stating a runtime as {@code reading} reads it, in the review's order. */
    private static List<Runtime> allIn(Review review, java.util.function.Function<String, Optional<Integer>> reading) {
        List<Runtime> runtimes = new ArrayList<>();
        for (Section section : review.sections()) {
            for (String paragraph : section.text().split("\n\n")) {
                for (String sentence : Sentences.split(paragraph)) {
                    if (!Sentences.withdraws(sentence)) {
                        reading.apply(sentence).ifPresent(minutes -> runtimes.add(new Runtime(review, section.name(), sentence, minutes)));
                    }
                }
            }
        }
        return runtimes;
    }

    /** The runtime a sentence states in minutes: "1h 49m" is 109. */
    static Optional<Integer> minutesIn(String sentence) {
        Matcher hours = HOURS.matcher(sentence);
        if (hours.find()) {
            return Optional.of(Integer.parseInt(hours.group(1)) * 60 + Integer.parseInt(hours.group(2)));
        }
        Matcher worded = WORDED.matcher(sentence);
        if (worded.find()) {
            return Optional.of(wordedNumber(worded.group(1)) * 60 + wordedNumber(worded.group(2)));
        }
        Matcher minutes = MINUTES.matcher(sentence);
        while (minutes.find()) {
            int value = Integer.parseInt(minutes.group(1) != null ? minutes.group(1)
                    : minutes.group(2) != null ? minutes.group(2) : minutes.group(3));
            if (value >= LEAST_MINUTES && value <= MOST_MINUTES) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** "an" or "a" is one, "forty-five" 45, "8" 8. */
    private static int wordedNumber(String text) {
        String word = text.toLowerCase(java.util.Locale.ROOT);
        if (word.matches("\\d+")) {
            return Integer.parseInt(word);
        }
        if (word.equals("a") || word.equals("an")) {
            return 1;
        }
        return Numerals.valueOf(word);
    }

    /** The question's words that ask a film's length and nothing more: "how long is X", "X runtime", "length of X". */
    private static final String LENGTH_WORDS = "long runtime running time length run minutes hours film movie";

    /**
     * "How long is X?": the runtime each of its reviews states (figures first), read from the whole text, so a
     * listing's "Run time: 116 minutes" answers wherever it sits. Empty when the question asks more than the length
     * ("how long is the chase?") or no review states one: the passages found then answer, or the reviews don't say.
     */
    static Optional<Answer> ofFilm(Question question, Catalog catalog, Terms terms) {
        if (question.films().size() != 1 || question.expected() != ExpectedAnswer.DURATION || !question.aspects().isEmpty()
                || !question.people().isEmpty() || !terms.of(LENGTH_WORDS).containsAll(question.terms())) {
            return Optional.empty();
        }
        List<Citation> runtimes = catalog.reviewsOf(question.films().get(0)).stream()
                .filter(r -> question.reviewer() == null || question.reviewer().equals(r.reviewer()))
                .map(RuntimeAnswers::of).flatMap(Optional::stream).map(Runtime::citation).toList();
        return runtimes.isEmpty() ? Optional.empty() : Optional.of(new Answer.Grounded(question.text(), runtimes));
    }

    /** Asking whether a film runs too long: the grammar of the question, a closed set. */
    private static final Pattern ASKS_TOO_LONG = Pattern.compile("(?i)\\b(?:too long|overlong|lengthy)\\b");
    /** The question's words asking that and nothing more: "is Saltpetre too long?". */
    private static final String TOO_LONG_WORDS = "too long overlong lengthy film movie";

    /**
     * "Is X too long?": each review's sentence weighing the film against its runtime ("Not one of its 139 minutes is
     * wasted", "The 104 minutes feel like a double shift"), so that reviews which disagree are each heard. The
     * runtime is the one the film's reviews state most often, so that another film's ("The Apartment runs two hours
     * and five minutes") is left out; and the last such sentence of a review, since a review states the runtime
     * first (its header, its credits) and weighs the film against it later. Not a listing's "Run time: 116
     * minutes". Empty when no review weighs it so: the passages found then answer.
     */
    static Optional<Answer> judged(Question question, Catalog catalog, Terms terms) {
        if (question.films().size() != 1 || !ASKS_TOO_LONG.matcher(question.text()).find() || !question.people().isEmpty()
                || !terms.of(TOO_LONG_WORDS).containsAll(question.terms())) {
            return Optional.empty();
        }
        List<Review> reviews = catalog.reviewsOf(question.films().get(0)).stream()
                .filter(r -> question.reviewer() == null || question.reviewer().equals(r.reviewer())).toList();
        List<Runtime> stated = reviews.stream().flatMap(r -> runtimesIn(r).stream()).toList();
        Optional<Integer> usual = stated.stream()
                .collect(Collectors.groupingBy(Runtime::minutes, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        List<Citation> weighed = new ArrayList<>();
        for (Review review : reviews) {
            // A review that says so in the question's words ("the film is twenty minutes too long") is heard in them.
            sayingSo(review).or(() -> stated.stream().filter(r -> r.review() == review && usual.isPresent()
                            && r.minutes() == usual.get()).reduce((first, last) -> last).map(Runtime::citation))
                    .ifPresent(weighed::add);
        }
        return weighed.isEmpty() ? Optional.empty() : Optional.of(new Answer.Grounded(question.text(), weighed));
    }

    /** The review's last sentence judging its length in the words a question asks it with ("too long"). */
    private static Optional<Citation> sayingSo(Review review) {
        Citation last = null;
        for (Section section : review.sections()) {
            for (String paragraph : section.text().split("\n\n")) {
                for (String sentence : Sentences.split(paragraph)) {
                    if (ASKS_TOO_LONG.matcher(sentence).find() && !Section.isListingLine(sentence)) {
                        last = new Citation(review.title(), section.name(), review.reviewer(), sentence);
                    }
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /** Every sentence of the review weighing a runtime: long enough to say more than the figure, and no listing's line. */
    private static List<Runtime> runtimesIn(Review review) {
        return allIn(review, sentence -> minutesIn(sentence).or(() -> minutesIn(Numerals.inDigits(sentence)))).stream()
                .filter(r -> r.sentence().split("\\s+").length >= OpinionSentence.MIN_WORDS)
                .filter(r -> !Section.isListingLine(r.sentence()) && !Section.isCreditsLine(r.sentence())).toList();
    }

    /** Each named film's runtime, the longer first (the shorter when asked "which is shorter"); empty when no review gives one. */
    static Optional<Answer> compare(String question, List<String> films, Catalog catalog) {
        List<Runtime> runtimes = new ArrayList<>();
        for (String film : films) {
            catalog.reviewsOf(film).stream().map(RuntimeAnswers::of).flatMap(Optional::stream).findFirst().ifPresent(runtimes::add);
        }
        if (runtimes.isEmpty()) {
            return Optional.empty();
        }
        boolean shortest = ASKS_SHORT.matcher(question).find();
        Comparator<Runtime> byLength = Comparator.comparingInt(Runtime::minutes);
        runtimes.sort(shortest ? byLength : byLength.reversed());
        List<Citation> citations = runtimes.stream().map(Runtime::citation).toList();
        StringBuilder prose = new StringBuilder();
        for (int i = 0; i < runtimes.size(); i++) {
            Runtime r = runtimes.get(i);
            prose.append(i == 0 ? "" : " ").append(r.review().title()).append(" runs ").append(r.minutes())
                    .append(" minutes: \"").append(r.sentence()).append("\" [").append(i + 1).append("]");
        }
        if (runtimes.size() >= 2 && runtimes.get(0).minutes() != runtimes.get(1).minutes()) {
            prose.append(" So ").append(runtimes.get(0).review().title()).append(" is the ")
                    .append(shortest ? "shorter" : "longer").append('.');
        }
        String missing = films.stream().filter(f -> runtimes.stream().noneMatch(r -> r.review().title().equalsIgnoreCase(f)))
                .reduce((a, b) -> a + ", " + b).orElse(null);
        if (missing != null) {
            prose.append(" The stored reviews of ").append(missing).append(" don't give a runtime.");
        }
        return Optional.of(new Answer.Grounded(question, citations, prose.toString().strip(), null));
    }
}
