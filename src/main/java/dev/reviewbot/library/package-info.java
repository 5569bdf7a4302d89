/**
 * The persisted review library. Entry point: {@link dev.reviewbot.library.ReviewLibrary} (ingest, remove,
 * {@link dev.reviewbot.library.Catalog} snapshots). Passages and their vectors live in one Lucene index
 * ({@link dev.reviewbot.library.LuceneIndex}), exposed to retrieval as a LangChain4j EmbeddingStore.
 * Removal never guesses: {@link dev.reviewbot.library.RemovalMatch} finds an exact title or review id, for
 * the command line and every platform. {@link dev.reviewbot.library.LibraryFolder} says what is wrong with
 * an unreadable library and sets it aside for a rebuild.
 */
package dev.reviewbot.library;
