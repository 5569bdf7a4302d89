package dev.reviewbot.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this process's replica of the library up to date. On a connection of its own it LISTENs on
 * {@link PostgresLibraryRecord#CHANNEL} and syncs when a new version is announced, and every
 * {@code poll-seconds} anyway: a sync asks for the latest version, so nothing announced while the
 * connection was down is lost. When the database goes away it retries at that pace and catches up when it
 * is back. One daemon thread.
 */
public final class LibraryFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryFollower.class);

    private final Database database;
    private final LongSupplier sync;
    private final long pollMillis;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread thread;
    private volatile Connection listening;

    private LibraryFollower(Database database, LongSupplier sync) {
        this.database = database;
        this.sync = sync;
        this.pollMillis = database.settings().pollSeconds() * 1000L;
        this.thread = new Thread(this::follow, "library-follower");
        this.thread.setDaemon(true);
    }

    /**
     * Starts following.
     *
     * @param sync brings the replica up to the latest version (ReviewLibrary::sync)
     */
    public static LibraryFollower start(Database database, LongSupplier sync) {
        LibraryFollower follower = new LibraryFollower(database, sync);
        follower.thread.start();
        return follower;
    }

    private void follow() {
        boolean failing = false;
        while (!isClosed()) {
            try (Connection connection = database.dedicatedConnection()) {
                listening = connection;
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + PostgresLibraryRecord.CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                sync.getAsLong(); // what was written while this process was not listening
                if (failing) {
                    LOG.warn("the database is back; the library is up to date again");
                    failing = false;
                }
                while (!isClosed()) {
                    notifications.getNotifications((int) pollMillis);
                    sync.getAsLong();
                }
            } catch (SQLException | RuntimeException e) {
                if (isClosed()) {
                    return;
                }
                if (!failing) {
                    LOG.warn("{}; retrying every {} ms",
                            Database.failure("cannot follow the library in the database at", database.settings(), e)
                                    .getMessage(), pollMillis);
                    failing = true;
                }
                pause();
            } finally {
                listening = null;
            }
        }
    }

    private boolean isClosed() {
        return closed.getCount() == 0;
    }

    private void pause() {
        try {
            closed.await(pollMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed.countDown();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.abort(Runnable::run); // closes the socket, which wakes the thread from its wait
            } catch (SQLException ignored) {
                // a connection that is already broken
            }
        }
        try {
            thread.join(5_000); // the aborted connection wakes it at once; a daemon thread besides
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
