/**
 * What users asked and thought of the answers, kept for admins: {@link dev.reviewbot.feedback.FeedbackLog}
 * (thumbs up and down with the question and citations, over a {@link dev.reviewbot.feedback.FeedbackStore}:
 * bounded JSON lines in the data directory, or a table every process shares) and
 * {@link dev.reviewbot.feedback.QuestionLog} (every question answered or declined, with its films and aspects,
 * over a {@link dev.reviewbot.feedback.QuestionStore} kept the same two ways).
 * The command layer builds the admins' report from them.
 */
package dev.reviewbot.feedback;
