package dev.reviewbot.config;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback's %msg with every configured secret redacted ({@link Secrets}); logback.xml names it %redactedMsg. */
public final class RedactingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Secrets.global().redact(super.convert(event));
    }
}
