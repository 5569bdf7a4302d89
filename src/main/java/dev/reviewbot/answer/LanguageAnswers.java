package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.retrieval.Terms;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * "What language is X in?", "is X subtitled?", "is X in Welsh?": the sentence of each review that says what the film
 * is spoken in ("in English and Spanish", "In French and Swiss sign language, with English subtitles", "Language:
 * English, with some dialogue in Irish"), read from the text when asked. The languages are the JDK's own list of
 * language names, so no word list of ours decides what a language is.
 */
final class LanguageAnswers {

    /** Every language the JDK names in English ("Welsh", "Czech", "Scottish Gaelic"), longest first so a pair wins. */
    private static final List<String> NAMES = Stream.of(Locale.getISOLanguages())
            .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH))
            .filter(name -> !name.isBlank() && Character.isUpperCase(name.charAt(0))).distinct()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final String LANGUAGE = NAMES.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    /**
     * A sentence naming what the film is spoken or subtitled in: "in Welsh", "English subtitles", "Language: Czech", a
     * listing's "· English".
     */
    private static final Pattern STATES_LANGUAGE = Pattern.compile("\\b(?i:in|languages?\\s*:)\\s+" + LANGUAGE + "\\b"
            + "|\\b" + LANGUAGE + "(?:\\s+(?i:subtitles|subtitled|dub|dubbed)|-language)\\b"
            // A listing's item that is a language alone: "UK, 2026 · Period drama · 112 minutes · English".
            + "|(?<=[·•|]\\s{0,3})" + LANGUAGE + "(?=\\s*(?:[·•|]|$))");
    /** Asking what the film is spoken in: the grammar of the question, a closed set, and "in" before a language. */
    private static final Pattern ASKS_LANGUAGE = Pattern.compile("(?i)\\b(?:what|which)\\s+languages?\\b|\\blanguages\\b"
            + "|\\bsubtitle[sd]?\\b|\\bdubbed\\b|\\bspoken\\b|\\bin\\s+" + LANGUAGE + "\\b");
    /**
     * The question's words asking that and nothing more, besides the languages' names ("what language is Halocline
     * in?", "is Key Safe in Welsh?").
     */
    private static final String LANGUAGE_WORDS = "language languages subtitles subtitled subtitle dubbed dub spoken film movie";

    private LanguageAnswers() {
    }

    /**
     * Each review's first sentence stating the film's languages, for a question asking them of one film and nothing
     * more. Empty otherwise, or when no review states them: the passages found then answer, or the reviews don't say.
     */
    static Optional<Answer> ofFilm(Question question, Catalog catalog, Terms terms) {
        if (question.films().size() != 1 || !question.people().isEmpty() || !ASKS_LANGUAGE.matcher(question.text()).find()
                || !terms.of(LANGUAGE_WORDS + " " + String.join(" ", NAMES)).containsAll(question.terms())) {
            return Optional.empty();
        }
        List<Citation> stated = new ArrayList<>();
        for (Review review : catalog.reviewsOf(question.films().get(0))) {
            if (question.reviewer() == null || question.reviewer().equals(review.reviewer())) {
                firstStated(review).ifPresent(stated::add);
            }
        }
        return stated.isEmpty() ? Optional.empty() : Optional.of(new Answer.Grounded(question.text(), stated));
    }

    /** The review's first sentence, in its order, naming a language the film is in. */
    private static Optional<Citation> firstStated(Review review) {
        for (Section section : review.sections()) {
            for (String paragraph : section.text().split("\n\n")) {
                for (String sentence : Sentences.split(paragraph)) {
                    if (STATES_LANGUAGE.matcher(sentence).find()) {
                        return Optional.of(new Citation(review.title(), section.name(), review.reviewer(), sentence));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
