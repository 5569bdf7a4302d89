package dev.reviewbot.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stop that fits Docker's 10 s between SIGTERM and SIGKILL: readiness turns to 503 at once, every
 * connection is closed in parallel (each stops taking events first, then finishes its answers in flight),
 * and after the grace period what has not finished is let go and the library is closed anyway.
 */
public final class GracefulStop {

    private static final Logger LOG = LoggerFactory.getLogger(GracefulStop.class);

    /** A thing to close, by name for the log. */
    public record Part(String name, AutoCloseable closeable) {
    }

    private final Readiness readiness;
    private final Duration grace;

    public GracefulStop(Readiness readiness, Duration grace) {
        this.readiness = readiness;
        this.grace = grace;
    }

    /**
     * @param connections closed in parallel, within the grace period
     * @param last        closed after them (the library, the ops port), whether they finished or not
     * @return the names of the connections that had not finished within the grace period
     */
    public List<String> stop(List<Part> connections, List<Part> last) {
        readiness.stopping();
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (Part part : connections) {
            closing.add(CompletableFuture.runAsync(() -> closeQuietly(part), runnable -> {
                Thread thread = new Thread(runnable, "reviewbot-stop-" + part.name());
                thread.setDaemon(true); // one that overruns must not keep the JVM alive
                thread.start();
            }));
        }
        List<String> unfinished = new ArrayList<>();
        long deadline = System.nanoTime() + grace.toNanos();
        for (int i = 0; i < closing.size(); i++) {
            try {
                closing.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                unfinished.add(connections.get(i).name());
            } catch (ExecutionException e) {
                LOG.warn("stopping {} failed: {}", connections.get(i).name(), e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unfinished.add(connections.get(i).name());
            }
        }
        if (!unfinished.isEmpty()) {
            LOG.warn("stopped without waiting longer for {}: answers still in flight after {} s are lost", unfinished,
                    grace.toSeconds());
        }
        last.forEach(GracefulStop::closeQuietly);
        return unfinished;
    }

    private static void closeQuietly(Part part) {
        try {
            part.closeable().close();
        } catch (Exception e) {
            LOG.warn("closing {} failed: {}", part.name(), e.toString());
        }
    }
}
