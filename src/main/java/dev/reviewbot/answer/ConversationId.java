package dev.reviewbot.answer;

/**
 * Where a conversation happens, so follow-ups know what it is about: a console session, a Discord
 * channel, thread or DM, a Slack thread or DM. Platforms choose the value; the core only compares it.
 */
public record ConversationId(String platform, String place) {

    public ConversationId {
        if (platform == null || platform.isBlank() || place == null || place.isBlank()) {
            throw new IllegalArgumentException("a conversation needs a platform and a place");
        }
    }
}
