/**
 * ReviewBot on Discord, through JDA. {@link dev.reviewbot.discord.DiscordAdapter} connects (gateway and REST
 * from {@link dev.reviewbot.config.DiscordConfig}), registers the slash commands of {@code SlashCommands} and
 * routes events through {@code DiscordListener} to small handlers. Handlers only translate: a Discord event
 * into a {@link dev.reviewbot.command.BotCommand} with its {@link dev.reviewbot.command.Requester}
 * ({@code Requesters}), and the core's reply into a message built by the views ({@code ReplyViews}), within
 * Discord's limits and with no allowed mentions. The core's services come as one
 * {@link dev.reviewbot.command.ChatServices}.
 *
 * <p>This package is the only one that imports JDA; the core never imports this package. Tests run the real JDA against a fake Discord on loopback (src/test, same package).
 */
package dev.reviewbot.discord;
