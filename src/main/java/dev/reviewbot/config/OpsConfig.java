package dev.reviewbot.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.reviewbot.llm.ConfigDuration;
import java.time.Duration;

/**
 * The operations side of `reviewbot run`.
 *
 * @param port          the HTTP port of /healthz, /readyz and /metrics; 0 leaves it off (the console default;
 *                      the container sets 8081); environment REVIEWBOT_OPS_PORT
 * @param shutdownGrace how long a stop waits for answers in flight before it lets go of them; inside Docker's
 *                      10 s between SIGTERM and SIGKILL
 */
public record OpsConfig(int port, @JsonDeserialize(using = ConfigDuration.class) Duration shutdownGrace) {
    public OpsConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("ops.port must be 0 (off) or 1-65535, was " + port);
        }
        if (shutdownGrace == null || shutdownGrace.isNegative() || shutdownGrace.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new IllegalArgumentException("ops.shutdown-grace must be between 0s and 60s, was " + shutdownGrace);
        }
    }

    /** Whether the ops port is served. */
    public boolean enabled() {
        return port > 0;
    }
}
