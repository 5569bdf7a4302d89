package dev.reviewbot.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;

import java.time.Clock;
import java.time.Duration;

/**
 * Rejects HTTP requests whose X-Slack-Request-Timestamp lies too far in the future. Bolt 1.45.3 checks only
 * the old side (a signed request dated an hour ahead passes), so a replayable request could be made valid
 * for longer. Register with {@code app.use(new FutureTimestampGuard(clock, Duration.ofMinutes(5)))}: it runs
 * after Bolt's own signature check. Socket Mode requests carry no timestamp and pass.
 */
final class FutureTimestampGuard implements Middleware {

    private final Clock clock;
    private final Duration tolerance;

    FutureTimestampGuard(Clock clock, Duration tolerance) {
        this.clock = clock;
        this.tolerance = tolerance;
    }

    @Override
    @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes the raw Request
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.isSocketMode()) {
            return chain.next(req);
        }
        String timestamp = req.getHeaders().getFirstValue(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
        if (timestamp != null && isTooFarAhead(timestamp)) {
            return Response.json(401, "{\"error\":\"invalid request\"}");
        }
        return chain.next(req);
    }

    private boolean isTooFarAhead(String timestamp) {
        try {
            long aheadMillis = Long.parseLong(timestamp) * 1000 - clock.millis();
            return aheadMillis > tolerance.toMillis();
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
