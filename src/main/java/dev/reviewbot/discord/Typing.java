package dev.reviewbot.discord;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "ReviewBot is typing…" while a mention or DM is answered: what Discord users expect from a bot working on
 * a message (interactions get a deferred reply instead), and unlike a placeholder reply it leaves no
 * "(edited)" message behind. Discord shows the indicator for about 10 seconds, or until the bot sends a
 * message, so it is renewed until the answer is ready: a language model may take longer than that.
 */
final class Typing implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Typing.class);
    /** Discord's indicator lasts ~10 s: renew it before it fades. */
    static final Duration RENEW = Duration.ofSeconds(8);

    private final Outbox outbox;
    private final Duration renew;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "discord-typing");
        thread.setDaemon(true);
        return thread;
    });

    Typing(Outbox outbox, Duration renew) {
        this.outbox = outbox;
        this.renew = renew;
    }

    /** Shows the indicator in {@code channel} now and keeps it up until {@link Indicator#stop}. */
    Indicator start(MessageChannel channel) {
        show(channel);
        try {
            ScheduledFuture<?> renewal = timer.scheduleAtFixedRate(() -> show(channel), renew.toMillis(),
                    renew.toMillis(), TimeUnit.MILLISECONDS);
            return () -> renewal.cancel(false);
        } catch (RejectedExecutionException e) {
            return () -> { }; // closing: the answer matters, not the indicator
        }
    }

    /** A nicety: a channel that refuses it (JDA checks permissions first) must not cost the answer. */
    private void show(MessageChannel channel) {
        try {
            outbox.send(channel.sendTyping(), "typing in " + channel.getId());
        } catch (RuntimeException e) {
            LOG.debug("discord: no typing indicator in {}: {}", channel.getId(), e.toString());
        }
    }

    /** One indicator; stopping it twice is harmless. */
    interface Indicator {
        void stop();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
