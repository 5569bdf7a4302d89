package dev.reviewbot.retrieval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.embedding.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Single words read by meaning: a question's word the vocabulary lacks asks about the aspect whose question word
 * it is close to ("finish" is close to "ending", "shorter" to "overlong"), and a review's word that is close to
 * it says something on that ("finale" for "finish"). Sentences are too long for their embedding to tell these
 * apart; single words are short enough. The vocabulary's words are embedded on first use, not at start-up.
 */
public final class WordSenses {

    /** No model: no word is read by meaning. */
    public static final WordSenses NONE = new WordSenses(null, List.of(), 2, 0);

    /** The aspect a question word asks about by meaning, and the vocabulary word it is close to. */
    public record Sense(Aspect aspect, String asked, String vocabularyWord) {
    }

    private final EmbeddingModel model;
    private final List<Aspect> aspects;
    private final double threshold;
    private final double margin;
    private volatile List<Sense> seeds;
    private volatile List<float[]> seedVectors;

    /**
     * @param aspects   the aspects whose single question words are the seeds
     * @param threshold cosine of two words' embeddings at which they mean the same thing here
     * @param margin    how much closer a question's word must be to its aspect's nearest seed than to any other
     *                  aspect's
     */
    WordSenses(EmbeddingModel model, List<Aspect> aspects, double threshold, double margin) {
        this.model = model;
        this.aspects = List.copyOf(aspects);
        this.threshold = threshold;
        this.margin = margin;
    }

    /**
     * The aspect the closest seed word names, when that word is close enough and clearly closer than any seed of
     * another aspect; empty otherwise. Single words share a high floor of similarity, and a word near two aspects
     * ("studio": "editor" .63, "filmmaking" .54) asks about neither.
     */
    public Optional<Sense> aspectOf(String word) {
        if (model == null) {
            return Optional.empty();
        }
        float[] asked = vector(word);
        List<Sense> known = seeds();
        Sense best = null;
        double bestScore = -1;
        double[] scores = new double[known.size()];
        for (int i = 0; i < known.size(); i++) {
            scores[i] = Vectors.dot(asked, seedVectors.get(i));
            if (scores[i] > bestScore) {
                best = known.get(i);
                bestScore = scores[i];
            }
        }
        double otherAspect = -1;
        for (int i = 0; i < known.size(); i++) {
            if (best != null && !known.get(i).aspect().equals(best.aspect())) {
                otherAspect = Math.max(otherAspect, scores[i]);
            }
        }
        return best == null || bestScore < threshold || bestScore - otherAspect < margin ? Optional.empty()
                : Optional.of(new Sense(best.aspect(), word, best.vocabularyWord()));
    }

    /** Whether two words mean the same thing here ("finale" and "finish"). */
    public boolean near(String word, String other) {
        return model != null && (word.equals(other) || Vectors.dot(vector(word), vector(other)) >= threshold);
    }

    private synchronized List<Sense> seeds() {
        if (seeds == null) {
            List<Sense> found = new ArrayList<>();
            List<TextSegment> words = new ArrayList<>();
            for (Aspect aspect : aspects) {
                aspect.questionWords().stream().filter(w -> !w.contains(" ") && w.length() >= 4).forEach(w -> {
                    found.add(new Sense(aspect, w, w));
                    words.add(TextSegment.from(w));
                });
            }
            seedVectors = model.embedAll(words).content().stream().map(e -> Vectors.unit(e.vector())).toList();
            seeds = List.copyOf(found);
        }
        return seeds;
    }

    /** Embedded by the model given, which caches (the question model's cache): words recur across questions. */
    private float[] vector(String word) {
        return Vectors.unit(model.embed(word).content().vector());
    }
}
