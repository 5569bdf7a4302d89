package dev.reviewbot.discord;

import java.time.Duration;

/**
 * A file the fake serves itself, at {@link #url()}, so a bot can download it over loopback.
 * Create one with {@link FakeDiscord#attachment(String, String, byte[])}.
 *
 * @param drip         a pause before each byte of the body (a slow-drip server), or zero
 * @param declaredSize the size the gateway payload claims, which need not be true
 */
public record FakeAttachment(String id, String filename, String contentType, byte[] content, String url,
                             Duration drip, int declaredSize) {

    public int size() {
        return declaredSize;
    }

    /** The same file, served one byte at a time with {@code pause} before each. */
    public FakeAttachment dripping(Duration pause) {
        return new FakeAttachment(id, filename, contentType, content, url, pause, declaredSize);
    }

    /** The same file, with a payload that claims another size. */
    public FakeAttachment claimingSize(int bytes) {
        return new FakeAttachment(id, filename, contentType, content, url, drip, bytes);
    }
}
