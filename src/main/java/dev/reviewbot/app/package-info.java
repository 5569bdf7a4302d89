/**
 * Wiring: {@link dev.reviewbot.app.ReviewBot} builds every service from the config, and the state stores
 * (in memory today) behind the core's interfaces; {@link dev.reviewbot.app.ChatAdapters} starts the chat
 * adapters whose credentials are set, handing each the core's {@link dev.reviewbot.command.ChatServices}.
 */
package dev.reviewbot.app;
