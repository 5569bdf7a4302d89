package dev.reviewbot.answer;

import dev.reviewbot.library.Passage;
import dev.reviewbot.opinion.OpinionAsk;
import dev.reviewbot.opinion.OpinionReader;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.Question;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "What are the weaknesses of X?", "best thing about X": the one to three sentences of its reviews that lean
 * furthest the asked way, from a section on that side where the review has one ("What doesn't work", "The
 * Good": a heading that reads as pros or cons, its side the mean polarity of its sentences).
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
        List<OpinionSentence> topical = question.aspects().isEmpty() ? all
                : all.stream().filter(s -> question.aspects().stream().anyMatch(a -> s.about(a, vocabulary))).toList();
        List<OpinionSentence> leaning = (topical.isEmpty() ? all : topical).stream()
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
                .filter(e -> reader.prosOrConsHeading(e.getValue().get(0).passage().section()))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> {
                    double mean = e.getValue().stream().mapToDouble(OpinionSentence::polarity).average().orElse(0);
                    return mean >= 0 ? 1 : -1;
                }));
    }

    private static String sectionKey(OpinionSentence s) {
        return s.passage().reviewId() + "#" + s.passage().sectionIndex();
    }
}
