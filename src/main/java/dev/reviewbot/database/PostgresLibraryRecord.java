package dev.reviewbot.database;

import dev.reviewbot.library.EmbeddedPassage;
import dev.reviewbot.library.LibraryRecord;
import dev.reviewbot.review.Review;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
        return read(LibraryRows::head);
    }

    @Override
    public Map<String, String> hashes(Collection<String> reviewIds) {
        return read(c -> {
            Map<String, String> hashes = new HashMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT id, content_hash FROM reviews WHERE id = ANY (?)")) {
                query.setArray(1, LibraryRows.texts(c, reviewIds));
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
            long version = LibraryRows.lockHead(c) + 1;
            LibraryRows.deleteReviews(c, ids);
            LibraryRows.insertReviews(c, reviews, version);
            LibraryRows.insertPassages(c, passages);
            LibraryRows.logChange(c, version, ids, List.of());
            return version;
        });
    }

    @Override
    public long remove(Collection<String> reviewIds) {
        return transaction("cannot remove reviews from the database at", c -> {
            long current = LibraryRows.lockHead(c);
            List<String> removed = LibraryRows.deleteReviews(c, reviewIds);
            if (removed.isEmpty()) {
                return current;
            }
            LibraryRows.logChange(c, current + 1, List.of(), removed);
            return current + 1;
        });
    }

    @Override
    public long replay(long since, Changes changes) {
        return snapshot(c -> {
            long head = LibraryRows.head(c);
            if (since >= head) {
                return head;
            }
            if (since == 0) {
                List<String> page = LibraryRows.idsAfter(c, "");
                while (!page.isEmpty()) {
                    LibraryRows.load(c, page, changes);
                    page = LibraryRows.idsAfter(c, page.get(page.size() - 1));
                }
                return head;
            }
            Set<String> touched = LibraryRows.touchedSince(c, since);
            Set<String> present = new LinkedHashSet<>(LibraryRows.presentIn(c, touched));
            touched.stream().filter(id -> !present.contains(id)).forEach(changes::removed);
            List<String> written = new ArrayList<>(present);
            for (int from = 0; from < written.size(); from += LibraryRows.PAGE) {
                LibraryRows.load(c, written.subList(from, Math.min(written.size(), from + LibraryRows.PAGE)), changes);
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
