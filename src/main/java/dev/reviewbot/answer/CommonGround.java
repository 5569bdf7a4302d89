package dev.reviewbot.answer;

import dev.reviewbot.library.Passage;
import dev.reviewbot.retrieval.Aspect;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.Terms;
import dev.reviewbot.review.Review;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "What do both reviewers agree on?", "what do the reviews disagree on?": no part of the film is asked about, so
 * the answer is a part both reviewers speak of (words both use that few of the film's sentences hold, such as a
 * person's name, or an aspect both name) where they lean the same way, or opposite ways: a sentence from each,
 * cited with its reviewer.
 */
final class CommonGround {

    private final AspectVocabulary vocabulary;
    private final Terms terms;

    CommonGround(AspectVocabulary vocabulary, Terms terms) {
        this.vocabulary = vocabulary;
        this.terms = terms;
    }

    /** Asks what the reviewers agree or disagree on, not whether they agree on the film. Grammar, a closed set. */
    static Optional<Boolean> asksWhatIsShared(String question) {
        for (Pattern asks : List.of(WHAT_THEY_AGREE_ON, AGREE_ON_ANYTHING)) {
            Matcher m = asks.matcher(question);
            if (m.find()) {
                return Optional.of(m.group(1) == null);
            }
        }
        return Optional.empty();
    }

    /** "What do both reviewers agree on?", "where do they disagree?". */
    private static final Pattern WHAT_THEY_AGREE_ON = Pattern.compile(
            "(?i)^(?:so,? |and |but |ok,? )?(?:what|where)\\b.*\\b(dis)?agree\\w*(?: on| about)?\\W*$");

    /** "Do they agree on anything?". */
    private static final Pattern AGREE_ON_ANYTHING = Pattern.compile("(?i)\\b(dis)?agree\\w* (?:on|about) (?:anything|something)\\b");

    /** Two quoted pairs say where they meet without becoming the whole of both reviews. */
    private static final int PAIRS = 2;

    /**
     * @param agree the same way (agree) or opposite ways (disagree)
     */
    Optional<Answer> answer(String question, String film, List<Review> reviews, Function<String, List<Passage>> passagesOf,
                            boolean agree) {
        List<List<OpinionSentence>> said = reviews.stream()
                .map(r -> OpinionSentence.of(passagesOf.apply(r.id())).stream().filter(OpinionSentence::quotable).toList())
                .filter(l -> !l.isEmpty()).toList();
        if (said.size() < 2) {
            return Optional.empty();
        }
        // What a sentence speaks of: its words and the parts of a film it names, each weighed by how few of the
        // film's sentences share it (the avalanche, Brannstrom; not "film" or "good"), the title's words not at all.
        Map<OpinionSentence, Set<String>> topics = new HashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        Set<String> title = new HashSet<>(terms.of(film));
        for (List<OpinionSentence> review : said) {
            for (OpinionSentence sentence : review) {
                Set<String> of = topics(sentence.text());
                of.removeAll(title);
                topics.put(sentence, of);
                of.forEach(t -> frequency.merge(t, 1, Integer::sum));
            }
        }
        double sentences = topics.size();
        record Pair(OpinionSentence a, OpinionSentence b, Set<String> shared, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < said.size(); i++) {
            for (int j = i + 1; j < said.size(); j++) {
                for (OpinionSentence a : said.get(i)) {
                    for (OpinionSentence b : said.get(j)) {
                        Set<String> shared = new HashSet<>(topics.get(b));
                        shared.retainAll(topics.get(a));
                        double lean = a.polarity() * b.polarity() * (agree ? 1 : -1);
                        double telling = shared.stream().mapToDouble(t -> Math.log(sentences / frequency.get(t))).sum();
                        if (telling > 0 && lean > 0) {
                            pairs.add(new Pair(a, b, shared, lean * telling));
                        }
                    }
                }
            }
        }
        pairs.sort((x, y) -> Double.compare(y.score(), x.score()));
        List<Citation> quotes = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        Set<OpinionSentence> used = new HashSet<>();
        for (Pair pair : pairs) {
            if (quotes.size() >= 2 * PAIRS) {
                break;
            }
            if (pair.shared().stream().anyMatch(covered::contains) || used.contains(pair.a()) || used.contains(pair.b())) {
                continue;
            }
            covered.addAll(pair.shared());
            used.add(pair.a());
            used.add(pair.b());
            quotes.add(pair.a().citation());
            quotes.add(pair.b().citation());
        }
        return quotes.isEmpty() ? Optional.empty() : Optional.of(new Answer.Grounded(question, quotes));
    }

    /** A sentence's stems and the parts of a film it names. */
    private Set<String> topics(String sentence) {
        Set<String> topics = new HashSet<>(terms.of(sentence));
        for (Aspect aspect : vocabulary.aspects()) {
            if (!Disagreement.WHOLE.contains(aspect.name()) && vocabulary.mentions(sentence, aspect)) {
                topics.add("@" + aspect.name());
            }
        }
        return topics;
    }
}
