package dev.reviewbot.answer;

import java.util.List;

/**
 * What is known about a sentence as an answer to a question; a fitted {@link ScoringModel} weighs it. The
 * passage-level values come from retrieval, the rest from the sentence and the question's analysis.
 *
 * @param similarity      cosine of the passage's and the question's embeddings
 * @param lexical         the passage's BM25 score, saturated to 0..1
 * @param aspectMatch     the passage covers an aspect the question asks about
 * @param coverage        share of the question's telling words (by inverse document frequency) in the sentence
 * @param passageCoverage the same share in the whole passage
 * @param mentionsAspect  the sentence names the aspect asked about ("wrote the score")
 * @param namesRole       ... and the question asks who held that role ("who directed it?")
 * @param opensSection    first sentence of a section on the aspect asked about, which usually sums it up
 * @param opensSectionAspectOnly ... and the question asks nothing but the aspect ("how is the acting?")
 * @param factKind        the question wants a kind of fact (a person, a date, a runtime...) and the sentence holds one
 * @param firstInPassage  first sentence of its passage
 * @param passageRank     1 / (1 + the passage's place in retrieval's ranking)
 * @param length          words in the sentence / 40, at most 1
 * @param questionTerms   the question has content words besides the film's title
 * @param questionAspect  the question asks about an aspect
 * @param unscoped        the question names no film
 * @param polarityStrength how strongly the sentence praises or criticises (0 when unscored)
 * @param anchored        the question asks about no aspect, or the passage covers it, or the sentence names it
 * @param sentenceSimilarity cosine of the sentence's own embedding to the question's (0 without sentence vectors)
 */
public record SentenceFeatures(double similarity, double lexical, boolean aspectMatch, double coverage,
                               double passageCoverage, boolean mentionsAspect, boolean namesRole, boolean opensSection,
                               boolean opensSectionAspectOnly, boolean factKind, boolean firstInPassage,
                               double passageRank, double length, boolean questionTerms, boolean questionAspect,
                               boolean unscoped, double polarityStrength, boolean anchored,
                               double sentenceSimilarity) {

    public static final String SIMILARITY = "similarity";
    public static final String LEXICAL = "lexical";
    public static final String ASPECT_MATCH = "aspect-match";

    /** The order of {@link #vector()}; a {@link ScoringModel} must name the same. */
    public static final List<String> NAMES = List.of(SIMILARITY, LEXICAL, ASPECT_MATCH, "sentence-coverage",
            "passage-coverage", "mentions-aspect", "names-role", "opens-aspect-section", "opens-section-aspect-only",
            "fact-kind", "first-in-passage", "passage-rank", "sentence-length", "question-has-terms",
            "question-has-aspect", "unscoped", "polarity-strength", "anchored", "sentence-similarity");

    public double[] vector() {
        return new double[] {similarity, lexical, flag(aspectMatch), coverage, passageCoverage, flag(mentionsAspect),
                flag(namesRole), flag(opensSection), flag(opensSectionAspectOnly), flag(factKind), flag(firstInPassage),
                passageRank, length, flag(questionTerms), flag(questionAspect), flag(unscoped), polarityStrength, flag(anchored), sentenceSimilarity};
    }

    private static double flag(boolean value) {
        return value ? 1 : 0;
    }
}
