package dev.reviewbot.library;

import dev.reviewbot.review.Review;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The system of record a library's Lucene index follows when several processes share one library (a
 * PostgreSQL database): writes go here first, each one transaction that makes a new version, and every
 * process's index replays the versions it has not applied yet. Vectors are kept here, so a replica is built
 * without embedding anything.
 */
public interface LibraryRecord {

    /** Which library this is: an index that replicated another one is rebuilt from scratch. */
    String libraryId();

    /** The latest version; 0 for an empty library that was never written. */
    long version();

    /** The content hash of each of these reviews that is stored (the others are absent). */
    Map<String, String> hashes(Collection<String> reviewIds);

    /**
     * Stores the reviews (replacing any stored under the same id, passages and all) with their passages, in
     * one transaction: all of them or, when anything fails, none. Returns the new version.
     */
    long write(List<Review> reviews, List<EmbeddedPassage> passages);

    /** Removes those of these reviews that are stored, in one transaction; the new version, or the current one when none was stored. */
    long remove(Collection<String> reviewIds);

    /**
     * Replays, from one consistent snapshot, what changed after version {@code since} (everything when it is
     * 0): each review written since then, with its passages, and each removed. Returns the snapshot's version.
     */
    long replay(long since, Changes changes);

    /** What a replay hands over, review by review. */
    interface Changes {

        void written(Review review, List<EmbeddedPassage> passages);

        void removed(String reviewId);
    }
}
