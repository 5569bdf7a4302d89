package dev.reviewbot.discord;

import dev.reviewbot.answer.AnswerService;
import dev.reviewbot.answer.InvalidQuestionException;
import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.library.IngestReport;
import dev.reviewbot.library.ReviewLibrary;
import dev.reviewbot.library.UploadIngest;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * /review-admin add | remove | stats. Registered for Manage Server only, and checked again here: a
 * server can change who sees a command, and the check must not depend on that. Replies are ephemeral.
 */
final class AdminCommands {

    static final String REFUSED = "Only members with the Manage Server permission can use /review-admin.";

    private final CommandService commands;
    private final AnswerService answers;
    private final ReviewLibrary library;
    private final UploadIngest uploads;
    private final AttachmentDownloader downloader;
    private final ReplyViews views;
    private final Responder responder;

    AdminCommands(CommandService commands, AnswerService answers, ReviewLibrary library, UploadIngest uploads,
                  AttachmentDownloader downloader, ReplyViews views, Responder responder) {
        this.commands = commands;
        this.answers = answers;
        this.library = library;
        this.uploads = uploads;
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
        switch (sub) {
            case SlashCommands.ADMIN_ADD -> add(event);
            case SlashCommands.ADMIN_REMOVE -> remove(event);
            case SlashCommands.ADMIN_STATS -> responder.deferReply(event, true, "/review-admin stats",
                    () -> views.render(commands.execute(Conversation.of(event), new BotCommand.Stats())));
            default -> responder.replyNow(event, "Unknown /review-admin command '" + sub + "'; see /help.");
        }
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
        responder.deferReply(event, true, "/review-admin add", () -> ingest(file));
    }

    private MessageCreateData ingest(Message.Attachment file) {
        AttachmentDownloader.Download download = downloader.download(file.getFileName(), file.getUrl(), file.getSize());
        if (download instanceof AttachmentDownloader.Download.Refused refused) {
            return Messages.text("Not stored: " + refused.message());
        }
        byte[] content = ((AttachmentDownloader.Download.Fetched) download).content();
        UploadIngest.Result result = uploads.ingest(file.getFileName(), content);
        if (result instanceof UploadIngest.Result.Rejected rejected) {
            return Messages.text("Not stored: " + rejected.message());
        }
        UploadIngest.Result.Stored stored = (UploadIngest.Result.Stored) result;
        return Messages.text("Stored " + stored.review().displayName() + " (" + stored.review().sections().size()
                + " sections): " + outcome(stored.report()) + ".");
    }

    private void remove(SlashCommandInteractionEvent event) {
        String typed = event.getOption(SlashCommands.FILM, "", OptionMapping::getAsString);
        responder.deferReply(event, true, "/review-admin remove", () -> {
            try {
                String film = answers.resolveFilm(typed, library.catalog());
                List<String> removed = library.remove(film);
                return Messages.text(removed.isEmpty() ? "Nothing to remove for " + film + "."
                        : "Removed: " + String.join(", ", removed) + ".");
            } catch (InvalidQuestionException e) {
                return Messages.text("Sorry: " + e.getMessage());
            }
        });
    }

    private static String outcome(IngestReport report) {
        List<String> parts = new ArrayList<>();
        if (!report.added().isEmpty()) {
            parts.add("added");
        }
        if (!report.updated().isEmpty()) {
            parts.add("updated");
        }
        if (!report.unchanged().isEmpty()) {
            parts.add("already stored unchanged");
        }
        return String.join(", ", parts) + "; library version " + report.version();
    }
}
