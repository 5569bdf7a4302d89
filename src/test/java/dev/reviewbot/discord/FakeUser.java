package dev.reviewbot.discord;

/** A user known to the fake server. */
public record FakeUser(String id, String username, boolean bot) {

    /** The mention markup for this user, {@code <@id>}. */
    public String mention() {
        return "<@" + id + ">";
    }
}
