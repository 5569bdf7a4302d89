/**
 * Opinions in reviews. Sentence polarity (praise +1 .. criticism -1): logistic regression over the
 * in-process sentence embedding and the sentence's word n-grams ({@link dev.reviewbot.opinion.EmbeddingPolarity},
 * {@link dev.reviewbot.opinion.SentenceNgrams}), fitted by `reviewbot fit-polarity`
 * ({@link dev.reviewbot.eval.PolarityFit}) into
 * {@link dev.reviewbot.opinion.PolarityModel} files bundled in the jar; the library scores every sentence
 * at ingest. A review at a glance: {@link dev.reviewbot.opinion.Scorecard}, drawn as text
 * ({@link dev.reviewbot.opinion.ScorecardText}) or as a PNG ({@link dev.reviewbot.opinion.ScorecardChart}).
 * Questions about opinions: {@link dev.reviewbot.opinion.OpinionReader} tells pros and cons, disagreement
 * and comparisons apart by the question's embedding, and the side asked for by its polarity; the answers
 * themselves are in dev.reviewbot.answer.OpinionAnswers.
 */
package dev.reviewbot.opinion;
