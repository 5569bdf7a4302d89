package dev.reviewbot.command;

import dev.reviewbot.answer.ConversationId;
import java.util.Objects;

/**
 * Who asks, and where: the platform, the user's id on it, and the place. The core derives the
 * conversation (for follow-ups), the rate-limit key and the vote key from it, so every platform gets
 * them the same way.
 *
 * @param platform "console", "discord", "slack"...
 * @param user     the user's id on the platform
 */
public record Requester(String platform, String user, Place place) {

    public Requester {
        if (platform == null || platform.isBlank() || user == null || user.isBlank()) {
            throw new IllegalArgumentException("a requester needs a platform and a user");
        }
        Objects.requireNonNull(place, "place");
    }

    /**
     * Where a request was made.
     *
     * @param space   the server or workspace; null in a DM or where the platform has none
     * @param channel the channel or DM channel
     * @param thread  the thread inside the channel; null outside one
     * @param kind    how the conversation is kept: shared by the channel or thread, or private to the user
     */
    public record Place(String space, String channel, String thread, Kind kind) {

        public Place {
            Objects.requireNonNull(kind, "kind");
            if (channel == null || channel.isBlank()) {
                throw new IllegalArgumentException("a place needs a channel");
            }
        }

        public static Place channel(String space, String channel) {
            return new Place(space, channel, null, Kind.SHARED);
        }

        public static Place thread(String space, String channel, String thread) {
            return new Place(space, channel, thread, Kind.SHARED);
        }

        public static Place direct(String channel) {
            return new Place(null, channel, null, Kind.DIRECT);
        }

        /** A channel where each user's answers are private (a Slack slash command), so is the conversation. */
        public static Place privateIn(String space, String channel) {
            return new Place(space, channel, null, Kind.PRIVATE);
        }
    }

    /** How a place keeps its conversation. */
    public enum Kind { SHARED, DIRECT, PRIVATE }

    /** The console session: one user, one conversation. */
    public static Requester console(String session) {
        return new Requester("console", "local", Place.direct(session));
    }

    /** The one at this machine's keyboard (the console): not rate-limited. */
    public boolean local() {
        return platform.equals("console");
    }

    /** The conversation follow-ups belong to: the thread, the channel, the DM, or the user's own in a channel. */
    public ConversationId conversation() {
        String where = switch (place.kind()) {
            case DIRECT -> "dm/" + place.channel();
            case PRIVATE -> place.channel() + "/private/" + user;
            case SHARED -> place.thread() == null ? place.channel() : place.channel() + "/" + place.thread();
        };
        return new ConversationId(platform, where);
    }

    /** The key of this user's allowance and votes: per platform, whatever the place. */
    public String userKey() {
        return platform + ":" + user;
    }
}
