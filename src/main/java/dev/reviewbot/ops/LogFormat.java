package dev.reviewbot.ops;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import dev.reviewbot.config.LoggingConfig;
import dev.reviewbot.config.RedactingJsonEncoder;
import org.slf4j.LoggerFactory;

/**
 * Switches stderr's log lines to the configured format once the config is read (logback.xml starts with
 * text: the config, and so logging.format, is not known yet when logging starts).
 */
public final class LogFormat {

    /** The text appender's name in logback.xml. */
    static final String TEXT = "STDERR";
    static final String JSON = "STDERR_JSON";

    private LogFormat() {
    }

    /** Idempotent; a no-op when SLF4J is not bound to Logback. */
    public static synchronized void apply(LoggingConfig.Format format) {
        if (format != LoggingConfig.Format.JSON || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(JSON) != null) {
            return;
        }
        root.addAppender(jsonAppender(context));
        Appender<ILoggingEvent> text = root.getAppender(TEXT);
        if (text != null) {
            root.detachAppender(text);
            text.stop();
        }
    }

    private static Appender<ILoggingEvent> jsonAppender(LoggerContext context) {
        RedactingJsonEncoder encoder = new RedactingJsonEncoder();
        encoder.setContext(context);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setName(JSON);
        appender.setContext(context);
        appender.setTarget("System.err"); // stdout stays the command's output
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
