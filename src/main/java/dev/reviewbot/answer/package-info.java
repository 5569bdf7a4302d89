/**
 * Answers: the {@link dev.reviewbot.answer.Answer} values (grounded with citations, or declined), the
 * extractive answerer, conversations and the {@link dev.reviewbot.answer.AnswerService} every platform calls.
 * Before the extractive answerer: {@link dev.reviewbot.answer.MetadataAnswers} (who reviewed it, its rating)
 * and {@link dev.reviewbot.answer.OpinionAnswers} (pros and cons, disagreement, comparisons, by polarity).
 */
package dev.reviewbot.answer;
