/**
 * The chat state every process shares when a PostgreSQL database is configured: the core's state
 * interfaces ({@code command.SeenEvents}, {@code Votes}, {@code RecentAnswers}, {@code RateLimits},
 * {@code AnsweredThreads}, {@code answer.Conversations}, {@code feedback.FeedbackStore}, and the admins'
 * {@code command.AllowedChannels} and {@code feedback.QuestionStore}) over plain JDBC.
 * First-time checks are one atomic {@code INSERT ... ON CONFLICT}; every row carries its expiry, computed
 * from the injected {@link java.time.Clock}, and {@link ExpiredRows} deletes what has expired. The tables
 * are migrations V10 to V12 ({@code db/migration/V10__chat_state.sql}, {@code V12__admin_state.sql}).
 * Entry point: the wiring's {@code app.StateStores}.
 */
package dev.reviewbot.state;
