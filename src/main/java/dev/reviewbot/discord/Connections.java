package dev.reviewbot.discord;

import dev.reviewbot.config.DiscordShards;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * This process's gateway connections: one JDA when it serves the whole unsharded bot, else the shards
 * JDA's shard manager runs for it. What the adapter needs from either, so it never asks which.
 */
sealed interface Connections {

    /** The live connections, one per shard served (one when unsharded). */
    List<JDA> shards();

    /** Closes every connection, waiting up to {@code wait} for each to finish what it is sending. */
    void shutdown(Duration wait);

    /** Whether this process receives the events of a server (a sharded bot sees only its shards' servers). */
    boolean serves(long guildId);

    default JDA first() {
        return shards().get(0);
    }

    default Guild guildById(String id) {
        return shards().stream().map(jda -> jda.getGuildById(id)).filter(g -> g != null).findFirst().orElse(null);
    }

    default int guildCount() {
        return shards().stream().mapToInt(jda -> jda.getGuilds().size()).sum();
    }

    record Single(JDA jda) implements Connections {
        @Override
        public List<JDA> shards() {
            return List.of(jda);
        }

        @Override
        public void shutdown(Duration wait) {
            shutDown(jda, wait);
        }

        @Override
        public boolean serves(long guildId) {
            return true;
        }
    }

    record Sharded(ShardManager manager, DiscordShards served) implements Connections {
        @Override
        public List<JDA> shards() {
            return manager.getShards();
        }

        @Override
        public void shutdown(Duration wait) {
            List<JDA> shards = manager.getShards();
            manager.shutdown();
            shards.forEach(jda -> shutDown(jda, wait));
        }

        @Override
        public boolean serves(long guildId) {
            return served.serves(guildId);
        }
    }

    private static void shutDown(JDA jda, Duration wait) {
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                jda.shutdownNow();
            }
        } catch (InterruptedException e) {
            jda.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
