package dev.reviewbot.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.feedback.QuestionRecord;
import dev.reviewbot.feedback.QuestionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link QuestionStore} in PostgreSQL: every process's questions in one table, each kept for {@code kept}
 * after it was asked (by the clock), then ignored and deleted by {@link ExpiredRows}.
 */
public final class PostgresQuestions implements QuestionStore {

    /** How long a question is kept for the admins' report: beyond the longest period a report is asked for. */
    public static final Duration KEPT = Duration.ofDays(90);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() { };

    private final Sql sql;
    private final Clock clock;
    private final Duration kept;

    public PostgresQuestions(DataSource database, Clock clock, Duration kept) {
        this.sql = new Sql(database);
        this.clock = clock;
        this.kept = kept;
    }

    @Override
    public void append(QuestionRecord question) {
        sql.update("""
                INSERT INTO chat_questions (at, platform, space, question, answered, films, aspects, expires_at)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)
                """, s -> {
            s.setTimestamp(1, Sql.at(question.at()));
            s.setString(2, question.platform());
            s.setString(3, question.space());
            s.setString(4, question.question());
            s.setBoolean(5, question.answered());
            s.setString(6, json(question.films()));
            s.setString(7, json(question.aspects()));
            s.setTimestamp(8, Sql.at(question.at().plus(kept)));
        });
    }

    @Override
    public List<QuestionRecord> since(Instant from) {
        return sql.all("""
                SELECT at, platform, space, question, answered, films, aspects FROM chat_questions
                WHERE at >= ? AND expires_at > ? ORDER BY at, id
                """, s -> {
            s.setTimestamp(1, Sql.at(from));
            s.setTimestamp(2, Sql.at(clock.instant()));
        }, row -> new QuestionRecord(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3),
                row.getString(4), row.getBoolean(5), names(row.getString(6)), names(row.getString(7))));
    }

    private static String json(List<String> names) {
        try {
            return JSON.writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of names is always serialisable", e);
        }
    }

    private static List<String> names(String json) {
        try {
            return JSON.readValue(json, NAMES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chat_questions holds what append wrote", e);
        }
    }
}
