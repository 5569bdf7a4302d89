package dev.reviewbot.state;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * Deletes the shared state that has expired (event keys, votes, notices, answers behind buttons,
 * conversations, threads, idle rate-limit buckets, the admins' questions). Reads already ignore expired
 * rows; this only keeps the tables small. Any process may run it, at any time, as often as it likes.
 */
public final class ExpiredRows {

    private static final List<String> TABLES = List.of("chat_once", "chat_answers", "chat_conversations",
            "chat_threads", "chat_questions");

    private final Sql sql;
    private final Clock clock;

    public ExpiredRows(DataSource database, Clock clock) {
        this.sql = new Sql(database);
        this.clock = clock;
    }

    /** Deletes every expired row now; returns how many. */
    public int delete() {
        int deleted = 0;
        for (String table : TABLES) {
            deleted += sql.update("DELETE FROM " + table + " WHERE expires_at <= ?",
                    s -> s.setTimestamp(1, Sql.at(clock.instant())));
        }
        // bucket4j's rows: expires_at in epoch milliseconds
        return deleted + sql.update("DELETE FROM chat_rate_buckets WHERE expires_at <= ?",
                s -> s.setLong(1, clock.millis()));
    }
}
