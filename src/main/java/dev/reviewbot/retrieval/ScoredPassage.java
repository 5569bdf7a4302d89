package dev.reviewbot.retrieval;

import dev.reviewbot.library.Passage;

/**
 * A retrieved passage with the evidence behind its rank.
 *
 * @param similarity cosine similarity of passage and question embeddings (-1..1)
 * @param lexical    BM25 score normalised to the best hit of the same search (0..1)
 * @param aspectMatch the passage's section covers an aspect the question asks about
 * @param score      the fused score that orders the results
 */
public record ScoredPassage(Passage passage, double similarity, double lexical, boolean aspectMatch, double score) {
}
