package dev.reviewbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * What the bot posts: Block Kit blocks, and the top-level text Slack shows in notifications and where
 * blocks cannot be shown. Both are already escaped and within Slack's limits.
 */
record SlackMessage(String text, List<LayoutBlock> blocks) {

    SlackMessage {
        blocks = List.copyOf(blocks);
        if (blocks.size() > SlackLimits.MESSAGE_BLOCKS || text.length() > SlackLimits.MESSAGE_TEXT) {
            throw new IllegalArgumentException("message over Slack's limits: " + blocks.size() + " blocks, "
                    + text.length() + " characters");
        }
    }
}
