package dev.reviewbot.command;

/**
 * A chat platform connection (Discord, Slack). It only translates: platform events into core commands,
 * core replies into platform messages. Built by the wiring (app.ChatAdapters) when its credentials are set, from {@link ChatServices}.
 */
public interface ChatAdapter extends AutoCloseable {

    /** "discord", "slack (socket mode)"... for logs and messages. */
    String name();

    /** Connects; returns once connected, or throws with a message naming what failed (never a secret). */
    void start() throws Exception;

    /** Disconnects and releases threads; safe to call twice. */
    @Override
    void close();
}
