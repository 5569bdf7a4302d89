/**
 * The persisted review library. Entry point: {@link dev.reviewbot.library.ReviewLibrary} (ingest, remove,
 * {@link dev.reviewbot.library.Catalog} snapshots). Passages and their vectors live in one Lucene index
 * ({@link dev.reviewbot.library.LuceneIndex}), exposed to retrieval as a LangChain4j EmbeddingStore.
 */
package dev.reviewbot.library;
