package dev.reviewbot.llm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration the way people write it in YAML: "15s", "800ms", "2m". A bare number is seconds.
 * (Jackson's own Duration support wants "PT15S", which nobody types.)
 */
public final class ConfigDuration extends StdScalarDeserializer<Duration> {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    public ConfigDuration() {
        super(Duration.class);
    }

    public static Duration parse(String text) {
        Matcher m = DURATION.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a duration such as 15s, 800ms or 2m, was '" + text + "'");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    @Override
    public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return parse(parser.getValueAsString());
    }
}
