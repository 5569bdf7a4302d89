package dev.reviewbot.retrieval;

import dev.reviewbot.embedding.Vectors;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises aspects by meaning: the embedding of a question or a passage against each aspect's
 * description in config/aspects.yaml, embedded once at start-up with the model in use (so a different
 * embedding model needs no precomputed numbers, only perhaps other thresholds in config).
 */
public final class AspectSemantics {

    private final EmbeddingModel model;
    private final List<Aspect> described = new ArrayList<>();
    private final List<float[]> descriptions = new ArrayList<>();
    private final double passageThreshold;
    private final double questionThreshold;
    private final WordSenses words;

    public AspectSemantics(AspectVocabulary vocabulary, EmbeddingModel model, RetrievalSettings settings) {
        this.model = model;
        this.passageThreshold = settings.aspectSimilarity();
        this.questionThreshold = settings.questionAspectSimilarity();
        // The verdict is asked by its vague words only when nothing else is ("is it good?"): a word close to one
        // of them ("final", "rating") asks about something else more often than for the verdict.
        this.words = new WordSenses(model, vocabulary.aspects().stream()
                .filter(a -> !a.description().isEmpty() && !a.name().equals(AspectVocabulary.VERDICT)).toList(),
                settings.wordSimilarity(), settings.wordMargin());
        List<TextSegment> texts = new ArrayList<>();
        for (Aspect aspect : vocabulary.aspects()) {
            if (!aspect.description().isEmpty()) {
                described.add(aspect);
                texts.add(TextSegment.from(aspect.label() + ": " + aspect.description()));
            }
        }
        if (!texts.isEmpty()) {
            model.embedAll(texts).content().forEach(e -> descriptions.add(Vectors.unit(e.vector())));
        }
    }

    /** Single words read by meaning, with the same model. */
    public WordSenses words() {
        return words;
    }

    /** The question's embedding with the model the descriptions were embedded with. */
    public Embedding embed(String question) {
        return model.embed(question).content();
    }

    /** The one aspect a question is closest to, when close enough; empty otherwise. */
    public List<Aspect> ofQuestion(Embedding question) {
        float[] vector = Vectors.unit(question.vector());
        Aspect best = null;
        double bestScore = questionThreshold;
        for (int i = 0; i < described.size(); i++) {
            double score = Vectors.dot(vector, descriptions.get(i));
            if (score >= bestScore) {
                best = described.get(i);
                bestScore = score;
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /**
     * The aspect whose description the text's embedding is closest to, by name, when close enough. Only the
     * closest: fitted against the vocabulary's own heading labels ({@code eval --fit-aspects}), the closest
     * aspect alone is right far more often than every aspect above a threshold.
     */
    public List<String> ofText(float[] vector) {
        float[] unit = Vectors.unit(vector);
        String best = null;
        double bestScore = passageThreshold;
        for (int i = 0; i < described.size(); i++) {
            double score = Vectors.dot(unit, descriptions.get(i));
            if (score >= bestScore) {
                best = described.get(i).name();
                bestScore = score;
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /** Each aspect's cosine to the vector, for measuring and tuning the thresholds. */
    public java.util.Map<String, Double> similarities(Embedding embedding) {
        float[] unit = Vectors.unit(embedding.vector());
        java.util.Map<String, Double> scores = new java.util.LinkedHashMap<>();
        for (int i = 0; i < described.size(); i++) {
            scores.put(described.get(i).name(), Vectors.dot(unit, descriptions.get(i)));
        }
        return scores;
    }
}
