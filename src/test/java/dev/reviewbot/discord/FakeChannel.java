package dev.reviewbot.discord;

/** A text channel of the fake guild, as a slash command's CHANNEL option value. */
public record FakeChannel(String id, String name) {
}
