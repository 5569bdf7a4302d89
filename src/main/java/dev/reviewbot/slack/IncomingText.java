package dev.reviewbot.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's message markup turned back into what the user typed, for the core: the bot's own mention is
 * dropped, other mentions and links become their visible text, and entities are decoded.
 */
final class IncomingText {

    private static final Pattern MARKUP = Pattern.compile("<([^<>]*)>");

    private IncomingText() {
    }

    /** @param botUserId the bot's user id, whose mentions are removed; null to keep every mention */
    static String plain(String text, String botUserId) {
        if (text == null) {
            return "";
        }
        Matcher m = MARKUP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(visible(m.group(1), botUserId)));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }

    /** True when the text mentions the bot (then app_mention handles it, not the thread follow-up). */
    static boolean mentions(String text, String botUserId) {
        return text != null && botUserId != null && (text.contains("<@" + botUserId + ">")
                || text.contains("<@" + botUserId + "|"));
    }

    /** "@U123|ann" -> "@ann", "#C1|general" -> "#general", "!here" -> "@here", "https://x|label" -> "label". */
    private static String visible(String inner, String botUserId) {
        int bar = inner.indexOf('|');
        String target = bar < 0 ? inner : inner.substring(0, bar);
        String label = bar < 0 ? null : inner.substring(bar + 1);
        if (target.startsWith("@")) {
            if (target.substring(1).equals(botUserId)) {
                return "";
            }
            return "@" + (label != null ? label : target.substring(1));
        }
        if (target.startsWith("#")) {
            return "#" + (label != null ? label : target.substring(1));
        }
        if (target.startsWith("!")) {
            String special = target.substring(1);
            return label != null ? label : "@" + special.replaceFirst("\\^.*", "");
        }
        return label != null ? label : target;
    }
}
