package dev.reviewbot.state;

import dev.reviewbot.command.SeenEvents;
import dev.reviewbot.command.Votes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * {@link SeenEvents} and {@link Votes} in PostgreSQL, shared by every process: a Slack retry that reaches
 * another process, or a vote clicked on each, is seen once. A key is new when no row has it or its row
 * has expired; the check and the claim are one statement, so concurrent callers anywhere get one true.
 */
public final class PostgresOnce implements SeenEvents, Votes {

    /** Claims a key that is absent or expired; changes no row when it is held. */
    private static final String CLAIM = """
            INSERT INTO chat_once (key, expires_at) VALUES (?, ?)
            ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE chat_once.expires_at <= ?
            """;

    private final Sql sql;
    private final Clock clock;
    private final Duration remembered;
    private final String namespace;

    /**
     * @param remembered how long a key is held: longer than anything can come again
     * @param namespace  keeps these keys apart from other users of the table (e.g. "once/", "notice/")
     */
    public PostgresOnce(DataSource database, Clock clock, Duration remembered, String namespace) {
        this.sql = new Sql(database);
        this.clock = clock;
        this.remembered = remembered;
        this.namespace = namespace;
    }

    @Override
    public boolean firstTime(String key) {
        Instant now = clock.instant();
        return sql.update(CLAIM, s -> {
            s.setString(1, namespace + key);
            s.setTimestamp(2, Sql.at(now.plus(remembered)));
            s.setTimestamp(3, Sql.at(now));
        }) == 1;
    }

    @Override
    public boolean firstVote(String answerId, String userKey) {
        return firstTime("vote/" + answerId + "/" + userKey);
    }

    /** Lets a key be new again (a limit that has reset makes its next refusal news). */
    void forget(String key) {
        sql.update("DELETE FROM chat_once WHERE key = ?", s -> s.setString(1, namespace + key));
    }
}
