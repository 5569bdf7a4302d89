package dev.reviewbot.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.feedback.Feedback;
import dev.reviewbot.feedback.FeedbackStore;
import javax.sql.DataSource;

/** {@link FeedbackStore} in PostgreSQL: every process's votes in one table, kept for review (no expiry). */
public final class PostgresFeedback implements FeedbackStore {

    private static final ObjectMapper JSON = new ObjectMapper();

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
                INSERT INTO chat_feedback (at, platform, user_id, question, helpful, citations)
                VALUES (?, ?, ?, ?, ?, ?::jsonb)
                """, s -> {
            s.setTimestamp(1, Sql.at(feedback.at()));
            s.setString(2, feedback.platform());
            s.setString(3, feedback.user());
            s.setString(4, feedback.question());
            s.setBoolean(5, feedback.helpful());
            s.setString(6, citations);
        });
    }

    @Override
    public long count(boolean helpful) {
        return sql.first("SELECT count(*) FROM chat_feedback WHERE helpful = ?", s -> s.setBoolean(1, helpful),
                row -> row.getLong(1)).orElse(0L);
    }
}
