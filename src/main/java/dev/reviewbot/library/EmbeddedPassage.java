package dev.reviewbot.library;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;

/**
 * A passage as ingest leaves it: scored for polarity, labelled with aspects, embedded. What a system of
 * record keeps per passage, so that a replica is built from it without embedding anything again.
 *
 * @param embeddedBy what embedded and scored it ({@link PassageEmbedder#signature()})
 * @param vector     its embedding
 */
public record EmbeddedPassage(Passage passage, String embeddedBy, float[] vector) {

    /** The text and metadata the embedding store keeps for it (as {@link PassageEmbedder} writes them). */
    public TextSegment segment() {
        TextSegment segment = passage.toSegment();
        segment.metadata().put(Passage.EMBEDDED_BY, embeddedBy);
        return segment;
    }

    public Embedding embedding() {
        return Embedding.from(vector);
    }
}
