package dev.reviewbot.slack;

/**
 * A picture that goes with a message (a review's scorecard chart), uploaded as a file beside it: Block Kit
 * cannot carry bytes, and an image block would need a public URL.
 *
 * @param filename ASCII, ending in .png
 * @param altText  what the picture shows, in words, for screen readers (Slack's alt_txt, at most 1,000 characters)
 */
record SlackImage(String filename, String title, String altText, byte[] png) {

    static final int ALT_TEXT_MAX = 1_000;

    SlackImage {
        if (png == null || png.length == 0) {
            throw new IllegalArgumentException("an image needs its bytes");
        }
        altText = altText.length() <= ALT_TEXT_MAX ? altText : altText.substring(0, ALT_TEXT_MAX - 1) + "…";
    }
}
