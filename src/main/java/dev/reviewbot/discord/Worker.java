package dev.reviewbot.discord;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import dev.reviewbot.command.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the slow part of each event (answering, ingesting, downloading) off JDA's event thread, which
 * must stay free for the gateway. A task that throws is logged and forgotten: it never reaches JDA or
 * other events. The queue is bounded so that a flood cannot exhaust memory; a full queue says so.
 */
final class Worker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);
    private static final int QUEUE = 1_000;

    private final ThreadPoolExecutor executor;

    Worker(int threads) {
        AtomicInteger count = new AtomicInteger();
        executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE),
                task -> {
                    Thread thread = new Thread(task, "discord-worker-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** @return false when the work cannot be taken (queue full, or shutting down) */
    boolean submit(String what, Runnable task) {
        try {
            executor.execute(RequestContext.carry(() -> { // the event's log context goes with it
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.warn("discord: {} failed", what, e);
                }
            }));
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("discord: {} not run: the worker queue is full or closed", what);
            return false;
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
