package dev.reviewbot.discord;

import dev.reviewbot.command.Reply;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** How /review-admin's removal preview looks: the reviews it would remove, with Remove and Cancel. */
final class AdminViews {

    private AdminViews() {
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
}
