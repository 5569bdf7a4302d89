package dev.reviewbot.opinion;

import java.util.List;
import java.util.Map;

/**
 * How opinion questions (pros and cons, disagreement, comparisons) are recognised and answered; values and
 * why in config/reviewbot.yaml ({@code opinions:}), measured in docs/QUALITY.md.
 *
 * @param kinds           short descriptions of each kind of question (pros-cons, disagreement, comparison) and
 *                        of questions that are none of them (other): a question is of the kind whose
 *                        descriptions its embedding is closest to
 * @param kindSimilarity  the least cosine to a kind's description for a question to be of that kind
 * @param acrossFilmsSimilarity the same for a comparison that names no film ("which film has the best score?"),
 *                        higher: "which film has a flamethrower scene?" is no comparison
 * @param praise          what a question asking for praise is about ("the best thing, what they liked")
 * @param criticism       what a question asking for criticism is about ("the weaknesses, what they hated")
 * @param sideWeight      weight of the question's margin (cosine to praise less cosine to criticism) beside its polarity
 * @param sideBias        added to the margin: questions sit a little nearer criticism's description whatever they ask
 * @param direction       how far the sum must lean to ask for one side; nearer zero asks for either
 * @param sectionPolarity the least polarity, one way, of every sentence of a pros or cons section (one under
 *                        a heading that names no aspect: "What doesn't work", "The Upside")
 * @param minPolarity     the least polarity, in the asked direction, of a sentence quoted as a pro or a con
 * @param qualityWarmth   weight of the evidence's polarity (towards the quality's own: "funny" praise, "slow"
 *                        criticism) beside its nearness to the quality, ranking "which is slower / funnier?"
 * @param useWarmth       the same for a use ("which is better for little kids?"), beside the resemblance to it
 */
public record OpinionSettings(Map<String, List<String>> kinds, double kindSimilarity, double acrossFilmsSimilarity,
                              String praise, String criticism, double sideWeight, double sideBias, double direction,
                              double sectionPolarity, double minPolarity, double qualityWarmth, double useWarmth) {

    /** Opinion questions are not recognised (tests and libraries that do not need them). */
    public static final OpinionSettings NONE = new OpinionSettings(Map.of(), 2, 2, null, null, 0, 0, 1, 2, 1, 0, 0);

    public OpinionSettings {
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
        if (direction < 0 || minPolarity < 0) {
            throw new IllegalArgumentException("opinions.direction and opinions.min-polarity cannot be negative, were "
                    + direction + " and " + minPolarity);
        }
        for (String kind : kinds.keySet()) {
            if (!kind.equals("other") && OpinionKind.named(kind).isEmpty()) {
                throw new IllegalArgumentException("opinions.kinds." + kind + " is no kind; the kinds are pros, cons, "
                        + "pros-cons, disagreement, better, worse, comparison and other");
            }
        }
    }
}
