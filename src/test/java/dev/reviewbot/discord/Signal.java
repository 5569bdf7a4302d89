package dev.reviewbot.discord;

import java.time.Duration;
import java.util.function.Supplier;

/** Lets test threads wait, without fixed sleeps, for state that other threads change. */
final class Signal {

    /** Wakes every waiter so that it re-checks its condition. Call after each state change. */
    synchronized void changed() {
        notifyAll();
    }

    /**
     * Returns the first non-null result of {@code probe}, re-checked after each {@link #changed()}.
     *
     * @throws AssertionError with {@code failure}'s message when nothing turns up within {@code timeout}
     */
    synchronized <T> T await(Supplier<T> probe, Duration timeout, Supplier<String> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T result;
        while ((result = probe.get()) == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Timed out after " + timeout + ": " + failure.get());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting: " + failure.get(), e);
            }
        }
        return result;
    }
}
