package dev.reviewbot.slack;

import java.util.regex.Pattern;

/** The action ids of the bot's buttons; Bolt routes clicks by them. */
final class ActionIds {

    /** "full_section_0", "full_section_1"...: ids must differ within one actions block. */
    static final String FULL_SECTION_PREFIX = "full_section_";
    static final Pattern FULL_SECTION = Pattern.compile("^full_section_\\d+$");
    static final String HELPFUL = "feedback_helpful";
    static final String NOT_HELPFUL = "feedback_unhelpful";
    static final String SHARE = "share_answer";
    /** Under a removal's preview (an admin's DM "remove TITLE"). */
    static final String CONFIRM_REMOVAL = "remove_confirm";
    static final String CANCEL_REMOVAL = "remove_cancel";
    /** The App Home's channels multi-select, for admins: where the bot answers. */
    static final String ANSWER_CHANNELS = "answer_channels";

    private ActionIds() {
    }
}
