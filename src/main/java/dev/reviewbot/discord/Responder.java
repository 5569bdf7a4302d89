package dev.reviewbot.discord;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers interactions within Discord's 3-second deadline: acknowledge at once (deferReply, or deferEdit
 * for page buttons) on the event thread, do the work on the {@link Worker}, then edit the reply. A failure
 * in the work becomes a polite message; a failure to send is logged. Nothing here decides what to say.
 */
final class Responder {

    private static final Logger LOG = LoggerFactory.getLogger(Responder.class);
    static final String SORRY = "Sorry, something went wrong on my side. Please try again.";
    static final String BUSY = "Sorry, I'm busy answering other questions. Please try again in a minute.";

    private final Worker worker;
    private final Outbox outbox;

    Responder(Worker worker, Outbox outbox) {
        this.worker = worker;
        this.outbox = outbox;
    }

    /** A new reply, shown to everyone or only to the user ({@code ephemeral}), filled in by {@code work}. */
    void deferReply(IReplyCallback event, boolean ephemeral, String what, Supplier<MessageCreateData> work) {
        send(event.deferReply(ephemeral), "acknowledgement of " + what);
        finish(event.getHook(), what, work);
    }

    /**
     * A new reply filled in when {@code work}'s future completes, on whatever thread completes it: for work
     * that waits on something else (a download) and must not hold an answer thread meanwhile.
     */
    void deferReplyLater(IReplyCallback event, boolean ephemeral, String what,
                         Supplier<CompletableFuture<MessageCreateData>> work) {
        send(event.deferReply(ephemeral), "acknowledgement of " + what);
        InteractionHook hook = event.getHook();
        CompletableFuture<MessageCreateData> later;
        try {
            later = work.get();
        } catch (RuntimeException e) {
            later = CompletableFuture.failedFuture(e);
        }
        later.whenComplete((message, failure) -> {
            if (failure != null) {
                LOG.warn("discord: {} failed", what, failure);
            }
            send(hook.editOriginal(Messages.edit(failure == null ? message : Messages.text(SORRY))), what);
        });
    }

    /** Replaces the message the clicked button is on. */
    void deferEdit(IMessageEditCallback event, String what, Supplier<MessageCreateData> work) {
        send(event.deferEdit(), "acknowledgement of " + what);
        finish(event.getHook(), what, work);
    }

    /** An immediate reply for what needs no work (refusals, limits); only the user sees it. */
    void replyNow(IReplyCallback event, String text) {
        send(event.reply(Messages.text(text)).setEphemeral(true), "reply");
    }

    /** Sends through the {@link Outbox}, which logs failures and lets close() wait for it. */
    void send(RestAction<?> action, String what) {
        outbox.send(action, what);
    }

    /** The work's message, or a polite apology when it throws. */
    static MessageCreateData safely(String what, Supplier<MessageCreateData> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            LOG.warn("discord: {} failed", what, e);
            return Messages.text(SORRY);
        }
    }

    private void finish(InteractionHook hook, String what, Supplier<MessageCreateData> work) {
        // The hook holds the edit back until the acknowledgement has gone out.
        boolean taken = worker.submit(what, () -> send(hook.editOriginal(Messages.edit(safely(what, work))), what));
        if (!taken) {
            send(hook.editOriginal(Messages.edit(Messages.text(BUSY))), what);
        }
    }
}
