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
        return answer(question, ask, passages, maxQuotes, false);
    }

    /**
     * The same, from the sentences that name the aspects asked about in their own words ("plays", "performance"):
     * asked of the whole cast, a paragraph on the acting also praises the photography.
     */
    Optional<Answer> naming(Question question, OpinionAsk ask, List<Passage> passages, int maxQuotes) {
        return answer(question, ask, passages, maxQuotes, true);
    }

    private Optional<Answer> answer(Question question, OpinionAsk ask, List<Passage> passages, int maxQuotes, boolean naming) {
        List<OpinionSentence> all = OpinionSentence.of(passages);
        // "Best thing about X" names the verdict only by its vague words: the whole review is asked about.
        List<Aspect> aspects = question.aspects().stream().filter(a -> !AspectVocabulary.VERDICT.equals(a.name())
                && !AspectVocabulary.SUMMARY.equals(a.name()) && !AspectVocabulary.TITLE.equals(a.name())).toList();
        // Asked about an aspect the reviews never speak of ("what about the music?"), no other sentence stands in:
        // the extractive answerer then says the reviews don't say.
        List<OpinionSentence> topical = aspects.isEmpty() ? all
                : all.stream().filter(s -> aspects.stream().anyMatch(a -> naming ? vocabulary.mentions(s.text(), a)
                        : s.about(a, vocabulary))).toList();
        Map<String, String> groups = groups(passages);
        Map<String, Integer> sides = sideGroups(all, groups);
        List<Citation> quotes = ask.bothSides() ? bothSides(topical, groups, sides, maxQuotes)
                : leaningMost(topical, groups, sides, ask.sideOrPraise(), maxQuotes);
        if (quotes.isEmpty() && aspects.isEmpty()) {
            quotes = hedged(all, ask.sideOrPraise(), maxQuotes);
        }
        return quotes.isEmpty() ? Optional.empty() : Optional.of(new Answer.Grounded(question.text(), quotes));
    }

    /** "Pros and cons of X": the strongest pro, then the strongest con, in turn; the pros quoted first. */
    private List<Citation> bothSides(List<OpinionSentence> topical, Map<String, String> groups, Map<String, Integer> sides,
                                     int maxQuotes) {
        List<Citation> pros = leaningMost(topical, groups, sides, 1, maxQuotes);
        List<Citation> cons = leaningMost(topical, groups, sides, -1, maxQuotes);
        int fromPros = Math.min(pros.size(), Math.max(maxQuotes - cons.size(), (maxQuotes + 1) / 2));
        int fromCons = Math.min(cons.size(), maxQuotes - fromPros);
        return java.util.stream.Stream.concat(pros.stream().limit(fromPros), cons.stream().limit(fromCons)).toList();
    }

    /**
     * The sentences leaning furthest to one side (+1 praise, -1 criticism), from that side's sections if any. An
     * item of a list on that side ("Cons:" and its items) is a point made on that side however short, and whatever
     * the model reads in it alone ("The final twist is visible from space").
     */
    private List<Citation> leaningMost(List<OpinionSentence> topical, Map<String, String> groups, Map<String, Integer> sides,
                                       int side, int maxQuotes) {
        double least = reader.settings().minPolarity();
        List<OpinionSentence> fromList = topical.stream().filter(s -> isListItem(s, groups)
                && sides.getOrDefault(groups.get(s.passage().id()), 0) == side).toList();
        // Page furniture leaning this way is quoted only when nothing on the film does.
        List<OpinionSentence> leaning = OpinionSentence.onTheFilm(topical.stream()
                .filter(s -> s.quotable() && side * s.polarity() >= least).toList(), vocabulary);
        List<OpinionSentence> fromSide = leaning.stream()
                .filter(s -> sides.getOrDefault(groups.get(s.passage().id()), 0) == side).toList();
        List<OpinionSentence> pool = !fromList.isEmpty() ? fromList : fromSide.isEmpty() ? leaning : fromSide;
        return pool.stream().sorted(Comparator.comparingDouble(s -> -side * s.polarity()))
                .limit(maxQuotes).map(OpinionSentence::citation).toList();
    }

    /**
     * "What's wrong with X?" of a review with nothing clearly against it: its criticism is hedged inside praise ("It is
     * not deep, and nobody will remember it in ten years, but as a Friday night film it is very hard to beat"), and
     * the sentence as a whole leans the other way. Such a sentence turns at a contrast ("but", "although", ...): the
     * part on the asked side leans that way from the rest by the model's reading (the part alone need not: "it is not
     * deep" reads as neutral). A sentence with no contrast is no hedge, however mild ("a dreary film that squanders
     * a fine premise" is no strength).
     */
    private List<Citation> hedged(List<OpinionSentence> all, int side, int maxQuotes) {
        double least = reader.settings().minPolarity();
        record Turn(OpinionSentence sentence, double towards) { }
        return all.stream().filter(OpinionSentence::quotable)
                .map(s -> new Turn(s, turnTowards(s.text(), side)))
                .filter(t -> t.towards() >= least)
                .sorted(Comparator.comparingDouble(t -> -t.towards()))
                .limit(maxQuotes).map(t -> t.sentence().citation()).toList();
    }

    /** How far the part of a sentence leaning most to {@code side} leans from the mean of its other parts; NaN with no contrast. */
    private double turnTowards(String sentence, int side) {
        List<String> parts = CONTRAST.splitAsStream(sentence).filter(part -> part.split("\\s+").length >= MIN_PART_WORDS).toList();
        if (parts.size() < 2) {
            return Double.NaN;
        }
        List<Double> polarities = parts.stream().map(reader::polarityOf).toList();
        double sum = polarities.stream().mapToDouble(Double::doubleValue).sum();
        return polarities.stream().mapToDouble(p -> side * (p - (sum - p) / (parts.size() - 1))).max().orElse(Double.NaN);
    }

    /** Where a sentence turns to the other side: grammar, a closed set of contrasting conjunctions. */
    private static final java.util.regex.Pattern CONTRAST = java.util.regex.Pattern.compile(
            "(?i)[,;]?\\s+\\b(?:but|although|though|yet|even if|even though|except that|while)\\b\\s+|;\\s+");

    /** A part of a sentence shorter than this ("but fine") is too little to lean either way. */
    private static final int MIN_PART_WORDS = 4;

    /** The pros or cons sections and lists among these sentences' groups, with their side (+1 pros, -1 cons). */
    private Map<String, Integer> sideGroups(List<OpinionSentence> sentences, Map<String, String> groups) {
        return sentences.stream().filter(s -> !Section.isListLabel(s.text()))
                .collect(Collectors.groupingBy(s -> groups.get(s.passage().id()))).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getKey().contains(LIST) ? listSide(e.getValue()) : side(e.getValue())));
    }

    private static final String LIST = "/list@";

    private static boolean isListItem(OpinionSentence s, Map<String, String> groups) {
        return groups.get(s.passage().id()).contains(LIST) && !Section.isListLabel(s.text());
    }

    /**
     * Each passage's group: its section, or the list it is an item of. A list is a label ("What works:", "Cons:")
     * and the one-sentence paragraphs after it (list items are paragraphs of their own, bullets dropped), up to
     * the next label or the first longer paragraph.
     */
    private static Map<String, String> groups(List<Passage> passages) {
        Map<String, String> groups = new java.util.HashMap<>();
        String list = null;
        String section = null;
        for (Passage p : passages.stream().sorted(Comparator.comparing(Passage::reviewId)
                .thenComparingInt(Passage::sectionIndex).thenComparingInt(Passage::passageIndex)).toList()) {
            String key = p.reviewId() + "#" + p.sectionIndex();
            list = key.equals(section) ? list : null;
            section = key;
            if (Section.isListLabel(p.text())) {
                list = key + LIST + p.passageIndex();
            } else if (p.sentences().size() != 1) {
                list = null;
            }
            groups.put(p.id(), list != null ? list : key);
        }
        return groups;
    }

    /** +1 or -1 for a list whose items lean that way on average, however little; 0 for one that leans neither way. */
    private static int listSide(List<OpinionSentence> items) {
        double mean = items.stream().mapToDouble(OpinionSentence::polarity).average().orElse(0);
        return items.size() < 2 ? 0 : (int) Math.signum(mean);
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
}
