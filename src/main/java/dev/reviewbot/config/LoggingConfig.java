package dev.reviewbot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** @param format how log lines are written to stderr; environment REVIEWBOT_LOG_FORMAT */
public record LoggingConfig(Format format) {

    public LoggingConfig {
        if (format == null) {
            throw new IllegalArgumentException("logging.format must be text or json");
        }
    }

    /** text: one readable line per event; json: one JSON object per line, with the request's context (MDC). */
    public enum Format {
        TEXT, JSON;

        @JsonCreator
        public static Format of(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("logging.format must be text or json, was '" + value + "'");
            }
        }
    }
}
