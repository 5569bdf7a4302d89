package dev.reviewbot.command;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.MDC;

/**
 * The context every log line of a request carries (SLF4J's MDC): platform, server or workspace, channel,
 * request id, question id. Set where events are dispatched, carried to the worker that answers, and put back
 * as it was afterwards, so a pooled thread never lends one request's context to the next.
 */
public final class RequestContext implements AutoCloseable {

    public static final String PLATFORM = "platform";
    public static final String SPACE = "space";
    public static final String CHANNEL = "channel";
    public static final String REQUEST_ID = "request_id";
    public static final String QUESTION_ID = "question_id";

    private final Map<String, String> previous;

    private RequestContext(Map<String, String> previous) {
        this.previous = previous;
    }

    /** An event arriving: its platform, space (null in a DM), channel (null when not known yet) and id. */
    public static RequestContext open(String platform, String space, String channel, String requestId) {
        RequestContext context = new RequestContext(MDC.getCopyOfContextMap());
        put(PLATFORM, platform);
        put(SPACE, space);
        put(CHANNEL, channel);
        put(REQUEST_ID, requestId != null ? requestId : newId());
        return context;
    }

    /** A command being carried out: the requester's place, over whatever the adapter already set. */
    static RequestContext of(Requester who) {
        RequestContext context = new RequestContext(MDC.getCopyOfContextMap());
        putIfPresent(PLATFORM, who.platform());
        putIfPresent(SPACE, who.place().space());
        putIfPresent(CHANNEL, who.place().channel());
        if (MDC.get(REQUEST_ID) == null) {
            put(REQUEST_ID, newId());
        }
        return context;
    }

    /** Adds the id of the question being answered. */
    RequestContext question(String id) {
        put(QUESTION_ID, id);
        return this;
    }

    /** The task, run with the context of the thread that hands it over (to a worker pool). */
    public static Runnable carry(Runnable task) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> before = MDC.getCopyOfContextMap();
            restore(context);
            try {
                task.run();
            } finally {
                restore(before);
            }
        };
    }

    public static String newId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void put(String key, String value) {
        if (value == null || value.isBlank()) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    private static void putIfPresent(String key, String value) {
        if (value != null && !value.isBlank()) {
            MDC.put(key, value);
        }
    }

    private static void restore(Map<String, String> context) {
        MDC.setContextMap(context == null ? new HashMap<>() : context);
    }

    @Override
    public void close() {
        restore(previous);
    }
}
