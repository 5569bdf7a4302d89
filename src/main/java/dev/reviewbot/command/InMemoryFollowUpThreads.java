package dev.reviewbot.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/** {@link FollowUpThreads} in this process's memory: forgotten on restart (a mention revives a thread). */
public final class InMemoryFollowUpThreads implements FollowUpThreads {

    private final Cache<String, Boolean> threads;

    public InMemoryFollowUpThreads(Ticker ticker) {
        this.threads = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofDays(1))
                .ticker(ticker).build();
    }

    @Override
    public void answered(String thread) {
        threads.put(thread, Boolean.TRUE);
    }

    @Override
    public void forget(String thread) {
        threads.invalidate(thread);
    }

    @Override
    public boolean contains(String thread) {
        return threads.getIfPresent(thread) != null;
    }
}
