/**
 * The in-process embedding models to choose from ({@link dev.reviewbot.embedding.InProcessModel}) and the
 * setting that chooses ({@link dev.reviewbot.embedding.EmbeddingSettings}, config: embedding).
 */
package dev.reviewbot.embedding;
