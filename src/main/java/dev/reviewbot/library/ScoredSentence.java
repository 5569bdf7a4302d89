package dev.reviewbot.library;

/**
 * One sentence of a passage with its polarity, from criticism (-1) to praise (+1), NaN when unscored.
 *
 * @param index the sentence's position in its passage
 */
public record ScoredSentence(String text, int index, double polarity) {

    public boolean scored() {
        return !Double.isNaN(polarity);
    }
}
