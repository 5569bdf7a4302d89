package dev.reviewbot.discord;

/**
 * A file the fake serves itself, at {@link #url()}, so a bot can download it over loopback.
 * Create one with {@link FakeDiscord#attachment(String, String, byte[])}.
 */
public record FakeAttachment(String id, String filename, String contentType, byte[] content, String url) {

    public int size() {
        return content.length;
    }
}
