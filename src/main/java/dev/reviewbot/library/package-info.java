/**
 * The persisted review library. Entry point: {@link dev.reviewbot.library.ReviewLibrary} (ingest, remove,
 * {@link dev.reviewbot.library.Catalog} snapshots). Passages and their vectors live in one Lucene index
 * ({@link dev.reviewbot.library.LuceneIndex}, written in {@link dev.reviewbot.library.LuceneIndex.Batch}es),
 * exposed to retrieval as a LangChain4j EmbeddingStore ({@link dev.reviewbot.library.LuceneEmbeddingStore})
 * that keeps LangChain4j's store contract.
 * Removal never guesses: {@link dev.reviewbot.library.RemovalMatch} finds an exact title or review id, for
 * the command line and every platform. {@link dev.reviewbot.library.LibraryFolder} says what is wrong with
 * an unreadable library and sets it aside for a rebuild.
 * {@link dev.reviewbot.library.PassageEmbedder} embeds passages, scores each sentence's polarity
 * ({@link dev.reviewbot.library.SentencePolarity}, read back as {@link dev.reviewbot.library.Passage#sentences()})
 * and tags each passage with what embedded it, so a library opened with another model is re-embedded
 * ({@link dev.reviewbot.library.ReviewLibrary#reembedStale}) instead of mixing vectors.
 */
package dev.reviewbot.library;
