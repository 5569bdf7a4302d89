package dev.reviewbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * What the bot posts: Block Kit blocks, and the top-level text Slack shows in notifications and where
 * blocks cannot be shown. Both are already escaped and within Slack's limits. Pictures (a review's
 * scorecard) are uploaded beside it.
 */
record SlackMessage(String text, List<LayoutBlock> blocks, List<SlackImage> images) {

    SlackMessage(String text, List<LayoutBlock> blocks) {
        this(text, blocks, List.of());
    }

    SlackMessage {
        blocks = List.copyOf(blocks);
        images = List.copyOf(images);
        if (blocks.size() > SlackLimits.MESSAGE_BLOCKS || text.length() > SlackLimits.MESSAGE_TEXT) {
            throw new IllegalArgumentException("message over Slack's limits: " + blocks.size() + " blocks, "
                    + text.length() + " characters");
        }
    }
}
