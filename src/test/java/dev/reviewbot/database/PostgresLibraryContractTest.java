package dev.reviewbot.database;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.library.Chunker;
import dev.reviewbot.library.LibraryContract;
import dev.reviewbot.library.LuceneEmbeddingStore;
import dev.reviewbot.library.LuceneIndex;
import dev.reviewbot.library.PassageEmbedder;
import dev.reviewbot.library.ReviewLibrary;
import dev.reviewbot.library.SentencePolarity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The library kept in PostgreSQL, its Lucene index a replica in the data directory. */
class PostgresLibraryContractTest extends LibraryContract {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();
    private static Database database;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void openDatabase() {
        database = POSTGRES.open();
    }

    @BeforeEach
    void emptyLibrary() {
        POSTGRES.emptyLibrary();
    }

    @Override
    protected ReviewLibrary open(EmbeddingModel embeddings) {
        try {
            LuceneIndex index = new LuceneIndex(FSDirectory.open(dataDir.resolve("replica")));
            ReviewLibrary library = new ReviewLibrary(index, new LuceneEmbeddingStore(index),
                    new PassageEmbedder(embeddings, "test-model", SentencePolarity.NONE), new Chunker(3, 80),
                    new PostgresLibraryRecord(database));
            library.sync();
            return library;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
