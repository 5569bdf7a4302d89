/**
 * The chat state every process shares when a PostgreSQL database is configured: the core's state
 * interfaces ({@code command.SeenEvents}, {@code Votes}, {@code RecentAnswers}, {@code RateLimits},
 * {@code AnsweredThreads}, {@code answer.Conversations}, {@code feedback.FeedbackStore}) over plain JDBC.
 * First-time checks are one atomic {@code INSERT ... ON CONFLICT}; every row carries its expiry, computed
 * from the injected {@link java.time.Clock}, and {@link ExpiredRows} deletes what has expired. The tables
 * are migration V10 ({@code db/migration/V10__chat_state.sql}). Entry point: the wiring's
 * {@code app.StateStores}.
 */
package dev.reviewbot.state;
