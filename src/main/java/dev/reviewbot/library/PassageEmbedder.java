package dev.reviewbot.library;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.reviewbot.text.Sentences;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds passages and scores their sentences' polarity, then writes both to the store, tagged with what
 * produced them ({@link #signature()}): a library opened with another model or other polarity weights
 * finds the passages that need doing again by that tag.
 */
public final class PassageEmbedder {

    private final EmbeddingModel model;
    private final String modelId;
    private final SentencePolarity polarity;
    private final PassageTagger tagger;

    /**
     * @param modelId  the model's name as config gives it (embedding.model)
     * @param polarity scores each sentence; {@link SentencePolarity#NONE} for none
     */
    public PassageEmbedder(EmbeddingModel model, String modelId, SentencePolarity polarity) {
        this(model, modelId, polarity, PassageTagger.NONE);
    }

    /** @param tagger labels each passage with the aspects it covers, from its heading and its vector */
    public PassageEmbedder(EmbeddingModel model, String modelId, SentencePolarity polarity, PassageTagger tagger) {
        this.model = model;
        this.modelId = modelId;
        this.polarity = polarity;
        this.tagger = tagger;
    }

    /** What embedded a passage: the model and the polarity weights, e.g. "bge-small-en-v15-q|polarity:3f2a..". */
    public String signature() {
        return modelId + "|polarity:" + polarity.version();
    }

    public String modelId() {
        return modelId;
    }

    /** Embeds and scores the passages and adds them to the store (visible at the library's next commit). */
    public void store(List<Passage> cut, EmbeddingStore<TextSegment> store) {
        List<EmbeddedPassage> embedded = embed(cut);
        store.addAll(embedded.stream().map(e -> e.passage().id()).toList(),
                embedded.stream().map(EmbeddedPassage::embedding).toList(),
                embedded.stream().map(EmbeddedPassage::segment).toList());
    }

    /** Embeds the passages, labels their aspects and scores each sentence's polarity; stores nothing. */
    public List<EmbeddedPassage> embed(List<Passage> cut) {
        List<TextSegment> texts = cut.stream().map(p -> TextSegment.from(p.embeddingText())).toList();
        List<Embedding> vectors = model.embedAll(texts).content();
        List<Passage> passages = tagger.tag(cut, vectors);
        List<String> sentences = new ArrayList<>();
        List<Integer> counts = new ArrayList<>(passages.size());
        for (Passage passage : passages) {
            List<String> split = Sentences.split(passage.text());
            sentences.addAll(split);
            counts.add(split.size());
        }
        List<Double> scores = sentences.isEmpty() ? List.of() : polarity.score(sentences);
        List<EmbeddedPassage> embedded = new ArrayList<>(passages.size());
        int next = 0;
        for (int i = 0; i < passages.size(); i++) {
            Polarities own = new Polarities(scores.subList(next, next + counts.get(i)));
            next += counts.get(i);
            embedded.add(new EmbeddedPassage(passages.get(i).withPolarities(own), signature(), vectors.get(i).vector()));
        }
        return embedded;
    }
}
