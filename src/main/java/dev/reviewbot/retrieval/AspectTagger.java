package dev.reviewbot.retrieval;

import dev.reviewbot.embedding.Vectors;
import dev.langchain4j.data.embedding.Embedding;
import dev.reviewbot.library.Passage;
import dev.reviewbot.library.PassageTagger;
import dev.reviewbot.review.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Labels passages at ingest with the aspects they cover. A heading's YAML section-words are seeds
 * ("Acting" covers acting); beyond them a section covers each aspect whose description is close to the
 * section's meaning (the mean of its passages' heading-and-text embeddings), so "Behind the Camera", "Sound
 * and Fury" or "Final Thoughts" map without being listed. A passage under a heading the vocabulary does not
 * know, and every passage of a review without headings, is also mapped by its own text: a "What works"
 * section may cover acting in one passage and the camera in the next. The untitled opening of a headed
 * review introduces the film and is labelled with nothing.
 */
public final class AspectTagger implements PassageTagger {

    private final AspectVocabulary vocabulary;
    private final AspectSemantics semantics;

    public AspectTagger(AspectVocabulary vocabulary, AspectSemantics semantics) {
        this.vocabulary = vocabulary;
        this.semantics = semantics;
    }

    @Override
    public List<Passage> tag(List<Passage> passages, List<Embedding> vectors) {
        List<Passage> tagged = new ArrayList<>(passages.size());
        int from = 0;
        while (from < passages.size()) {
            int to = from + 1;
            while (to < passages.size() && sameSection(passages.get(from), passages.get(to))) {
                to++;
            }
            tagSection(passages.subList(from, to), vectors.subList(from, to), tagged);
            from = to;
        }
        return tagged;
    }

    private void tagSection(List<Passage> section, List<Embedding> vectors, List<Passage> out) {
        String heading = section.get(0).section();
        boolean headed = !Section.WHOLE_REVIEW.equals(heading) && !Section.OPENING.equals(heading);
        Set<String> seeds = new LinkedHashSet<>();
        vocabulary.aspectsOfSection(heading).forEach(a -> seeds.add(a.name()));
        if (headed && seeds.isEmpty()) {
            seeds.addAll(semantics.ofText(mean(vectors)));
        }
        for (int i = 0; i < section.size(); i++) {
            Set<String> labels = new LinkedHashSet<>(seeds);
            // The untitled opening of a headed review introduces everything and covers nothing in particular.
            if (Section.WHOLE_REVIEW.equals(heading) || (headed && vocabulary.aspectsOfSection(heading).isEmpty())) {
                labels.addAll(semantics.ofText(vectors.get(i).vector()));
            }
            out.add(section.get(i).withAspects(List.copyOf(labels)));
        }
    }

    private static boolean sameSection(Passage a, Passage b) {
        return a.reviewId().equals(b.reviewId()) && a.sectionIndex() == b.sectionIndex();
    }

    private static float[] mean(List<Embedding> vectors) {
        float[] sum = new float[vectors.get(0).vector().length];
        for (Embedding e : vectors) {
            float[] unit = Vectors.unit(e.vector());
            for (int i = 0; i < sum.length; i++) {
                sum[i] += unit[i];
            }
        }
        return sum;
    }
}
