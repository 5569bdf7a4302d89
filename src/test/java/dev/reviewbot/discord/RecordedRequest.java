package dev.reviewbot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request the fake REST server received.
 *
 * @param method  upper-case HTTP method
 * @param path    the raw URI path, e.g. {@code /api/v10/channels/1/messages}
 * @param query   query parameters (first value of each)
 * @param body    the JSON body (for multipart requests: the {@code payload_json} part); a
 *                {@code MissingNode} when there was none
 * @param headers request headers, names in lower case
 * @param rawBody the body bytes as received
 */
public record RecordedRequest(String method, String path, Map<String, String> query, JsonNode body,
        Map<String, List<String>> headers, byte[] rawBody) {

    /** The API path prefix JDA is pointed at. */
    public static final String API_PREFIX = "/api/v10";

    /** The path without the {@value #API_PREFIX} prefix, e.g. {@code /channels/1/messages}. */
    public String route() {
        return path.startsWith(API_PREFIX + "/") ? path.substring(API_PREFIX.length()) : path;
    }

    /** Whether this request has the method and the {@link #route()} given. */
    public boolean is(String method, String route) {
        return this.method.equalsIgnoreCase(method) && route().equals(route);
    }

    /** The first value of a header (any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as text. */
    public String bodyText() {
        return new String(rawBody, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query)
                + (body.isMissingNode() ? "" : " " + body);
    }
}
