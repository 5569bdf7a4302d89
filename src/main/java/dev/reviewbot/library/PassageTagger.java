package dev.reviewbot.library;

import dev.langchain4j.data.embedding.Embedding;
import java.util.List;

/**
 * Labels passages at ingest with what they are about (acting, music...), from their headings and their
 * embeddings, so that retrieval knows which passages cover an aspect whatever the review calls its sections.
 */
public interface PassageTagger {

    /**
     * @param passages passages in review and section order
     * @param vectors  their embeddings, in the same order
     * @return the same passages, labelled
     */
    List<Passage> tag(List<Passage> passages, List<Embedding> vectors);

    /** Labels nothing: retrieval falls back to the headings alone. */
    PassageTagger NONE = (passages, vectors) -> passages;
}
