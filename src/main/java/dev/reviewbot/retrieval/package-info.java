/**
 * Understanding a question and finding the passages that answer it. Entry points:
 * {@link dev.reviewbot.retrieval.QuestionAnalyzer} (films, aspects, terms) and
 * {@link dev.reviewbot.retrieval.HybridRetriever} (embedding nearest neighbours fused with BM25).
 */
package dev.reviewbot.retrieval;
