package dev.reviewbot.slack;

import static com.slack.api.model.block.Blocks.actions;

import dev.reviewbot.command.Reply;
import java.util.ArrayList;
import java.util.List;

/** A removal's preview: what would be removed, with Remove and Cancel buttons (the ticket in Remove's value). */
final class RemovalViews {

    private RemovalViews() {
    }

    static SlackMessage preview(Reply.RemovalPreview preview) {
        List<String> lines = new ArrayList<>();
        lines.add("This will remove " + preview.reviews().size() + " review(s):");
        preview.reviews().forEach(name -> lines.add("- " + name));
        lines.add("This cannot be undone.");
        String text = Mrkdwn.fit(String.join("\n", lines), SlackLimits.SECTION_TEXT);
        return new SlackMessage(text, List.of(Kit.section(text), actions(List.of(
                Kit.button("Remove", ActionIds.CONFIRM_REMOVAL, preview.ticket().value(), "danger"),
                Kit.button("Cancel", ActionIds.CANCEL_REMOVAL, "cancel", null)))));
    }
}
