package dev.reviewbot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids and users of the fake: one guild (or more, for sharding), a text channel with a thread, a second
 * text channel, three members, DM channels on demand.
 */
final class FakeDiscordWorld {

    /** A guild the bot is in, with its one text channel. */
    record Guild(String id, String channelId) {
    }

    /**
     * VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, ATTACH_FILES, READ_MESSAGE_HISTORY, ADD_REACTIONS (117824),
     * USE_APPLICATION_COMMANDS and SEND_MESSAGES_IN_THREADS (JDA checks it before sending in a thread).
     */
    static final long EVERYONE_PERMISSIONS = 117_824L | 1L << 31 | 1L << 38;
    /** MANAGE_SERVER (MANAGE_GUILD). */
    static final long MANAGE_SERVER = 1L << 5;

    final FakeDiscordConfig config;
    final String applicationId;
    final String guildId;
    final String channelId;
    /** A public thread in the text channel. */
    final String threadId;
    /** A second text channel, "other", for where-the-bot-answers tests. */
    final String otherChannelId;
    final String adminRoleId;
    /** Every guild, the first being {@link #guildId} (the one with the thread and the admin role). */
    final List<Guild> guilds;
    final FakeUser bot;
    final FakeUser admin;
    final FakeUser user;
    private final Map<String, String> dmChannelByUser = new ConcurrentHashMap<>();

    FakeDiscordWorld(FakeDiscordConfig config) {
        this.config = config;
        this.bot = new FakeUser(Snowflakes.nextId(), config.botName(), true);
        this.applicationId = bot.id(); // as for every bot created since 2016
        this.guilds = guilds(config.guilds());
        this.guildId = guilds.get(0).id();
        this.channelId = guilds.get(0).channelId();
        this.threadId = Snowflakes.nextId();
        this.otherChannelId = Snowflakes.nextId();
        this.adminRoleId = Snowflakes.nextId();
        this.admin = new FakeUser(Snowflakes.nextId(), config.adminName(), false);
        this.user = new FakeUser(Snowflakes.nextId(), config.userName(), false);
    }

    /**
     * Guild ids one millisecond apart, so that the shard Discord computes for each, (id >> 22) % shards,
     * goes round every shard in turn.
     */
    private static List<Guild> guilds(int count) {
        List<Guild> made = new ArrayList<>();
        long millis = Snowflakes.next() >>> 22;
        for (int i = 0; i < count; i++) {
            made.add(new Guild(Long.toUnsignedString((millis + i) << 22), Snowflakes.nextId()));
        }
        return List.copyOf(made);
    }

    /** The shard that receives a guild's events, by Discord's formula. */
    int shardOf(String guild) {
        return (int) ((Long.parseUnsignedLong(guild) >>> 22) % config.shards());
    }

    Guild requireGuild(String id) {
        return guilds.stream().filter(g -> g.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown guild " + id + "; known: " + guilds));
    }

    List<FakeUser> members() {
        return List.of(bot, admin, user);
    }

    Optional<FakeUser> findUser(String id) {
        return members().stream().filter(u -> u.id().equals(id)).findFirst();
    }

    FakeUser requireUser(String id) {
        return findUser(id).orElseThrow(() -> new IllegalArgumentException(
                "Unknown user " + id + "; known: " + members()));
    }

    boolean isAdmin(FakeUser member) {
        return member.equals(admin);
    }

    List<String> roleIdsOf(FakeUser member) {
        return isAdmin(member) ? List.of(adminRoleId) : List.of();
    }

    long permissionsOf(FakeUser member) {
        return isAdmin(member) ? EVERYONE_PERMISSIONS | MANAGE_SERVER : EVERYONE_PERMISSIONS;
    }

    /** The DM channel between the bot and a user, made the first time it is asked for. */
    String dmChannelOf(String userId) {
        return dmChannelByUser.computeIfAbsent(userId, id -> Snowflakes.nextId());
    }

    /** The user a DM channel belongs to, if it is one. */
    Optional<String> dmUserOf(String channelId) {
        return dmChannelByUser.entrySet().stream()
                .filter(e -> e.getValue().equals(channelId)).map(Map.Entry::getKey).findFirst();
    }
}
