package dev.reviewbot.config;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.StandardCharsets;

/**
 * Logback's own JSON encoder (one object per line: timestamp, level, thread, logger, the request's context
 * as "mdc", the formatted message, the throwable), with every known secret redacted from the whole line,
 * as {@link RedactingMessageConverter} does for text: a secret in the message, an argument, the MDC or a
 * stack trace never reaches the output.
 */
public final class RedactingJsonEncoder extends JsonEncoder {

    public RedactingJsonEncoder() {
        setWithFormattedMessage(true);
        setWithMessage(false);   // the unformatted pattern, "{}" and all: the formatted one says it
        setWithArguments(false); // already inside the formatted message
        setWithContext(false);   // the logger context's name and birth time, the same on every line
        setWithSequenceNumber(false);
        setWithNanoseconds(false);
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        String line = new String(super.encode(event), StandardCharsets.UTF_8);
        return Secrets.global().redact(line).getBytes(StandardCharsets.UTF_8);
    }
}
