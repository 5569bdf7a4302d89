/**
 * The platform-neutral command layer: {@link dev.reviewbot.command.BotCommand} in,
 * {@link dev.reviewbot.command.Reply} out, through {@link dev.reviewbot.command.CommandService}.
 * Adapters (console, Discord, Slack) map their own UX onto these and render the replies.
 */
package dev.reviewbot.command;
