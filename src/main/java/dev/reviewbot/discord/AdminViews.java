package dev.reviewbot.discord;

import dev.reviewbot.command.Reply;
import dev.reviewbot.library.IngestReport;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** How /review-admin's replies look: a stored upload, and a removal's preview with Remove and Cancel. */
final class AdminViews {

    private AdminViews() {
    }

    static String stored(Reply.ReviewStored stored) {
        return "Stored " + Verbatim.of(stored.review().displayName()) + " (" + stored.review().sections().size()
                + " sections): " + outcome(stored.report()) + "."
                + stored.warnings().stream().map(w -> "\nNote: " + Verbatim.of(w)).collect(Collectors.joining());
    }

    static MessageCreateData preview(Reply.RemovalPreview preview) {
        String list = preview.reviews().stream().map(n -> "- " + Verbatim.of(n)).collect(Collectors.joining("\n"));
        return Messages.builder().setContent(Fit.cut("This will remove " + preview.reviews().size() + " review(s):\n"
                        + list + "\nThis cannot be undone.", Message.MAX_CONTENT_LENGTH))
                .setComponents(ActionRow.of(
                        Button.danger(new ButtonAction.ConfirmRemoval(preview.ticket().version(),
                                preview.ticket().target()).customId(), "Remove"),
                        Button.secondary(new ButtonAction.CancelRemoval().customId(), "Cancel")))
                .build();
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
