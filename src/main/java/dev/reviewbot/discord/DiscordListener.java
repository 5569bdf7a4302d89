package dev.reviewbot.discord;

import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import dev.reviewbot.command.RequestContext;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes JDA's events to the handlers by command name or button action, and contains failures: whatever
 * one event does wrong is logged and, for an interaction not yet answered, apologised for; the bot goes on.
 */
final class DiscordListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordListener.class);

    private final QuestionHandler questions;
    private final BrowseHandler browse;
    private final AnswerButtons answerButtons;
    private final AdminCommands admin;
    private final Autocompleter autocompleter;
    private final Responder responder;
    /** Set when the bot stops: new events are left alone (not acknowledged) rather than taken and dropped. */
    private volatile boolean stopping;

    DiscordListener(QuestionHandler questions, BrowseHandler browse, AnswerButtons answerButtons, AdminCommands admin,
                    Autocompleter autocompleter, Responder responder) {
        this.questions = questions;
        this.browse = browse;
        this.answerButtons = answerButtons;
        this.admin = admin;
        this.autocompleter = autocompleter;
        this.responder = responder;
    }

    /** From now on no event is taken: answers in flight finish, nothing new is acknowledged that would not be. */
    void stopTaking() {
        stopping = true;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        RequestContext context = RequestContext.open("discord", event.isFromGuild() ? event.getGuild().getId() : null,
                event.getChannel().getId(), event.getMessageId());
        contain(context, "message " + event.getMessageId(), null, () -> questions.onMessage(event));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        contain(context(event), "/" + event.getFullCommandName(), event, () -> {
            switch (event.getName()) {
                case SlashCommands.ASK -> questions.onAsk(event);
                case SlashCommands.REVIEW -> browse.onReview(event);
                case SlashCommands.REVIEWS -> browse.onReviews(event);
                case SlashCommands.HELP -> browse.onHelp(event);
                case SlashCommands.ADMIN -> admin.onAdmin(event);
                default -> responder.replyNow(event, "I no longer know /" + event.getName() + "; see /help.");
            }
        });
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        contain(context(event), "autocomplete of /" + event.getFullCommandName(), null,
                () -> autocompleter.onAutocomplete(event));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        contain(context(event), "button " + event.getComponentId(), event, () -> {
            ButtonAction action = ButtonAction.parse(event.getComponentId()).orElse(null);
            if (action instanceof ButtonAction.FullSection full) {
                answerButtons.onFullSection(event, full);
            } else if (action instanceof ButtonAction.Vote vote) {
                answerButtons.onVote(event, vote);
            } else if (action instanceof ButtonAction.ConfirmRemoval confirm) {
                admin.onConfirmRemoval(event, confirm);
            } else if (action instanceof ButtonAction.CancelRemoval) {
                admin.onCancelRemoval(event);
            } else if (action instanceof ButtonAction.Page page) {
                browse.onPage(event, page);
            } else {
                responder.replyNow(event, "This button no longer works; please ask again.");
            }
        });
    }

    private static RequestContext context(GenericInteractionCreateEvent event) {
        return RequestContext.open("discord", event.getGuild() == null ? null : event.getGuild().getId(),
                event.getChannelId(), event.getId());
    }

    /** Runs one event's handler with its log context, containing its failure. */
    private void contain(RequestContext context, String what, IReplyCallback interaction, Runnable handler) {
        try (context) {
            if (stopping) {
                LOG.debug("discord: {} left alone: the bot is stopping", what);
                return;
            }
            handler.run();
        } catch (RuntimeException e) {
            LOG.warn("discord: {} failed", what, e);
            if (interaction != null && !interaction.isAcknowledged()) {
                responder.replyNow(interaction, Responder.SORRY);
            }
        }
    }
}
