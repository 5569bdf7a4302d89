package dev.reviewbot.state;

import dev.reviewbot.command.FollowUpThreads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * {@link FollowUpThreads} in PostgreSQL: a follow-up in a thread answered by one process is recognised by
 * any other. A thread lasts a day after it was last answered in or read, as in memory.
 */
public final class PostgresFollowUpThreads implements FollowUpThreads {

    private static final Duration IDLE = Duration.ofDays(1);

    private final Sql sql;
    private final Clock clock;

    public PostgresFollowUpThreads(DataSource database, Clock clock) {
        this.sql = new Sql(database);
        this.clock = clock;
    }

    @Override
    public void answered(String thread) {
        sql.update("""
                INSERT INTO chat_threads (thread, expires_at) VALUES (?, ?)
                ON CONFLICT (thread) DO UPDATE SET expires_at = EXCLUDED.expires_at
                """, s -> {
            s.setString(1, thread);
            s.setTimestamp(2, Sql.at(clock.instant().plus(IDLE)));
        });
    }

    @Override
    public void forget(String thread) {
        sql.update("DELETE FROM chat_threads WHERE thread = ?", s -> s.setString(1, thread));
    }

    @Override
    public boolean contains(String thread) {
        Instant now = clock.instant();
        return sql.update("UPDATE chat_threads SET expires_at = ? WHERE thread = ? AND expires_at > ?", s -> {
            s.setTimestamp(1, Sql.at(now.plus(IDLE)));
            s.setString(2, thread);
            s.setTimestamp(3, Sql.at(now));
        }) == 1;
    }
}
