package dev.reviewbot.discord;

import java.time.Duration;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the bot sends goes through here: failures are logged (the event they answer is over either
 * way), and what is still on its way is counted, so that closing the adapter lets it arrive before JDA
 * shuts down instead of cutting it off.
 */
final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private int pending; // guarded by this

    void send(RestAction<?> action, String what) {
        synchronized (this) {
            pending++;
        }
        try {
            action.queue(result -> done(), failure -> {
                LOG.warn("discord: sending {} failed", what, failure);
                done();
            });
        } catch (RuntimeException e) {
            done();
            throw e;
        }
    }

    /** Waits until nothing is on its way, or the timeout passes; true when nothing is. */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    private synchronized void done() {
        pending--;
        notifyAll();
    }
}
