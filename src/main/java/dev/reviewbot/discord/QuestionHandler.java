package dev.reviewbot.discord;

import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.Reply;
import dev.reviewbot.command.Requester;
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
 * channel or thread), any message in a DM, or /ask. The core applies the rate limit and keeps the
 * conversation; the answer is worked out on the {@link Worker}. Meanwhile a mention or DM shows the bot
 * typing, /ask a deferred reply.
 */
final class QuestionHandler {

    /** Reactions instead of repeated notices: "wait" for a limited user, "?" for another empty mention. */
    static final String LIMITED_REACTION = "\u23F3";
    static final String EMPTY_REACTION = "\u2754";

    private final CommandService commands;
    private final ReplyViews views;
    private final Worker worker;
    private final Responder responder;
    private final Typing typing;

    QuestionHandler(CommandService commands, ReplyViews views, Worker worker, Responder responder, Typing typing) {
        this.commands = commands;
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
        Requester who = Requesters.of(event);
        // A flood must not make the bot post once per message: the core says when it was told, then a reaction.
        if (question.isEmpty()) {
            Reply reply = commands.execute(who, new BotCommand.Empty());
            if (!(reply instanceof Reply.Hint hint)) {
                return; // not a channel the bot answers in: silence
            }
            if (hint.alreadyTold()) {
                react(message, EMPTY_REACTION);
            } else {
                reply(message, views.render(hint));
            }
            return;
        }
        BotCommand ask = new BotCommand.Ask(question, Optional.empty());
        Optional<Reply> refusal = commands.refusal(who, ask);
        if (refusal.isPresent()) {
            if (refusal.get() instanceof Reply.NotHere) {
                return; // admins chose other channels: a mention here gets silence
            }
            if (refusal.get() instanceof Reply.RateLimited limited && limited.alreadyTold()) {
                react(message, LIMITED_REACTION);
            } else {
                reply(message, views.render(refusal.get()));
            }
            return;
        }
        String what = "question " + message.getId();
        // At once, like an interaction's deferral: the answer may wait in the queue or for a language model.
        Typing.Indicator working = typing.start(event.getChannel());
        boolean taken = worker.submit(what, () -> {
            MessageCreateData answer;
            try {
                answer = Responder.safely(what, () -> views.render(commands.run(who, ask)));
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
        Requester who = Requesters.of(event);
        BotCommand ask = new BotCommand.Ask(question, film);
        Optional<Reply> refusal = commands.refusal(who, ask);
        if (refusal.isPresent()) {
            responder.send(event.reply(views.render(refusal.get())).setEphemeral(true), "/ask refusal");
            return;
        }
        responder.deferReply(event, onlyMe, "/ask", () -> views.render(commands.run(who, ask)));
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
