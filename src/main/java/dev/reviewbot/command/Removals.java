package dev.reviewbot.command;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.RemovalMatch;
import dev.reviewbot.library.ReviewLibrary;
import dev.reviewbot.review.Review;
import java.util.List;

/**
 * Removal in two steps, for every platform: a preview of exactly what a title or review id would remove
 * (a near miss removes nothing and names the close titles), then the confirming click's ticket, which
 * removes what was shown only if the library has not changed since.
 */
final class Removals {

    private final ReviewLibrary library;

    Removals(ReviewLibrary library) {
        this.library = library;
    }

    Reply preview(String typed) {
        Catalog catalog = library.catalog();
        RemovalMatch match = RemovalMatch.find(catalog, typed);
        if (match instanceof RemovalMatch.NotFound notFound) {
            return new Reply.Notice("Nothing removed: " + notFound.problem() + ".");
        }
        RemovalMatch.Found found = (RemovalMatch.Found) match;
        String target = found.reviews().size() == 1 && found.what().equals(found.reviews().get(0).id())
                ? "r" + catalog.reviews().indexOf(found.reviews().get(0))
                : "f" + catalog.films().indexOf(found.what());
        return new Reply.RemovalPreview(found.displayNames(), new RemovalTicket(catalog.version(), target));
    }

    Reply confirm(RemovalTicket ticket) {
        synchronized (library) { // the check and the removal together: a concurrent ingest changes the version
            Catalog catalog = library.catalog();
            List<Review> shown = ticket.version() == catalog.version() ? previewed(catalog, ticket.target()) : List.of();
            if (shown.isEmpty()) {
                return new Reply.Notice(CommandService.LIBRARY_CHANGED);
            }
            return new Reply.Removed(library.removeReviews(shown.stream().map(Review::id).toList()));
        }
    }

    private static List<Review> previewed(Catalog catalog, String target) {
        int index = Integer.parseInt(target.substring(1));
        if (target.startsWith("r")) {
            return index < catalog.reviews().size() ? List.of(catalog.reviews().get(index)) : List.of();
        }
        return index < catalog.films().size() ? catalog.reviewsOf(catalog.films().get(index)) : List.of();
    }
}
