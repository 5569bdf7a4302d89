package dev.reviewbot.command;

/**
 * What a removal preview showed, small enough for a button: the library version it was made at, and the
 * target ("r" + a review's index in the catalog, or "f" + a film's index). A later ingest or removal
 * changes the version, and the ticket then removes nothing.
 */
public record RemovalTicket(long version, String target) {

    public RemovalTicket {
        if (target == null || !target.matches("[rf]\\d{1,9}")) {
            throw new IllegalArgumentException("not a removal target: " + target);
        }
    }

    /** "version:target", for a button's id or value. */
    public String value() {
        return version + ":" + target;
    }

    /** @throws IllegalArgumentException for a value that {@link #value()} did not make */
    public static RemovalTicket parse(String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a removal ticket: " + value);
        }
        try {
            return new RemovalTicket(Long.parseLong(value.substring(0, colon)), value.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a removal ticket: " + value, e);
        }
    }
}
