/**
 * The persisted review library. Entry point: {@link dev.reviewbot.library.ReviewLibrary} (ingest, remove,
 * {@link dev.reviewbot.library.Catalog} snapshots). Passages and their vectors live in one Lucene index
 * ({@link dev.reviewbot.library.LuceneIndex}, written in {@link dev.reviewbot.library.LuceneIndex.Batch}es),
 * exposed to retrieval as a LangChain4j EmbeddingStore ({@link dev.reviewbot.library.LuceneEmbeddingStore})
 * that keeps LangChain4j's store contract.
 */
package dev.reviewbot.library;
