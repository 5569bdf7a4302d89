package dev.reviewbot.discord;

import dev.reviewbot.answer.ConversationId;
import dev.reviewbot.answer.RecentAnswers;
import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.RateLimiter;
import dev.reviewbot.command.Reply;
import java.util.Optional;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Questions, however they come: a mention in a server channel or thread (answered as a reply, in that
 * channel or thread), any message in a DM, or /ask. Each is rate-limited per user, then answered by the
 * core on the {@link Worker}. Meanwhile a mention or DM shows the bot typing, /ask a deferred reply. The
 * conversation is the channel, thread or DM, so follow-ups keep their film.
 */
final class QuestionHandler {

    static final String PLATFORM = "discord";
    private static final String HINT = "Ask me about the stored film reviews, e.g. \"how is the acting in "
            + "Ballerina?\", or try /help.";
    /** Reactions instead of repeated notices: "wait" for a limited user, "?" for another empty mention. */
    static final String LIMITED_REACTION = "\u23F3";
    static final String EMPTY_REACTION = "\u2754";

    private final CommandService commands;
    private final RateLimiter rateLimiter;
    private final RecentAnswers recentAnswers;
    private final ReplyViews views;
    private final Worker worker;
    private final Responder responder;
    private final Typing typing;

    QuestionHandler(CommandService commands, RateLimiter rateLimiter, RecentAnswers recentAnswers, ReplyViews views,
                    Worker worker, Responder responder, Typing typing) {
        this.commands = commands;
        this.rateLimiter = rateLimiter;
        this.recentAnswers = recentAnswers;
        this.views = views;
        this.worker = worker;
        this.responder = responder;
        this.typing = typing;
    }

    void onMessage(MessageReceivedEvent event) {
        Message message = event.getMessage();
        User author = event.getAuthor();
        if (author.isBot() || author.isSystem() || event.isWebhookMessage() || message.getType().isSystem()) {
            return; // never answer bots (ourselves included): two bots could talk forever
        }
        boolean direct = event.getChannelType() == ChannelType.PRIVATE;
        User self = event.getJDA().getSelfUser();
        // USER only: by default isMentioned also counts @everyone and @here as mentioning the bot.
        if (!direct && !message.getMentions().isMentioned(self, Message.MentionType.USER)) {
            return;
        }
        String question = withoutMentionOf(self.getId(), message.getContentRaw());
        // A flood must not make the bot post once per message: each notice once, then a reaction.
        if (question.isEmpty()) {
            if (rateLimiter.firstNotice(PLATFORM, author.getId(), "hint")) {
                reply(message, Messages.text(HINT));
            } else {
                react(message, EMPTY_REACTION);
            }
            return;
        }
        RateLimiter.Admission admission = rateLimiter.admit(PLATFORM, author.getId());
        if (admission == RateLimiter.Admission.TELL_LIMITED) {
            reply(message, Messages.text(limitReached()));
            return;
        }
        if (admission == RateLimiter.Admission.STAY_QUIET) {
            react(message, LIMITED_REACTION);
            return;
        }
        ConversationId conversation = new ConversationId(PLATFORM, event.getChannel().getId());
        String what = "question " + message.getId();
        // At once, like an interaction's deferral: the answer may wait in the queue or for a language model.
        Typing.Indicator working = typing.start(event.getChannel());
        boolean taken = worker.submit(what, () -> {
            MessageCreateData answer;
            try {
                answer = Responder.safely(what, () -> answer(conversation, question, Optional.empty()));
            } finally {
                working.stop();
            }
            reply(message, answer);
        });
        if (!taken) {
            working.stop();
            reply(message, Messages.text(Responder.BUSY));
        }
    }

    void onAsk(SlashCommandInteractionEvent event) {
        String question = event.getOption(SlashCommands.QUESTION, "", OptionMapping::getAsString);
        Optional<String> film = Optional.ofNullable(event.getOption(SlashCommands.FILM, OptionMapping::getAsString))
                .filter(f -> !f.isBlank());
        boolean onlyMe = event.getOption(SlashCommands.PRIVATE, false, OptionMapping::getAsBoolean);
        if (!rateLimiter.tryAcquire(PLATFORM, event.getUser().getId())) {
            responder.replyNow(event, limitReached());
            return;
        }
        ConversationId conversation = Conversation.of(event);
        responder.deferReply(event, onlyMe, "/ask", () -> answer(conversation, question, film));
    }

    private MessageCreateData answer(ConversationId conversation, String question, Optional<String> film) {
        Reply reply = commands.execute(conversation, new BotCommand.Ask(question, film));
        if (reply instanceof Reply.AnswerReply answer) {
            return views.answer(answer, recentAnswers.remember(answer.result().answer()));
        }
        return views.render(reply);
    }

    private String limitReached() {
        return "You're asking faster than I answer: up to " + rateLimiter.perMinute()
                + " questions a minute each. Please try again in a moment.";
    }

    private void react(Message message, String emoji) {
        responder.send(message.addReaction(Emoji.fromUnicode(emoji)), "reaction to " + message.getId());
    }

    private void reply(Message message, MessageCreateData data) {
        responder.send(message.reply(data), "reply to " + message.getId());
    }

    /** The question without the bot's own mention ("<@id>" or the older "<@!id>"), wherever it is. */
    static String withoutMentionOf(String selfId, String content) {
        return content.replaceAll("<@!?" + Pattern.quote(selfId) + ">", " ").replaceAll("\\s+", " ").strip();
    }
}
