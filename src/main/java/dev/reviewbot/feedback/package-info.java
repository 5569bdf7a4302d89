/**
 * What users asked and thought of the answers, kept for admins: {@link dev.reviewbot.feedback.FeedbackLog}
 * (thumbs up and down with the question and citations) and {@link dev.reviewbot.feedback.QuestionLog} (every
 * question answered or declined, with its films and aspects), both bounded JSON-lines files in the data
 * directory. The command layer builds the admins' report from them.
 */
package dev.reviewbot.feedback;
