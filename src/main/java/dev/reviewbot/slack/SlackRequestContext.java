package dev.reviewbot.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import dev.reviewbot.command.RequestContext;

/**
 * Bolt middleware that gives every log line of a Slack request its context (platform, workspace, a request
 * id), and removes it afterwards. The channel is added when the request reaches the command layer.
 */
final class SlackRequestContext implements Middleware {

    @Override
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        try (RequestContext context = RequestContext.open("slack", request.getContext().getTeamId(), null, null)) {
            return chain.next(request);
        }
    }
}
