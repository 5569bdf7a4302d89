package dev.reviewbot.database;

import dev.reviewbot.library.EmbeddedPassage;
import dev.reviewbot.library.LibraryRecord;
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

/**
 * The library kept in PostgreSQL (schema {@code V1__library.sql}), in plain JDBC: each write is one
 * transaction that takes the next version under a lock on {@code library_head}, logs what it changed in
 * {@code library_changes}, and notifies {@value #CHANNEL} on commit, which wakes every process's
 * {@link LibraryFollower}.
 */
public final class PostgresLibraryRecord implements LibraryRecord {

    /** The LISTEN/NOTIFY channel of new library versions; the payload is the version. */
    public static final String CHANNEL = "reviewbot_library";
    /** Reviews read per round trip while replaying. */
    private static final int PAGE = 250;

    private final Database database;
    private volatile String libraryId;

    public PostgresLibraryRecord(Database database) {
        this.database = database;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @Override
    public String libraryId() {
        if (libraryId == null) {
            libraryId = read(c -> {
                try (ResultSet head = c.createStatement().executeQuery("SELECT library_id FROM library_head")) {
                    head.next();
                    return head.getString(1);
                }
            });
        }
        return libraryId;
    }

    @Override
    public long version() {
        return read(PostgresLibraryRecord::head);
    }

    @Override
    public Map<String, String> hashes(Collection<String> reviewIds) {
        return read(c -> {
            Map<String, String> hashes = new HashMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT id, content_hash FROM reviews WHERE id = ANY (?)")) {
                query.setArray(1, texts(c, reviewIds));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        hashes.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            return hashes;
        });
    }

    @Override
    public long write(List<Review> reviews, List<EmbeddedPassage> passages) {
        List<String> ids = reviews.stream().map(Review::id).toList();
        return transaction("cannot write the library to the database at", c -> {
            long version = lockHead(c) + 1;
            deleteReviews(c, ids);
            insertReviews(c, reviews, version);
            insertPassages(c, passages);
            logChange(c, version, ids, List.of());
            return version;
        });
    }

    @Override
    public long remove(Collection<String> reviewIds) {
        return transaction("cannot remove reviews from the database at", c -> {
            long current = lockHead(c);
            List<String> removed = deleteReviews(c, reviewIds);
            if (removed.isEmpty()) {
                return current;
            }
            logChange(c, current + 1, List.of(), removed);
            return current + 1;
        });
    }

    @Override
    public long replay(long since, Changes changes) {
        return snapshot(c -> {
            long head = head(c);
            if (since >= head) {
                return head;
            }
            if (since == 0) {
                for (List<String> page = idsAfter(c, ""); !page.isEmpty(); page = idsAfter(c, page.get(page.size() - 1))) {
                    load(c, page, changes);
                }
                return head;
            }
            Set<String> touched = touchedSince(c, since);
            Set<String> present = new LinkedHashSet<>(hashesIn(c, touched));
            touched.stream().filter(id -> !present.contains(id)).forEach(changes::removed);
            List<String> written = new ArrayList<>(present);
            for (int from = 0; from < written.size(); from += PAGE) {
                load(c, written.subList(from, Math.min(written.size(), from + PAGE)), changes);
            }
            return head;
        });
    }

    /** What the library takes in the database: its tables with their indexes and TOAST, in bytes. */
    public long sizeInBytes() {
        return read(c -> {
            try (ResultSet size = c.createStatement().executeQuery("SELECT sum(pg_total_relation_size(t)) FROM unnest("
                    + "ARRAY['library_head', 'library_changes', 'reviews', 'review_sections', 'passages']::regclass[]) t")) {
                size.next();
                return size.getLong(1);
            }
        });
    }

    private static long head(Connection c) throws SQLException {
        try (ResultSet head = c.createStatement().executeQuery("SELECT version FROM library_head")) {
            head.next();
            return head.getLong(1);
        }
    }

    /** The current version, with the lock that makes this transaction the only writer until it ends. */
    private static long lockHead(Connection c) throws SQLException {
        try (ResultSet head = c.createStatement().executeQuery("SELECT version FROM library_head FOR UPDATE")) {
            head.next();
            return head.getLong(1);
        }
    }

    /** Deletes the reviews (their sections and passages cascade); returns the ids that were stored. */
    private static List<String> deleteReviews(Connection c, Collection<String> ids) throws SQLException {
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

    private static void insertReviews(Connection c, List<Review> reviews, long version) throws SQLException {
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

    private static void insertPassages(Connection c, List<EmbeddedPassage> passages) throws SQLException {
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
    private static void logChange(Connection c, long version, List<String> written, List<String> removed)
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
            notify.setString(1, CHANNEL);
            notify.setString(2, Long.toString(version));
            notify.executeQuery().close();
        }
    }

    private static List<String> idsAfter(Connection c, String after) throws SQLException {
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

    private static Set<String> touchedSince(Connection c, long since) throws SQLException {
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

    private static Set<String> hashesIn(Connection c, Collection<String> ids) throws SQLException {
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
    private static void load(Connection c, List<String> ids, Changes changes) throws SQLException {
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

    private static Array texts(Connection c, Collection<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    private <T> T read(Work<T> work) {
        try (Connection c = database.dataSource().getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw Database.failure("cannot read the library from the database at", database.settings(), e);
        }
    }

    /** One read-only, repeatable-read transaction: every query sees the same committed versions. */
    private <T> T snapshot(Work<T> work) {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                return work.run(c);
            } finally {
                rollbackQuietly(c); // HikariCP resets auto-commit, isolation and read-only when it takes the connection back
            }
        } catch (SQLException e) {
            throw Database.failure("cannot read the library from the database at", database.settings(), e);
        }
    }

    /** One transaction: committed whole, or rolled back whole when anything in it fails. */
    private <T> T transaction(String failure, Work<T> work) {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw Database.failure(failure, database.settings(), e);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: the server rolls the transaction back itself
        }
    }
}
