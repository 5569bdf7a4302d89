package dev.reviewbot.config;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which of the bot's Discord shards this process serves (section {@code discord.shards}). Discord sends a
 * server's events only to the shard {@code (server id >> 22) % total}, so processes that split the shard
 * ids between them each see their own servers' events, and every event reaches exactly one process.
 *
 * @param total how many shards the bot has across all its processes; 1 is one unsharded connection, as
 *              a single process needs (DISCORD_SHARDS_TOTAL)
 * @param ids   the shards this process serves, e.g. "0-3" or "0,2,5-7"; empty: all of them
 *              (DISCORD_SHARDS_IDS)
 */
public record DiscordShards(int total, String ids) {

    /** One process, one connection: what a bot in fewer than 2,500 servers needs. */
    public static final DiscordShards SINGLE = new DiscordShards(1, "");

    public DiscordShards {
        if (total < 1) {
            throw new IllegalArgumentException("discord.shards.total must be at least 1, was " + total);
        }
        ids = ids == null ? "" : ids.strip();
        parse(ids, total); // fails here, at start-up, naming the setting
    }

    /** The shard ids this process serves, in order. */
    public List<Integer> served() {
        return parse(ids, total);
    }

    /** Whether this process serves a part of the bot's shards (or all of several): JDA's shard manager is needed. */
    public boolean sharded() {
        return total > 1;
    }

    /** Whether this process receives the events of a server. */
    public boolean serves(long guildId) {
        return served().contains((int) ((guildId >>> 22) % total));
    }

    private static List<Integer> parse(String ids, int total) {
        if (ids.isEmpty()) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                all.add(i);
            }
            return all;
        }
        TreeSet<Integer> served = new TreeSet<>();
        for (String part : ids.split(",")) {
            String range = part.strip();
            if (!range.matches("\\d{1,5}(\\s*-\\s*\\d{1,5})?")) {
                throw new IllegalArgumentException("discord.shards.ids must be shard numbers or ranges such as "
                        + "\"0-3\" or \"0,2\", got '" + ids + "'");
            }
            String[] ends = range.split("\\s*-\\s*");
            int from = Integer.parseInt(ends[0]);
            int to = Integer.parseInt(ends[ends.length - 1]);
            if (from > to || to >= total) {
                throw new IllegalArgumentException("discord.shards.ids '" + ids + "' names shards outside 0-"
                        + (total - 1) + " (discord.shards.total is " + total + ")");
            }
            for (int i = from; i <= to; i++) {
                served.add(i);
            }
        }
        return List.copyOf(served);
    }
}
