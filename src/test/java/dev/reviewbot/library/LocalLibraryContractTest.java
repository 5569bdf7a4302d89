package dev.reviewbot.library;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.io.TempDir;

/** The library as one Lucene index in the data directory (the embedded default). */
class LocalLibraryContractTest extends LibraryContract {

    @TempDir
    Path dataDir;

    @Override
    protected ReviewLibrary open(EmbeddingModel embeddings) {
        try {
            LuceneIndex index = new LuceneIndex(FSDirectory.open(dataDir.resolve("index")));
            return new ReviewLibrary(index, new LuceneEmbeddingStore(index), embeddings, new Chunker(3, 80));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
