package dev.reviewbot.slack;

import java.util.ArrayList;
import java.util.List;

/** How to use the bot on Slack (the core's help lists console commands, which Slack does not have). */
final class HelpText {

    private final boolean threadFollowUps;

    HelpText(boolean threadFollowUps) {
        this.threadFollowUps = threadFollowUps;
    }

    /** Escaped mrkdwn lines. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("*Ask me about the stored film reviews.* I answer by quoting them, with citations.");
        lines.add("• `/review how is the acting in Ballerina?` - a private answer, with a button to share it");
        lines.add("• Mention me in a channel with a question - I answer in a thread"
                + (threadFollowUps ? "; follow-ups in that thread need no mention" : ""));
        lines.add("• Send me a direct message - every message is a question");
        lines.add("• `/review show &lt;film&gt; [section]` - a review's sections, or one in full");
        lines.add("• `/review list` - the stored reviews");
        lines.add("• `/review stats` - library size and how answers are doing");
        lines.add("• `/review help` - this list");
        return lines;
    }
}
