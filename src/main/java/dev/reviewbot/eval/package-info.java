/**
 * Answer quality measurement: {@link dev.reviewbot.eval.Evaluator} scores an eval set (film@1, section@1,
 * facts, refusals, and right/declined per kind of question); {@link dev.reviewbot.eval.AspectFit} fits the
 * thresholds of aspect recognition by embeddings to the vocabulary's own labels; {@link dev.reviewbot.eval.PolarityFit}
 * fits sentence polarity (`reviewbot fit-polarity`).
 */
package dev.reviewbot.eval;
