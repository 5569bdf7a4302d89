package dev.reviewbot.slack;

/**
 * A review section named in a "Full section" button's value, so that a click needs no server-side state
 * (it works after a restart and on any instance behind a load balancer).
 */
record SectionRef(String film, String section) {

    /** Film titles and section names are single lines, so a newline separates them safely. */
    String value() {
        return film + "\n" + section;
    }

    static SectionRef parse(String value) {
        int newline = value == null ? -1 : value.indexOf('\n');
        if (newline <= 0 || newline == value.length() - 1) {
            throw new IllegalArgumentException("not a section reference");
        }
        return new SectionRef(value.substring(0, newline), value.substring(newline + 1));
    }
}
