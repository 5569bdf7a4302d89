/**
 * Answers: the {@link dev.reviewbot.answer.Answer} values (grounded with citations, or declined), the
 * extractive answerer, conversations and the {@link dev.reviewbot.answer.AnswerService} every platform calls.
 */
package dev.reviewbot.answer;
