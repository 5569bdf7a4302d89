package dev.reviewbot.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.answer.ConversationId;
import dev.reviewbot.answer.Conversations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link Conversations} in PostgreSQL: a follow-up is understood whichever process receives it. A
 * conversation lasts {@code idle} after it was last remembered or read, as the in-memory cache's
 * expireAfterAccess does.
 */
public final class PostgresConversations implements Conversations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> FILMS = new TypeReference<>() {
    };

    private final Sql sql;
    private final Clock clock;
    private final Duration idle;

    public PostgresConversations(DataSource database, Clock clock, Duration idle) {
        this.sql = new Sql(database);
        this.clock = clock;
        this.idle = idle;
    }

    @Override
    public State stateOf(ConversationId id) {
        if (id == null) {
            return State.NONE;
        }
        Instant now = clock.instant();
        return sql.first("""
                UPDATE chat_conversations SET expires_at = ? WHERE platform = ? AND place = ? AND expires_at > ?
                RETURNING films::text, last_question
                """, s -> {
            s.setTimestamp(1, Sql.at(now.plus(idle)));
            s.setString(2, id.platform());
            s.setString(3, id.place());
            s.setTimestamp(4, Sql.at(now));
        }, row -> new State(films(row.getString(1)), row.getString(2))).orElse(State.NONE);
    }

    @Override
    public void remember(ConversationId id, List<String> films, String question) {
        if (id == null || films.isEmpty()) {
            return;
        }
        String json;
        try {
            json = JSON.writeValueAsString(films);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("film titles are always serialisable", e);
        }
        sql.update("""
                INSERT INTO chat_conversations (platform, place, films, last_question, expires_at)
                VALUES (?, ?, ?::jsonb, ?, ?)
                ON CONFLICT (platform, place) DO UPDATE SET films = EXCLUDED.films,
                    last_question = EXCLUDED.last_question, expires_at = EXCLUDED.expires_at
                """, s -> {
            s.setString(1, id.platform());
            s.setString(2, id.place());
            s.setString(3, json);
            s.setString(4, question);
            s.setTimestamp(5, Sql.at(clock.instant().plus(idle)));
        });
    }

    @Override
    public long size() {
        return sql.first("SELECT count(*) FROM chat_conversations WHERE expires_at > ?",
                s -> s.setTimestamp(1, Sql.at(clock.instant())), row -> row.getLong(1)).orElse(0L);
    }

    private static List<String> films(String json) {
        try {
            return JSON.readValue(json, FILMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored films no longer read: " + e.getOriginalMessage(), e);
        }
    }
}
