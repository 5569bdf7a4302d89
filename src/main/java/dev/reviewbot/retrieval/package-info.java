/**
 * Understanding a question and finding the passages that answer it. Entry points:
 * {@link dev.reviewbot.retrieval.QuestionAnalyzer} (films or a film not stored, aspects by words, typos or
 * meaning, people, terms), {@link dev.reviewbot.retrieval.HybridRetriever} (embedding nearest neighbours fused
 * with BM25, boosted for passages labelled with the aspect asked about) and
 * {@link dev.reviewbot.retrieval.AspectTagger} (labels passages with aspects at ingest, by heading and meaning).
 */
package dev.reviewbot.retrieval;
