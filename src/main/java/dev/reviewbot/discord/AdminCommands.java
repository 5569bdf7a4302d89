package dev.reviewbot.discord;

import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.IngestReport;
import dev.reviewbot.library.RemovalMatch;
import dev.reviewbot.library.ReviewLibrary;
import dev.reviewbot.library.UploadIngest;
import dev.reviewbot.review.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * /review-admin add | remove | stats, and the Remove / Cancel buttons under a removal's preview. Registered
 * for Manage Server only, and checked again here (clicks included): a server can change who sees a
 * command, and the check must not depend on that. Replies are ephemeral.
 */
final class AdminCommands {

    static final String REFUSED = "Only members with the Manage Server permission can use /review-admin.";

    private final CommandService commands;
    private final ReviewLibrary library;
    private final UploadIngest uploads;
    private final AttachmentDownloader downloader;
    private final ReplyViews views;
    private final Responder responder;

    AdminCommands(CommandService commands, ReviewLibrary library, UploadIngest uploads,
                  AttachmentDownloader downloader, ReplyViews views, Responder responder) {
        this.commands = commands;
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
        // Downloaded and ingested on the download threads: a slow upload never holds an answer thread.
        responder.deferReplyLater(event, true, "/review-admin add", () -> downloader
                .download(file.getFileName(), file.getUrl(), file.getSize())
                .thenApply(download -> ingest(file, download)));
    }

    private MessageCreateData ingest(Message.Attachment file, AttachmentDownloader.Download download) {
        if (download instanceof AttachmentDownloader.Download.Refused refused) {
            return Messages.text("Not stored: " + Verbatim.of(refused.message()));
        }
        byte[] content = ((AttachmentDownloader.Download.Fetched) download).content();
        UploadIngest.Result result = uploads.ingest(file.getFileName(), content);
        if (result instanceof UploadIngest.Result.Rejected rejected) {
            return Messages.text("Not stored: " + Verbatim.of(rejected.message()));
        }
        UploadIngest.Result.Stored stored = (UploadIngest.Result.Stored) result;
        return Messages.text("Stored " + Verbatim.of(stored.review().displayName()) + " (" + stored.review().sections().size()
                + " sections): " + outcome(stored.report()) + "."
                + stored.warnings().stream().map(w -> "\nNote: " + Verbatim.of(w)).collect(Collectors.joining()));
    }

    /** Shows what an exact match would remove, with Remove and Cancel buttons; a near miss removes nothing. */
    private void remove(SlashCommandInteractionEvent event) {
        String typed = event.getOption(SlashCommands.FILM, "", OptionMapping::getAsString);
        responder.deferReply(event, true, "/review-admin remove", () -> {
            Catalog catalog = library.catalog();
            RemovalMatch match = RemovalMatch.find(catalog, typed);
            if (match instanceof RemovalMatch.NotFound notFound) {
                return Messages.text("Nothing removed: " + Verbatim.of(notFound.problem()) + ".");
            }
            RemovalMatch.Found found = (RemovalMatch.Found) match;
            String target = found.reviews().size() == 1 && found.what().equals(found.reviews().get(0).id())
                    ? "r" + catalog.reviews().indexOf(found.reviews().get(0))
                    : "f" + catalog.films().indexOf(found.what());
            String list = found.displayNames().stream().map(n -> "- " + Verbatim.of(n)).collect(Collectors.joining("\n"));
            return Messages.builder().setContent(Fit.cut("This will remove " + found.reviews().size() + " review(s):\n"
                            + list + "\nThis cannot be undone.", Message.MAX_CONTENT_LENGTH))
                    .setComponents(ActionRow.of(
                            Button.danger(new ButtonAction.ConfirmRemoval(catalog.version(), target).customId(), "Remove"),
                            Button.secondary(new ButtonAction.CancelRemoval().customId(), "Cancel")))
                    .build();
        });
    }

    /** The confirming click: removes exactly what the preview showed, if the library is still as it was. */
    void onConfirmRemoval(ButtonInteractionEvent event, ButtonAction.ConfirmRemoval confirm) {
        if (!isAdmin(event.getMember())) {
            responder.replyNow(event, REFUSED);
            return;
        }
        responder.deferEdit(event, "/review-admin remove (confirmed)", () -> {
            Catalog catalog = library.catalog();
            List<Review> shown = confirm.version() == catalog.version() ? previewed(catalog, confirm.target()) : List.of();
            if (shown.isEmpty()) {
                return Messages.text("Nothing removed: the library changed since; run /review-admin remove again.");
            }
            List<String> removed = library.removeReviews(shown.stream().map(Review::id).toList());
            return Messages.text("Removed: " + removed.stream().map(Verbatim::of).collect(Collectors.joining(", ")) + ".");
        });
    }

    void onCancelRemoval(ButtonInteractionEvent event) {
        responder.deferEdit(event, "/review-admin remove (cancelled)", () -> Messages.text("Nothing removed."));
    }

    private static List<Review> previewed(Catalog catalog, String target) {
        int index = Integer.parseInt(target.substring(1));
        if (target.startsWith("r")) {
            return index < catalog.reviews().size() ? List.of(catalog.reviews().get(index)) : List.of();
        }
        return index < catalog.films().size() ? catalog.reviewsOf(catalog.films().get(index)) : List.of();
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
