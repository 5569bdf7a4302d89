package dev.reviewbot.answer;

import dev.reviewbot.library.Passage;
import dev.reviewbot.opinion.OpinionAsk;
import dev.reviewbot.opinion.OpinionReader;
import dev.reviewbot.retrieval.Aspect;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.review.Section;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "What are the weaknesses of X?", "best thing about X": the one to three sentences of its reviews that lean
 * furthest the asked way, from a section on that side where the review has one ("What doesn't work", "The
 * Good": several sentences all leaning one way under a heading that names no aspect).
 */
final class ProsAndCons {

    private final OpinionReader reader;
    private final AspectVocabulary vocabulary;

    ProsAndCons(OpinionReader reader, AspectVocabulary vocabulary) {
        this.reader = reader;
        this.vocabulary = vocabulary;
    }

    Optional<Answer> answer(Question question, OpinionAsk ask, List<Passage> passages, int maxQuotes) {
        int side = ask.sideOrPraise();
        double least = reader.settings().minPolarity();
        List<OpinionSentence> all = OpinionSentence.of(passages);
        // "Best thing about X" names the verdict only by its vague words: the whole review is asked about.
        List<Aspect> aspects = question.aspects().stream().filter(a -> !AspectVocabulary.VERDICT.equals(a.name())
                && !AspectVocabulary.SUMMARY.equals(a.name()) && !AspectVocabulary.TITLE.equals(a.name())).toList();
        // Asked about an aspect the reviews never speak of ("what about the music?"), no other sentence stands in:
        // the extractive answerer then says the reviews don't say.
        List<OpinionSentence> topical = aspects.isEmpty() ? all
                : all.stream().filter(s -> aspects.stream().anyMatch(a -> s.about(a, vocabulary))).toList();
        List<OpinionSentence> leaning = topical.stream()
                .filter(s -> s.quotable() && side * s.polarity() >= least).toList();
        Map<String, Integer> sides = sideSections(all);
        List<OpinionSentence> fromSide = leaning.stream().filter(s -> sides.getOrDefault(sectionKey(s), 0) == side).toList();
        List<OpinionSentence> pool = fromSide.isEmpty() ? leaning : fromSide;
        List<Citation> quotes = pool.stream().sorted(Comparator.comparingDouble(s -> -side * s.polarity()))
                .limit(maxQuotes).map(OpinionSentence::citation).toList();
        return quotes.isEmpty() ? Optional.empty() : Optional.of(new Answer.Grounded(question.text(), quotes));
    }

    /** The pros or cons sections among these sentences' sections, with their side (+1 pros, -1 cons). */
    private Map<String, Integer> sideSections(List<OpinionSentence> sentences) {
        return sentences.stream().collect(Collectors.groupingBy(ProsAndCons::sectionKey)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> side(e.getValue())));
    }

    /**
     * +1 for a pros section, -1 for a cons section, 0 for any other. A pros or cons section is told by what it
     * holds, not by a list of headings: several sentences that lean one way on average (one misread sentence
     * does not undo "What doesn't"), under a heading that names
     * no aspect ("What works", "Where It Stumbles", "The Bad"; not "Music", "Verdict", nor the untitled
     * opening). The model's polarity of a heading alone was tried and misread "The Upside" (-0.12).
     */
    private int side(List<OpinionSentence> section) {
        Passage first = section.get(0).passage();
        if (section.size() < 2 || Section.OPENING.equals(first.section()) || Section.WHOLE_REVIEW.equals(first.section())
                || !vocabulary.aspectsOfSection(first.section()).isEmpty()) {
            return 0;
        }
        double least = reader.settings().sectionPolarity();
        double mean = section.stream().mapToDouble(OpinionSentence::polarity).average().orElse(0);
        return mean >= least ? 1 : mean <= -least ? -1 : 0;
    }

    private static String sectionKey(OpinionSentence s) {
        return s.passage().reviewId() + "#" + s.passage().sectionIndex();
    }
}
