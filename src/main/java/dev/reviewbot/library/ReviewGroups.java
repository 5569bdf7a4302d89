package dev.reviewbot.library;

import dev.reviewbot.review.Review;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSortedSet;
import org.pcollections.PVector;
import org.pcollections.TreePSet;
import org.pcollections.TreePVector;

/**
 * Reviews grouped by a key (the film, the reviewer), each group in catalog order, and the groups in the
 * order of their first review: the catalog's film and reviewer lists. Persistent: adding or dropping a
 * review costs a few tree steps (logarithmic in the library), never a pass over it.
 */
final class ReviewGroups {

    private final Comparator<Review> order;
    private final Function<Review, String> key;
    private final PMap<String, PSortedSet<Review>> members;
    /** Each group's first review, in catalog order. */
    private final PVector<Review> firsts;

    private ReviewGroups(Comparator<Review> order, Function<Review, String> key, PMap<String, PSortedSet<Review>> members,
                         PVector<Review> firsts) {
        this.order = order;
        this.key = key;
        this.members = members;
        this.firsts = firsts;
    }

    /** @param key a review's group; a review whose key is null belongs to none */
    static ReviewGroups empty(Comparator<Review> order, Function<Review, String> key) {
        return new ReviewGroups(order, key, HashTreePMap.empty(), TreePVector.empty());
    }

    ReviewGroups plus(Review review) {
        String group = key.apply(review);
        if (group == null) {
            return this;
        }
        PSortedSet<Review> before = members.getOrDefault(group, TreePSet.empty(order));
        PSortedSet<Review> after = before.plus(review);
        return new ReviewGroups(order, key, members.plus(group, after), movedFirst(before, after));
    }

    ReviewGroups minus(Review review) {
        String group = key.apply(review);
        PSortedSet<Review> before = group == null ? null : members.get(group);
        if (before == null || !before.contains(review)) {
            return this;
        }
        PSortedSet<Review> after = before.minus(review);
        return new ReviewGroups(order, key, after.isEmpty() ? members.minus(group) : members.plus(group, after),
                movedFirst(before, after));
    }

    /** The group's reviews in catalog order; empty for a group with none. */
    List<Review> of(String group) {
        PSortedSet<Review> reviews = members.get(group);
        return reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** The group's first review in catalog order, or null. */
    Review first(String group) {
        PSortedSet<Review> reviews = members.get(group);
        return reviews == null ? null : reviews.first();
    }

    /** Each group's first review, in catalog order. */
    List<Review> firsts() {
        return firsts;
    }

    private PVector<Review> movedFirst(PSortedSet<Review> before, PSortedSet<Review> after) {
        Review old = before.isEmpty() ? null : before.first();
        Review now = after.isEmpty() ? null : after.first();
        if (old == now) {
            return firsts;
        }
        PVector<Review> moved = old == null ? firsts : SortedVectors.minus(firsts, old, order);
        return now == null ? moved : SortedVectors.plus(moved, now, order);
    }
}
