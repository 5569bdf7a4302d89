package dev.reviewbot.discord;

/**
 * An interaction the fake sent to the bot; its id and token name the REST routes of the answer.
 */
public record FakeInteraction(String id, String token, String applicationId) {

    /** Where the first answer goes: {@code POST /interactions/{id}/{token}/callback}. */
    public String callbackRoute() {
        return "/interactions/" + id + "/" + token + "/callback";
    }

    /** The original response, as edited after {@code deferReply()}: {@code PATCH ...messages/@original}. */
    public String originalMessageRoute() {
        return followupRoute() + "/messages/@original";
    }

    /** Where follow-up messages go: {@code POST /webhooks/{app}/{token}}. */
    public String followupRoute() {
        return "/webhooks/" + applicationId + "/" + token;
    }
}
