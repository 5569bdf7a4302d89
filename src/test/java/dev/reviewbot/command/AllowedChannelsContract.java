package dev.reviewbot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AllowedChannels} (its Javadoc in words): every implementation's test extends this,
 * the file-backed and in-memory ones today, a database's tomorrow.
 */
public abstract class AllowedChannelsContract {

    /** A fresh, empty store. */
    protected abstract AllowedChannels store();

    @Test
    void aSpaceNeverSet_answersInEveryChannel() {
        assertThat(store().of("discord:1")).isEmpty();
    }

    @Test
    void update_appliesTheChange_storesIt_andReturnsTheStoredSet() {
        AllowedChannels store = store();
        assertThat(store.update("discord:1", s -> union(s, "10"))).containsExactly("10");
        assertThat(store.update("discord:1", s -> union(s, "11"))).containsExactlyInAnyOrder("10", "11");
        assertThat(store.of("discord:1")).containsExactlyInAnyOrder("10", "11");
    }

    @Test
    void spaces_areIndependent() {
        AllowedChannels store = store();
        store.update("discord:1", s -> Set.of("10"));
        store.update("slack:-", s -> Set.of("C1"));
        assertThat(store.of("discord:1")).containsExactly("10");
        assertThat(store.of("slack:-")).containsExactly("C1");
        assertThat(store.of("discord:2")).isEmpty();
    }

    @Test
    void anEmptyResult_meansEveryChannelAgain() {
        AllowedChannels store = store();
        store.update("discord:1", s -> Set.of("10"));
        assertThat(store.update("discord:1", s -> Set.of())).isEmpty();
        assertThat(store.of("discord:1")).isEmpty();
    }

    @Test
    void concurrentUpdates_areEachApplied() throws Exception {
        AllowedChannels store = store();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String channel = Integer.toString(i);
                done.add(pool.submit(() -> store.update("discord:1", s -> union(s, channel))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(store.of("discord:1")).hasSize(40);
    }

    @Test
    void aBlankSpace_isRefusedInOneLine() {
        assertThatThrownBy(() -> store().of(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("\n");
    }

    @Test
    void theReturnedSet_cannotChangeTheStore() {
        AllowedChannels store = store();
        Set<String> returned = store.update("discord:1", s -> Set.of("10"));
        try {
            returned.add("99");
        } catch (UnsupportedOperationException expected) {
            // an unmodifiable copy is fine too
        }
        assertThat(store.of("discord:1")).containsExactly("10");
    }

    private static Set<String> union(Set<String> now, String channel) {
        Set<String> next = new HashSet<>(now);
        next.add(channel);
        return next;
    }
}
