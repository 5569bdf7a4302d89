package dev.reviewbot.ops;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * One thing that must be up for the bot to take requests: the library, a chat connection, a database. The
 * wiring builds one per thing it started; a database-aware store adds its own ("database reachable").
 * {@link #problem} must answer quickly (no network round trip: probes run elsewhere and cache their result),
 * since /readyz is polled every few seconds.
 */
public interface ReadinessCheck {

    /** "library", "discord", "slack (socket mode)": the key in /readyz's body. */
    String name();

    /** Empty when up; else what is down, in a few words ("gateway DISCONNECTED"). Never a secret. */
    Optional<String> problem();

    static ReadinessCheck of(String name, Supplier<Optional<String>> problem) {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> problem() {
                try {
                    return problem.get();
                } catch (RuntimeException e) {
                    return Optional.of("check failed: " + e.getClass().getSimpleName());
                }
            }
        };
    }
}
