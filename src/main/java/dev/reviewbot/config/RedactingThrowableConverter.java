package dev.reviewbot.config;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * Logback's stack traces with every configured secret redacted ({@link Secrets}): an exception's message
 * often quotes what an upstream answered. logback.xml names it %redactedEx.
 */
public final class RedactingThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return Secrets.global().redact(super.throwableProxyToString(proxy));
    }
}
