/**
 * The one door to the core: {@link dev.reviewbot.command.BotCommand} and its
 * {@link dev.reviewbot.command.Requester} in, {@link dev.reviewbot.command.Reply} out, through
 * {@link dev.reviewbot.command.CommandService}. Rate limits, answer ids, votes and seen events live here
 * once, behind small interfaces ({@link dev.reviewbot.command.RateLimits},
 * {@link dev.reviewbot.command.RecentAnswers}, {@link dev.reviewbot.command.Votes},
 * {@link dev.reviewbot.command.SeenEvents}, {@link dev.reviewbot.command.FollowUpThreads}) whose
 * implementations the wiring picks: in memory here, or shared in PostgreSQL ({@code dev.reviewbot.state}). Adapters (console,
 * Discord, Slack) implement {@link dev.reviewbot.command.ChatAdapter}, get
 * {@link dev.reviewbot.command.ChatServices}, and only translate. For admins: where the bot answers
 * ({@link dev.reviewbot.command.AllowedChannels}, checked in {@code refusal}) and the report of a period
 * ({@link dev.reviewbot.command.ActivityReports} builds one {@link dev.reviewbot.command.ActivityReport};
 * {@link dev.reviewbot.command.ReportText} renders it as text).
 */
package dev.reviewbot.command;
