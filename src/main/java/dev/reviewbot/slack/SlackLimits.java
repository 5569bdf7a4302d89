package dev.reviewbot.slack;

/** Slack's size limits for what the bot sends (Block Kit reference, chat.postMessage). */
final class SlackLimits {

    /** Characters in one section block's text. */
    static final int SECTION_TEXT = 3_000;
    /** Blocks in one message. */
    static final int MESSAGE_BLOCKS = 50;
    /** Blocks in the App Home view. */
    static final int HOME_BLOCKS = 100;
    /** Characters in a message's top-level text (the notification fallback). */
    static final int MESSAGE_TEXT = 40_000;
    static final int HEADER_TEXT = 150;
    static final int BUTTON_TEXT = 75;
    static final int BUTTON_VALUE = 2_000;
    static final int CONTEXT_ELEMENTS = 10;

    private SlackLimits() {
    }
}
