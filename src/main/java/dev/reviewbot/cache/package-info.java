/**
 * Caffeine caches of recent lookups: answers, question embeddings and conversation context. Entry points:
 * {@link dev.reviewbot.cache.CacheSettings} (spec strings from config) and
 * {@link dev.reviewbot.cache.CachingEmbeddingModel}.
 */
package dev.reviewbot.cache;
