package dev.reviewbot.answer;

/**
 * Where a quoted passage comes from.
 *
 * @param review   the film's title
 * @param section  the review section's heading
 * @param reviewer who wrote the review, or null when unknown
 * @param quote    the sentences quoted from that section, verbatim
 */
public record Citation(String review, String section, String reviewer, String quote) {

    /** "Ballerina, Acting" or "Glass Orchard, Score (Maya Lindqvist)". */
    public String label() {
        return review + ", " + section + (reviewer == null ? "" : " (" + reviewer + ")");
    }
}
