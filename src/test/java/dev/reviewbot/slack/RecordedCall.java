package dev.reviewbot.slack;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * One HTTP request that reached {@link FakeSlack}.
 *
 * @param name       the Web API method ({@code "chat.postMessage"}) for calls under {@code /api/},
 *                   otherwise the request path ({@code "/response/r1"}, {@code "/files/a.txt"})
 * @param httpMethod {@code "POST"}, {@code "GET"} ...
 * @param headers    request headers; keys are lower case
 * @param form       form-encoded and query parameters (first value of each), empty for JSON bodies
 * @param json       the parsed body when it was JSON, otherwise {@code null}
 * @param body       the raw body as UTF-8 text
 */
public record RecordedCall(
        String name,
        String httpMethod,
        Map<String, List<String>> headers,
        Map<String, String> form,
        JsonNode json,
        String body) {

    public RecordedCall {
        headers = Map.copyOf(headers);
        form = Map.copyOf(form);
    }

    /** True when this call went to the given Web API method or path. */
    public boolean isTo(String methodOrPath) {
        return name.equals(methodOrPath);
    }

    /** A form parameter, or else a top-level JSON field as text; {@code null} when absent. */
    public String param(String key) {
        String value = form.get(key);
        if (value != null || json == null) {
            return value;
        }
        JsonNode node = json.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** The first value of a header (name in any case), or {@code null}. */
    public String header(String headerName) {
        List<String> values = headers.get(headerName.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The token the caller presented as {@code Authorization: Bearer ...} or as a {@code token} parameter. */
    public String token() {
        String authorization = header("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            return authorization.substring("Bearer ".length());
        }
        return param("token");
    }
}
