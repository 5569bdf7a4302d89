package dev.reviewbot.slack;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The adapter's worker pool in tests: counts jobs so a test can wait until everything queued after an ack
 * has run (then "nothing more will be posted" is a fact, not a guess), and can hold jobs back to show that
 * acks do not wait for them.
 */
final class TrackedWorkers extends ThreadPoolExecutor {

    private final Object lock = new Object();
    private int pending;      // guarded by lock
    private int submitted;    // guarded by lock
    private volatile CountDownLatch gate = new CountDownLatch(0);

    TrackedWorkers() {
        super(2, 2, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "test-slack-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void execute(Runnable job) {
        synchronized (lock) {
            pending++;
            submitted++;
        }
        CountDownLatch held = gate;
        try {
            super.execute(() -> {
                try {
                    held.await();
                    job.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finished();
                }
            });
        } catch (RuntimeException e) {
            finished();
            throw e;
        }
    }

    private void finished() {
        synchronized (lock) {
            pending--;
            lock.notifyAll();
        }
    }

    /** Jobs submitted from now on wait until {@link #release}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    int submitted() {
        synchronized (lock) {
            return submitted;
        }
    }

    /** Blocks until every submitted job has finished. */
    void awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (pending > 0) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new AssertionError(pending + " Slack job(s) still running after " + timeout);
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }
}
