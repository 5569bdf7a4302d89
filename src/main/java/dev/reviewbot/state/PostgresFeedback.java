package dev.reviewbot.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.feedback.Feedback;
import dev.reviewbot.feedback.FeedbackStore;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** {@link FeedbackStore} in PostgreSQL: every process's votes in one table, kept for review (no expiry). */
public final class PostgresFeedback implements FeedbackStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() { };

    private final Sql sql;

    public PostgresFeedback(DataSource database) {
        this.sql = new Sql(database);
    }

    @Override
    public void append(Feedback feedback) {
        String citations;
        try {
            citations = JSON.writeValueAsString(feedback.citations());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("citations are always serialisable", e);
        }
        sql.update("""
                INSERT INTO chat_feedback (at, platform, user_id, question, helpful, citations, space)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)
                """, s -> {
            s.setTimestamp(1, Sql.at(feedback.at()));
            s.setString(2, feedback.platform());
            s.setString(3, feedback.user());
            s.setString(4, feedback.question());
            s.setBoolean(5, feedback.helpful());
            s.setString(6, citations);
            s.setString(7, feedback.space());
        });
    }

    @Override
    public long count(boolean helpful) {
        return sql.first("SELECT count(*) FROM chat_feedback WHERE helpful = ?", s -> s.setBoolean(1, helpful),
                row -> row.getLong(1)).orElse(0L);
    }

    @Override
    public List<Feedback> since(Instant from) {
        return sql.all("""
                SELECT at, platform, user_id, question, helpful, citations, space FROM chat_feedback
                WHERE at >= ? ORDER BY at, id
                """, s -> s.setTimestamp(1, Sql.at(from)), row -> new Feedback(row.getTimestamp(1).toInstant(),
                row.getString(2), row.getString(3), row.getString(4), row.getBoolean(5), citations(row.getString(6)),
                row.getString(7)));
    }

    private static List<Citation> citations(String json) {
        try {
            return JSON.readValue(json, CITATIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chat_feedback.citations holds what append wrote", e);
        }
    }
}
