package dev.reviewbot.discord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;

/**
 * What the fake REST server answers. A {@code null} body means no body (204). With a {@code drip}, the body
 * is sent one byte at a time with that pause before each, as a slow-drip server would.
 */
record RestResponse(int status, String contentType, byte[] body, java.time.Duration drip) {

    RestResponse(int status, String contentType, byte[] body) {
        this(status, contentType, body, java.time.Duration.ZERO);
    }

    static RestResponse json(int status, JsonNode json) {
        try {
            return new RestResponse(status, "application/json", DiscordPayloads.JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RestResponse ok(JsonNode json) {
        return json(200, json);
    }

    static RestResponse noContent() {
        return new RestResponse(204, null, null);
    }

    static RestResponse error(int status, String message) {
        return json(status, DiscordPayloads.object().put("message", message).put("code", 0));
    }
}
