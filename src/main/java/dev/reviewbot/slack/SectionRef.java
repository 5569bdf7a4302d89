package dev.reviewbot.slack;

/**
 * A review section named in a "Full section" button's value, so that a click needs no server-side state
 * (it works after a restart and on any instance behind a load balancer).
 *
 * @param reviewer the cited review's reviewer, so the click shows that review's section (as on Discord);
 *                 null for a review without one, and then the section of every review of the film shows
 */
record SectionRef(String film, String section, String reviewer) {

    SectionRef(String film, String section) {
        this(film, section, null);
    }

    /** Film titles, section names and reviewers are single lines, so newlines separate them safely. */
    String value() {
        return film + "\n" + section + (reviewer == null ? "" : "\n" + reviewer);
    }

    static SectionRef parse(String value) {
        String[] parts = value == null ? new String[0] : value.split("\n", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()
                || (parts.length == 3 && parts[2].isEmpty())) {
            throw new IllegalArgumentException("not a section reference");
        }
        return new SectionRef(parts[0], parts[1], parts.length == 3 ? parts[2] : null);
    }
}
