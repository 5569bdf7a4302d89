package dev.reviewbot.library;

import dev.reviewbot.review.Review;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The writes of a library kept in a {@link LibraryRecord}: each ingest or removal is one transaction there
 * (embedding happens before it opens, so a failure mid-way stores nothing), then the local replica syncs,
 * as every other process's does when it hears of the new version.
 */
final class RecordedWrites {

    private final LibraryRecord record;
    private final ReviewLibrary library;
    private final PassageEmbedder embedder;
    private final Chunker chunker;
    private final int embedBatch;

    RecordedWrites(LibraryRecord record, ReviewLibrary library, PassageEmbedder embedder, Chunker chunker, int embedBatch) {
        this.record = record;
        this.library = library;
        this.embedder = embedder;
        this.chunker = chunker;
        this.embedBatch = embedBatch;
    }

    /**
     * Stores the reviews whose content the record does not hold yet (all of them when {@code force}); the
     * unchanged cost one query. When one id comes twice, the last review given wins.
     */
    IngestReport ingest(List<Review> reviews, boolean force) {
        Map<String, Review> given = new LinkedHashMap<>();
        reviews.forEach(review -> given.put(review.id(), review));
        Map<String, String> stored = record.hashes(given.keySet());
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Review> toStore = new ArrayList<>();
        for (Review review : given.values()) {
            String hash = stored.get(review.id());
            if (hash != null && hash.equals(review.contentHash()) && !force) {
                unchanged.add(review.displayName());
                continue;
            }
            (hash != null ? updated : added).add(review.displayName());
            toStore.add(review);
        }
        if (toStore.isEmpty()) {
            return new IngestReport(added, updated, unchanged, 0, library.sync());
        }
        List<Passage> cut = toStore.stream().flatMap(review -> chunker.passages(review).stream()).toList();
        List<EmbeddedPassage> embedded = new ArrayList<>(cut.size());
        for (int from = 0; from < cut.size(); from += embedBatch) {
            embedded.addAll(embedder.embed(cut.subList(from, Math.min(cut.size(), from + embedBatch))));
        }
        long version = record.write(toStore, embedded);
        library.sync();
        return new IngestReport(added, updated, unchanged, cut.size(), version);
    }

    /** Removes those of the reviews that are stored; returns their display names. */
    List<String> remove(Collection<String> reviewIds) {
        library.sync();
        Catalog current = library.catalog();
        List<Review> matching = reviewIds.stream().distinct().map(current::review).flatMap(Optional::stream).toList();
        if (matching.isEmpty()) {
            return List.of();
        }
        record.remove(matching.stream().map(Review::id).toList());
        library.sync();
        return matching.stream().map(Review::displayName).toList();
    }

    /**
     * Embeds anew, a batch of reviews at a time (each one version), the reviews that have passages another
     * model or other polarity weights embedded. Returns how many passages were embedded.
     */
    int reembed(StoredPassages stale, IntConsumer progress) {
        Set<String> done = new HashSet<>();
        int embedded = 0;
        for (List<Passage> passages = stale.next(embedBatch); !passages.isEmpty(); passages = stale.next(embedBatch)) {
            Catalog current = library.catalog();
            List<Review> reviews = passages.stream().map(Passage::reviewId).distinct().filter(done::add)
                    .map(current::review).flatMap(Optional::stream).toList();
            if (reviews.isEmpty()) {
                break; // what is left is being re-embedded by someone else, or was written by another model since
            }
            embedded += ingest(reviews, true).passagesEmbedded();
            progress.accept(embedded);
        }
        return embedded;
    }
}
