package dev.reviewbot.database;

import dev.reviewbot.library.EmbeddedPassage;
import dev.reviewbot.library.LibraryRecord.Changes;
import dev.reviewbot.library.Passage;
import dev.reviewbot.library.Polarities;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The SQL of the library's tables ({@code V1__library.sql}), statement by statement, inside the caller's transaction. */
final class LibraryRows {

    /** Reviews read per round trip while replaying. */
    static final int PAGE = 250;

    private LibraryRows() {
    }

    static long head(Connection c) throws SQLException {
        try (ResultSet head = c.createStatement().executeQuery("SELECT version FROM library_head")) {
            head.next();
            return head.getLong(1);
        }
    }

    /** The current version, with the lock that makes this transaction the only writer until it ends. */
    static long lockHead(Connection c) throws SQLException {
        try (ResultSet head = c.createStatement().executeQuery("SELECT version FROM library_head FOR UPDATE")) {
            head.next();
            return head.getLong(1);
        }
    }

    /** Deletes the reviews (their sections and passages cascade); returns the ids that were stored. */
    static List<String> deleteReviews(Connection c, Collection<String> ids) throws SQLException {
        List<String> deleted = new ArrayList<>();
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM reviews WHERE id = ANY (?) RETURNING id")) {
            delete.setArray(1, texts(c, ids));
            try (ResultSet rows = delete.executeQuery()) {
                while (rows.next()) {
                    deleted.add(rows.getString(1));
                }
            }
        }
        return deleted;
    }

    static void insertReviews(Connection c, List<Review> reviews, long version) throws SQLException {
        try (PreparedStatement review = c.prepareStatement("INSERT INTO reviews (id, title, year, reviewer, rating, "
                + "source, content_hash, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement section = c.prepareStatement(
                     "INSERT INTO review_sections (review_id, position, name, text) VALUES (?, ?, ?, ?)")) {
            for (Review r : reviews) {
                review.setString(1, r.id());
                review.setString(2, r.title());
                review.setObject(3, r.year(), Types.INTEGER);
                review.setString(4, r.reviewer());
                review.setString(5, r.rating());
                review.setString(6, r.source());
                review.setString(7, r.contentHash());
                review.setLong(8, version);
                review.addBatch();
                for (int i = 0; i < r.sections().size(); i++) {
                    section.setString(1, r.id());
                    section.setInt(2, i);
                    section.setString(3, r.sections().get(i).name());
                    section.setString(4, r.sections().get(i).text());
                    section.addBatch();
                }
            }
            review.executeBatch();
            section.executeBatch();
        }
    }

    static void insertPassages(Connection c, List<EmbeddedPassage> passages) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO passages (id, review_id, film, reviewer, section, "
                + "section_index, passage_index, text, polarity, aspects, embedded_by, vector) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (EmbeddedPassage embedded : passages) {
                Passage p = embedded.passage();
                insert.setString(1, p.id());
                insert.setString(2, p.reviewId());
                insert.setString(3, p.film());
                insert.setString(4, p.reviewer());
                insert.setString(5, p.section());
                insert.setInt(6, p.sectionIndex());
                insert.setInt(7, p.passageIndex());
                insert.setString(8, p.text());
                insert.setString(9, p.polarities().isEmpty() ? null : p.polarities().encoded());
                insert.setArray(10, p.aspects() == null ? null : texts(c, p.aspects()));
                insert.setString(11, embedded.embeddedBy());
                insert.setBytes(12, Vectors.toBytes(embedded.vector()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Records the version, moves the head to it and notifies the followers (delivered on commit). */
    static void logChange(Connection c, long version, List<String> written, List<String> removed)
            throws SQLException {
        try (PreparedStatement change = c.prepareStatement(
                "INSERT INTO library_changes (version, written, removed) VALUES (?, ?, ?)");
             PreparedStatement head = c.prepareStatement("UPDATE library_head SET version = ?");
             PreparedStatement notify = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            change.setLong(1, version);
            change.setArray(2, texts(c, written));
            change.setArray(3, texts(c, removed));
            change.executeUpdate();
            head.setLong(1, version);
            head.executeUpdate();
            notify.setString(1, PostgresLibraryRecord.CHANNEL);
            notify.setString(2, Long.toString(version));
            notify.executeQuery().close();
        }
    }

    static List<String> idsAfter(Connection c, String after) throws SQLException {
        List<String> ids = new ArrayList<>(PAGE);
        try (PreparedStatement query = c.prepareStatement("SELECT id FROM reviews WHERE id > ? ORDER BY id LIMIT " + PAGE)) {
            query.setString(1, after);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    static Set<String> touchedSince(Connection c, long since) throws SQLException {
        Set<String> touched = new LinkedHashSet<>();
        try (PreparedStatement query = c.prepareStatement(
                "SELECT written, removed FROM library_changes WHERE version > ? ORDER BY version")) {
            query.setLong(1, since);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    touched.addAll(Arrays.asList((String[]) rows.getArray(1).getArray()));
                    touched.addAll(Arrays.asList((String[]) rows.getArray(2).getArray()));
                }
            }
        }
        return touched;
    }

    static Set<String> presentIn(Connection c, Collection<String> ids) throws SQLException {
        Set<String> present = new LinkedHashSet<>();
        try (PreparedStatement query = c.prepareStatement("SELECT id FROM reviews WHERE id = ANY (?) ORDER BY id")) {
            query.setArray(1, texts(c, ids));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    present.add(rows.getString(1));
                }
            }
        }
        return present;
    }

    /** Reads these reviews with their sections and passages and hands each over, in the order given. */
    static void load(Connection c, List<String> ids, Changes changes) throws SQLException {
        Array idArray = texts(c, ids);
        Map<String, List<Section>> sections = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT review_id, name, text FROM review_sections "
                + "WHERE review_id = ANY (?) ORDER BY review_id, position")) {
            query.setArray(1, idArray);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sections.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                            .add(new Section(rows.getString(2), rows.getString(3)));
                }
            }
        }
        Map<String, List<EmbeddedPassage>> passages = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT id, review_id, film, reviewer, section, section_index, "
                + "passage_index, text, polarity, aspects, embedded_by, vector FROM passages WHERE review_id = ANY (?) "
                + "ORDER BY review_id, section_index, passage_index")) {
            query.setArray(1, idArray);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Array aspects = rows.getArray(10);
                    Passage passage = new Passage(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getInt(6), rows.getInt(7), rows.getString(8),
                            Polarities.parse(rows.getString(9)),
                            aspects == null ? null : List.of((String[]) aspects.getArray()));
                    passages.computeIfAbsent(passage.reviewId(), k -> new ArrayList<>())
                            .add(new EmbeddedPassage(passage, rows.getString(11), Vectors.fromBytes(rows.getBytes(12))));
                }
            }
        }
        Map<String, Review> reviews = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement(
                "SELECT id, title, year, reviewer, rating, source FROM reviews WHERE id = ANY (?)")) {
            query.setArray(1, idArray);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    reviews.put(id, new Review(id, rows.getString(2), (Integer) rows.getObject(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), sections.getOrDefault(id, List.of())));
                }
            }
        }
        for (String id : ids) {
            Review review = reviews.get(id);
            if (review != null) {
                changes.written(review, passages.getOrDefault(id, List.of()));
            }
        }
    }

    static Array texts(Connection c, Collection<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }
}
