package dev.reviewbot.discord;

import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.RemovalTicket;
import dev.reviewbot.command.Requester;
import dev.reviewbot.command.ReportPeriod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.unions.GuildChannelUnion;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * /review-admin add | remove | stats [since] | channels add|remove|list|all, and the Remove / Cancel buttons under a removal's preview. Registered
 * for Manage Server only, and checked again here (clicks included): a server can change who sees a
 * command, and the check must not depend on that. Replies are ephemeral.
 */
final class AdminCommands {

    static final String REFUSED = "Only members with the Manage Server permission can use /review-admin.";

    private final CommandService commands;
    private final AttachmentDownloader downloader;
    private final ReplyViews views;
    private final Responder responder;

    AdminCommands(CommandService commands, AttachmentDownloader downloader, ReplyViews views, Responder responder) {
        this.commands = commands;
        this.downloader = downloader;
        this.views = views;
        this.responder = responder;
    }

    void onAdmin(SlashCommandInteractionEvent event) {
        if (!isAdmin(event.getMember())) {
            responder.replyNow(event, REFUSED);
            return;
        }
        String sub = event.getSubcommandName() == null ? "" : event.getSubcommandName();
        if (SlashCommands.ADMIN_CHANNELS.equals(event.getSubcommandGroup())) {
            channels(event, sub);
            return;
        }
        switch (sub) {
            case SlashCommands.ADMIN_ADD -> add(event);
            case SlashCommands.ADMIN_REMOVE -> remove(event);
            case SlashCommands.ADMIN_STATS -> stats(event);
            default -> responder.replyNow(event, "Unknown /review-admin command '" + sub + "'; see /help.");
        }
    }

    /** The library and caches, then this server's questions and feedback over the period asked for. */
    private void stats(SlashCommandInteractionEvent event) {
        Duration period;
        try {
            String since = event.getOption(SlashCommands.SINCE, OptionMapping::getAsString);
            period = since == null || since.isBlank() ? ReportPeriod.DEFAULT : ReportPeriod.parse(since);
        } catch (IllegalArgumentException e) {
            responder.replyNow(event, "Sorry: " + Verbatim.of(e.getMessage()));
            return;
        }
        Requester who = Requesters.of(event);
        responder.deferReply(event, true, "/review-admin stats", () -> {
            MessageCreateData stats = views.render(commands.execute(who, new BotCommand.Stats()));
            MessageCreateData report = views.render(commands.execute(who, new BotCommand.Report(period)));
            List<MessageEmbed> embeds = new ArrayList<>(stats.getEmbeds());
            embeds.addAll(report.getEmbeds());
            return Messages.builder().setEmbeds(embeds).build();
        });
    }

    /** Where the bot answers in this server: the channel named, or the one the command was used in. */
    private void channels(SlashCommandInteractionEvent event, String sub) {
        GuildChannelUnion named = event.getOption(SlashCommands.CHANNEL, OptionMapping::getAsChannel);
        String channel = named != null ? named.getId() : Requesters.of(event).place().channel();
        BotCommand command = switch (sub) {
            case SlashCommands.CHANNELS_ADD -> new BotCommand.Channels(BotCommand.ChannelChange.ADD, List.of(channel));
            case SlashCommands.CHANNELS_REMOVE -> new BotCommand.Channels(BotCommand.ChannelChange.REMOVE, List.of(channel));
            case SlashCommands.CHANNELS_ALL -> new BotCommand.Channels(BotCommand.ChannelChange.ALL, List.of());
            default -> new BotCommand.Channels(BotCommand.ChannelChange.LIST, List.of());
        };
        Requester who = Requesters.of(event);
        responder.deferReply(event, true, "/review-admin channels " + sub, () -> views.render(commands.execute(who, command)));
    }

    /** Members in a server with Manage Server (administrators have it too); nobody in a DM. */
    static boolean isAdmin(Member member) {
        return member != null && member.hasPermission(Permission.MANAGE_SERVER);
    }

    private void add(SlashCommandInteractionEvent event) {
        Message.Attachment file = event.getOption(SlashCommands.FILE, OptionMapping::getAsAttachment);
        if (file == null) {
            responder.replyNow(event, "Attach a review file (.txt or .md) to /review-admin add.");
            return;
        }
        // Downloaded and ingested on the download threads: a slow upload never holds an answer thread.
        responder.deferReplyLater(event, true, "/review-admin add", () -> downloader
                .download(file.getFileName(), file.getUrl(), file.getSize())
                .thenApply(download -> ingest(Requesters.of(event), file, download)));
    }

    private MessageCreateData ingest(Requester who, Message.Attachment file, AttachmentDownloader.Download download) {
        if (download instanceof AttachmentDownloader.Download.Refused refused) {
            return Messages.text("Not stored: " + Verbatim.of(refused.message()));
        }
        byte[] content = ((AttachmentDownloader.Download.Fetched) download).content();
        return views.render(commands.execute(who, new BotCommand.AddReview(file.getFileName(), content)));
    }

    /** Shows what an exact match would remove, with Remove and Cancel buttons; a near miss removes nothing. */
    private void remove(SlashCommandInteractionEvent event) {
        String typed = event.getOption(SlashCommands.FILM, "", OptionMapping::getAsString);
        Requester who = Requesters.of(event);
        responder.deferReply(event, true, "/review-admin remove",
                () -> views.render(commands.execute(who, new BotCommand.PreviewRemoval(typed))));
    }

    /** The confirming click: removes exactly what the preview showed, if the library is still as it was. */
    void onConfirmRemoval(ButtonInteractionEvent event, ButtonAction.ConfirmRemoval confirm) {
        if (!isAdmin(event.getMember())) {
            responder.replyNow(event, REFUSED);
            return;
        }
        Requester who = Requesters.of(event);
        responder.deferEdit(event, "/review-admin remove (confirmed)", () -> views.render(commands.execute(who,
                new BotCommand.ConfirmRemoval(new RemovalTicket(confirm.version(), confirm.target())))));
    }

    void onCancelRemoval(ButtonInteractionEvent event) {
        Requester who = Requesters.of(event);
        responder.deferEdit(event, "/review-admin remove (cancelled)",
                () -> views.render(commands.execute(who, new BotCommand.CancelRemoval())));
    }
}
