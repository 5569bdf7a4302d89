package dev.reviewbot.answer;

import dev.reviewbot.library.Passage;
import dev.reviewbot.library.ScoredSentence;
import dev.reviewbot.retrieval.Aspect;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.review.Section;
import java.util.List;

/** A stored sentence with its polarity and where it comes from, as opinion answers weigh and quote it. */
record OpinionSentence(Passage passage, ScoredSentence sentence) {

    /**
     * Shorter sentences ("So would row F.", "Go find it.") say too little to stand as a pro or con, and their
     * polarity is the model's least reliable; at five words a sentence can say what is wrong with what ("The third
     * act is a mess."). Tuning parts, at 8 words: 1448; at 5: 1451 (pros and cons +4).
     */
    static final int MIN_WORDS = 5;

    static List<OpinionSentence> of(List<Passage> passages) {
        return passages.stream().flatMap(p -> p.sentences().stream().filter(ScoredSentence::scored)
                .map(s -> new OpinionSentence(p, s))).toList();
    }

    double polarity() {
        return sentence.polarity();
    }

    String text() {
        return sentence.text();
    }

    /**
     * Long enough to say something, and not a line of a credits block ("Production: A Nordlys Film production.") nor
     * of a page's listing ("12A · 101 mins · UK 2026").
     */
    boolean quotable() {
        return text().split("\\s+").length >= MIN_WORDS && !Section.isCreditsLine(text()) && !Section.isListingLine(text())
                && !Section.isFormField(text()) && !dev.reviewbot.text.Sentences.asks(text());
    }

    /** On the aspect: its passage was labelled with it at ingest (or, stored before that, its heading says so), or it names it. */
    boolean about(Aspect aspect, AspectVocabulary vocabulary) {
        boolean covered = passage.aspects() != null ? passage.aspects().contains(aspect.name())
                : !Section.WHOLE_REVIEW.equals(passage.section()) && vocabulary.covers(passage.section(), aspect);
        return covered || vocabulary.mentions(text(), aspect);
    }

    /**
     * On some aspect of a film: its passage was labelled with one at ingest (stored before labels, it counts), or it
     * names one. A sentence on none is a page's furniture ("Collection from the saleroom only.", "Thanks for listening
     * to The Late Reel."), however the polarity model, which knows no neutral, reads it.
     */
    boolean onSomeAspect(AspectVocabulary vocabulary) {
        List<String> labelled = passage.aspects();
        return labelled == null || !labelled.isEmpty() || vocabulary.aspects().stream().anyMatch(a -> names(a, vocabulary));
    }

    /** The sentences on some aspect of a film, or all of them when none is. */
    static List<OpinionSentence> onTheFilm(List<OpinionSentence> sentences, AspectVocabulary vocabulary) {
        List<OpinionSentence> onSome = sentences.stream().filter(s -> s.onSomeAspect(vocabulary)).toList();
        return onSome.isEmpty() ? sentences : onSome;
    }

    /** Names the aspect in so many words ("the score"), not only sits in a passage labelled with it. */
    boolean names(Aspect aspect, AspectVocabulary vocabulary) {
        return vocabulary.mentions(text(), aspect);
    }

    Citation citation() {
        return new Citation(passage.film(), passage.section(), passage.reviewer(), text());
    }
}
