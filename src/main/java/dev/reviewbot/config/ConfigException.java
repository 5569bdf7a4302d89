package dev.reviewbot.config;

/** The configuration is missing, unreadable or invalid; the message names the file and the setting. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
