package dev.reviewbot.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Every request the fake REST server received, in arrival order; safe to use from any thread. */
final class RequestLog {

    private final List<RecordedRequest> requests = new ArrayList<>();
    private final Signal signal = new Signal();

    void add(RecordedRequest request) {
        synchronized (requests) {
            requests.add(request);
        }
        signal.changed();
    }

    List<RecordedRequest> snapshot() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The first recorded request that matches, waiting for it up to {@code timeout}. */
    RecordedRequest await(Predicate<RecordedRequest> matcher, Duration timeout) {
        return signal.await(
                () -> snapshot().stream().filter(matcher).findFirst().orElse(null),
                timeout,
                () -> "no matching REST request; received:\n  " + String.join("\n  ",
                        snapshot().stream().map(RecordedRequest::toString).toList()));
    }
}
