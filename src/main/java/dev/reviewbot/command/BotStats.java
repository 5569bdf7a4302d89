package dev.reviewbot.command;

/**
 * What `stats` shows: the library's size and how the caches and answers are doing.
 *
 * @param libraryVersion bumped by every ingest or removal
 */
public record BotStats(int reviews, int films, int sections, long libraryVersion, CacheStat answers,
                       CacheStat embeddings, long conversations, long answered, long declined,
                       long helpfulVotes, long unhelpfulVotes) {

    /** One cache: entries now, and the share of lookups it served. */
    public record CacheStat(long size, long hits, long misses) {
        public double hitRate() {
            return hits + misses == 0 ? 0 : (double) hits / (hits + misses);
        }
    }
}
