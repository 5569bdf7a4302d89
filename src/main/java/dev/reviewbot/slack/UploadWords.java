package dev.reviewbot.slack;

import dev.reviewbot.command.Reply;
import java.util.stream.Collectors;

/** How Slack words a stored upload: what happened, and how to ask about it. */
final class UploadWords {

    private UploadWords() {
    }

    static String stored(Reply.ReviewStored stored) {
        var review = stored.review();
        var report = stored.report();
        String what = !report.added().isEmpty() ? "Added" : !report.updated().isEmpty() ? "Updated" : "Already stored, unchanged:";
        int sections = review.sections().size();
        return what + " " + review.displayName() + " (" + sections + " section" + (sections == 1 ? "" : "s")
                + "). Ask about it, e.g. /review what is the verdict on " + review.title() + "?"
                + stored.warnings().stream().map(w -> " Note: " + w + ".").collect(Collectors.joining());
    }
}
