package dev.reviewbot.slack;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import dev.reviewbot.command.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the slow part of a request after Bolt has acknowledged it. Bolt sends the ack only when a handler
 * returns (and Socket Mode handles one envelope at a time), so handlers queue their work here and return.
 * A failing job is logged and never reaches Bolt.
 */
final class AfterAck {

    private static final Logger log = LoggerFactory.getLogger(AfterAck.class);

    /** Work that may call Slack (and so throw IOException or SlackApiException). */
    interface Job {
        void run() throws Exception;
    }

    private final Executor executor;

    AfterAck(Executor executor) {
        this.executor = executor;
    }

    /** @param what names the job in logs, e.g. "app_mention" */
    void run(String what, Job job) {
        try {
            executor.execute(RequestContext.carry(() -> { // the request's log context goes with it
                try {
                    job.run();
                } catch (Exception e) {
                    log.error("Slack: {} failed", what, e);
                }
            }));
        } catch (RejectedExecutionException e) {
            log.warn("Slack: {} dropped: the bot is stopping or has too much queued", what);
        }
    }
}
