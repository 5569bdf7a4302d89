/** Feedback on answers (thumbs up/down from any platform): {@link dev.reviewbot.feedback.FeedbackLog}. */
package dev.reviewbot.feedback;
