package dev.reviewbot.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.CaffeineSpec;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Sizes and expiry of the caches, each as a Caffeine spec string ("maximumSize=10000,expireAfterWrite=1h"),
 * so they are set in config without code. Stats are always recorded: `stats` shows the hit rates.
 */
public record CacheSettings(String answers, String embeddings, String conversations) {


    public CacheSettings {
        for (String spec : new String[] {answers, embeddings, conversations}) {
            CaffeineSpec.parse(spec); // fails at start-up, naming the bad spec, not at the first question
        }
    }

    public static <K, V> Cache<K, V> build(String spec, Ticker ticker) {
        return Caffeine.from(spec).ticker(ticker).recordStats().build();
    }
}
