package dev.reviewbot.slack;

import com.slack.api.app_backend.SlackSignature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends what Slack sends to an HTTP-mode app: signed event callbacks (JSON), slash commands (form-encoded)
 * and interactivity ({@code payload=<json>}), plus deliberately broken variants ({@link Signing}).
 */
public final class SlackRequests {

    /** How a request is signed. */
    public enum Signing {
        /** Correct signature, current timestamp. */
        VALID,
        /** Current timestamp, signature made with another secret. */
        BAD_SIGNATURE,
        /** No X-Slack-Request-Timestamp and no X-Slack-Signature. */
        MISSING_HEADERS,
        /** Correctly signed, but the timestamp is 6 minutes old (a replay). */
        STALE_6_MINUTES,
        /** Correctly signed, but the timestamp is 6 minutes in the future. */
        FUTURE_6_MINUTES
    }

    private static final Duration SHIFT = Duration.ofMinutes(6);
    private static final String JSON_TYPE = "application/json";
    private static final String FORM_TYPE = "application/x-www-form-urlencoded";

    private final URI endpoint;
    private final SlackSignature.Generator signer;
    private final SlackSignature.Generator wrongSigner = new SlackSignature.Generator("not-the-signing-secret");
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param endpoint the app's Request URL, e.g. {@code http://127.0.0.1:P/slack/events} */
    public SlackRequests(URI endpoint, String signingSecret) {
        this(endpoint, signingSecret, Clock.systemUTC());
    }

    public SlackRequests(URI endpoint, String signingSecret, Clock clock) {
        this.endpoint = endpoint;
        this.signer = new SlackSignature.Generator(signingSecret);
        this.clock = clock;
    }

    /** Posts a signed event callback (see {@link SlackPayloads#eventCallback}). */
    public HttpResponse<String> event(String eventCallbackJson) {
        return event(eventCallbackJson, Signing.VALID);
    }

    public HttpResponse<String> event(String eventCallbackJson, Signing signing) {
        return send(request(JSON_TYPE, eventCallbackJson, signing, Map.of()));
    }

    /** Posts an event again as Slack retries it: same body, with X-Slack-Retry-Num and X-Slack-Retry-Reason. */
    public HttpResponse<String> eventRetry(String eventCallbackJson, int retryNum, String retryReason) {
        return send(request(JSON_TYPE, eventCallbackJson, Signing.VALID,
                Map.of("X-Slack-Retry-Num", String.valueOf(retryNum), "X-Slack-Retry-Reason", retryReason)));
    }

    /** Posts a signed, form-encoded slash command (see {@link SlackPayloads#slashCommand}). */
    public HttpResponse<String> slashCommand(Map<String, String> form) {
        return slashCommand(form, Signing.VALID);
    }

    public HttpResponse<String> slashCommand(Map<String, String> form, Signing signing) {
        return send(request(FORM_TYPE, formEncode(form), signing, Map.of()));
    }

    /** Posts a signed interactivity request, {@code payload=<json>} (see {@link SlackPayloads#buttonClick}). */
    public HttpResponse<String> interaction(String payloadJson) {
        return interaction(payloadJson, Signing.VALID);
    }

    public HttpResponse<String> interaction(String payloadJson, Signing signing) {
        return send(request(FORM_TYPE, formEncode(Map.of("payload", payloadJson)), signing, Map.of()));
    }

    /** Builds a POST to the endpoint, signed as {@code signing} says, with extra headers. */
    public HttpRequest request(String contentType, String body, Signing signing, Map<String, String> extraHeaders) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        long now = clock.millis() / 1000;
        String timestamp = switch (signing) {
            case STALE_6_MINUTES -> String.valueOf(now - SHIFT.toSeconds());
            case FUTURE_6_MINUTES -> String.valueOf(now + SHIFT.toSeconds());
            default -> String.valueOf(now);
        };
        if (signing != Signing.MISSING_HEADERS) {
            SlackSignature.Generator generator = signing == Signing.BAD_SIGNATURE ? wrongSigner : signer;
            builder.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp)
                    .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, generator.generate(timestamp, body));
        }
        extraHeaders.forEach(builder::header);
        return builder.build();
    }

    /** Sends a request and returns the response with its body as text. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** {@code a=1&b=x%2Fy}, UTF-8. */
    public static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
