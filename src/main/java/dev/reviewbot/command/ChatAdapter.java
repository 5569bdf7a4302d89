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

    /**
     * Empty while connected and taking events; else what is down, in a few words ("gateway RECONNECT_QUEUED").
     * Answers at once (no network call): the ops port's /readyz asks it every few seconds.
     */
    default java.util.Optional<String> connectionProblem() {
        return java.util.Optional.empty();
    }

    /** Adds the platform's own meters (Discord: the gateway's heartbeat latency). */
    default void bindTo(io.micrometer.core.instrument.MeterRegistry registry) {
    }

    /** Disconnects and releases threads; safe to call twice. */
    @Override
    void close();
}
