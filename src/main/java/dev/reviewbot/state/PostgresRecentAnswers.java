package dev.reviewbot.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.command.RecentAnswers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * {@link RecentAnswers} in PostgreSQL: a button clicked on any process finds the answer another process
 * sent, for a day. Answers are stored as JSON with their kind (grounded or declined).
 */
public final class PostgresRecentAnswers implements RecentAnswers {

    /** How long an answer's buttons work, as in memory. */
    public static final Duration KEPT = Duration.ofHours(24);
    /** 36^12: every id below it is at most 12 base-36 digits. */
    private static final long ID_BOUND = 4_738_381_338_321_616_896L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Sql sql;
    private final Clock clock;

    public PostgresRecentAnswers(DataSource database, Clock clock) {
        this.sql = new Sql(database);
        this.clock = clock;
    }

    @Override
    public String remember(Answer answer) {
        String kind = answer instanceof Answer.Grounded ? "grounded" : "declined";
        String body = json(answer);
        Instant expires = clock.instant().plus(KEPT);
        while (true) {
            String id = Long.toString(ThreadLocalRandom.current().nextLong(ID_BOUND), 36);
            int stored = sql.update("""
                    INSERT INTO chat_answers (id, kind, answer, expires_at) VALUES (?, ?, ?::jsonb, ?)
                    ON CONFLICT (id) DO NOTHING
                    """, s -> {
                s.setString(1, id);
                s.setString(2, kind);
                s.setString(3, body);
                s.setTimestamp(4, Sql.at(expires));
            });
            if (stored == 1) {
                return id;
            }
        }
    }

    @Override
    public Optional<Answer> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return sql.first("SELECT kind, answer::text FROM chat_answers WHERE id = ? AND expires_at > ?", s -> {
            s.setString(1, id);
            s.setTimestamp(2, Sql.at(clock.instant()));
        }, row -> answer(row.getString(1), row.getString(2)));
    }

    private static String json(Answer answer) {
        try {
            return JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer is always serialisable", e);
        }
    }

    private static Answer answer(String kind, String json) {
        try {
            Class<? extends Answer> type = kind.equals("grounded") ? Answer.Grounded.class : Answer.Declined.class;
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored answer no longer reads: " + e.getOriginalMessage(), e);
        }
    }
}
