package dev.reviewbot.eval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.library.Chunker;
import dev.reviewbot.library.Passage;
import dev.reviewbot.retrieval.Aspect;
import dev.reviewbot.retrieval.AspectSemantics;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fits the thresholds of aspect recognition by embeddings ({@code retrieval.aspect-similarity} and
 * {@code retrieval.question-aspect-similarity}) to the vocabulary's own labels: sections whose headings
 * the YAML section-words map, and questions whose words the YAML question-words map, are the labelled
 * examples; each threshold's precision, recall and F1 at telling their aspects from the others is printed.
 * Run with the model in use, so another embedding model gets its own thresholds.
 */
public final class AspectFit {

    /** What the fit needs of a running bot. */
    public record Parts(AspectVocabulary vocabulary, AspectSemantics semantics, EmbeddingModel model) {
    }

    private record Example(Map<String, Double> similarity, Set<String> labels) {
    }

    private AspectFit() {
    }

    public static String report(List<Review> reviews, List<String> questions, AspectVocabulary vocabulary,
                                AspectSemantics semantics, EmbeddingModel model) {
        List<Example> sections = new ArrayList<>();
        Chunker chunker = new Chunker(3, 80);
        for (Review review : reviews) {
            List<Passage> passages = chunker.passages(review);
            for (int s = 0; s < review.sections().size(); s++) {
                Section section = review.sections().get(s);
                Set<String> labels = vocabulary.aspectsOfSection(section.name()).stream().map(Aspect::name).collect(Collectors.toSet());
                if (labels.isEmpty()) {
                    continue;
                }
                int index = s;
                List<TextSegment> texts = passages.stream().filter(p -> p.sectionIndex() == index)
                        .map(p -> TextSegment.from(p.embeddingText())).toList();
                float[] mean = mean(model.embedAll(texts).content());
                sections.add(new Example(semantics.similarities(Embedding.from(mean)), labels));
            }
        }
        List<Example> asked = new ArrayList<>();
        for (String question : questions) {
            Set<String> labels = vocabulary.namedAspectsIn(question).stream().map(Aspect::name).collect(Collectors.toSet());
            if (!labels.isEmpty()) {
                asked.add(new Example(semantics.similarities(model.embed(question).content()), labels));
            }
        }
        StringBuilder out = new StringBuilder();
        for (double margin : new double[] {1, 0.05, 0}) {
            out.append(table(String.format(Locale.ROOT, "sections (aspect-similarity, aspects within %.2f of the closest), %d headed by vocabulary words",
                    margin, sections.size()), sections, margin)).append('\n');
        }
        return out + table("questions (question-aspect-similarity, closest aspect only), " + asked.size()
                + " naming an aspect by its words", asked, 0);
    }

    private static String table(String title, List<Example> examples, double margin) {
        StringBuilder out = new StringBuilder(title).append("\n| threshold | precision | recall | F1 |\n|---|---|---|---|\n");
        double bestF1 = -1;
        double bestThreshold = 0;
        for (double t = 0.20; t <= 0.651; t += 0.025) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Example e : examples) {
                double top = e.similarity().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
                for (Map.Entry<String, Double> aspect : e.similarity().entrySet()) {
                    boolean predicted = aspect.getValue() >= t && aspect.getValue() >= top - margin;
                    boolean actual = e.labels().contains(aspect.getKey());
                    tp += predicted && actual ? 1 : 0;
                    fp += predicted && !actual ? 1 : 0;
                    fn += !predicted && actual ? 1 : 0;
                }
            }
            double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestThreshold = t;
            }
            out.append(String.format(Locale.ROOT, "| %.3f | %.2f | %.2f | %.2f |%n", t, p, r, f1));
        }
        return out.append(String.format(Locale.ROOT, "best F1 at %.3f%n", bestThreshold)).toString();
    }

    private static float[] mean(List<Embedding> vectors) {
        float[] sum = new float[vectors.get(0).vector().length];
        for (Embedding e : vectors) {
            float[] v = e.vector();
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            for (int i = 0; i < sum.length; i++) {
                sum[i] += (float) (v[i] / Math.sqrt(norm));
            }
        }
        return sum;
    }
}
