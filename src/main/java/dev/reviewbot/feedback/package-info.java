/**
 * Feedback on answers (thumbs up/down from any platform): {@link dev.reviewbot.feedback.FeedbackLog}, over a
 * {@link dev.reviewbot.feedback.FeedbackStore} (JSON lines in the data folder, or a shared table).
 */
package dev.reviewbot.feedback;
