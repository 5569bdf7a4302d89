/**
 * ReviewBot on Discord, through JDA. {@link dev.reviewbot.discord.DiscordAdapter} connects (gateway and REST
 * from {@link dev.reviewbot.config.DiscordConfig}), registers the slash commands of {@code SlashCommands} and
 * routes events through {@code DiscordListener} to small handlers. Handlers only translate: a Discord event
 * into a core request (a {@link dev.reviewbot.command.BotCommand}, an upload, feedback), and the core's reply
 * into a message built by the views, within Discord's limits and with no allowed mentions.
 *
 * <p>This package and {@code dev.reviewbot.app} are the only ones that import JDA; the core never imports
 * this package. Tests run the real JDA against a fake Discord on loopback (src/test, same package).
 */
package dev.reviewbot.discord;
