package dev.reviewbot.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.reviewbot.config.Secrets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The shared PostgreSQL database: a HikariCP pool, its schema migrated by Flyway from {@code db/migration}
 * when opened. Versions 1-9 are the library's ({@code V1__library.sql}...), 10 and up the shared chat
 * state's. Every failure to open is a {@link DatabaseException} in one line that names the database by
 * {@link DatabaseSettings#safeUrl()} and never carries the password.
 */
public final class Database implements AutoCloseable {

    private final DatabaseSettings settings;
    private final Optional<String> password;
    private final HikariDataSource pool;

    private Database(DatabaseSettings settings, Optional<String> password, HikariDataSource pool) {
        this.settings = settings;
        this.password = password;
        this.pool = pool;
    }

    /**
     * Connects, migrates the schema and returns the open database.
     *
     * @param password from REVIEWBOT_DATABASE_PASSWORD, when the URL does not carry it
     * @throws DatabaseException unreachable, a malformed URL, a refused login or a failed migration
     */
    public static Database open(DatabaseSettings settings, Optional<String> password) {
        if (!settings.configured()) {
            throw new IllegalArgumentException("no database URL is configured");
        }
        password.ifPresent(Secrets.global()::add);
        settings.passwordInUrl().ifPresent(Secrets.global()::add);
        if (org.postgresql.Driver.parseURL(settings.url(), null) == null) {
            throw new DatabaseException("library.database.url (REVIEWBOT_DATABASE_URL) is not a valid PostgreSQL JDBC URL: "
                    + settings.safeUrl() + " (expected jdbc:postgresql://host:port/database?user=name)", null);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("reviewbot-db");
        config.setJdbcUrl(settings.url());
        password.ifPresent(config::setPassword);
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(settings.connectTimeoutSeconds() * 1000L);
        config.setInitializationFailTimeout(settings.connectTimeoutSeconds() * 1000L);
        config.addDataSourceProperty("reWriteBatchedInserts", "true"); // one INSERT per batch of passages
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw failure("cannot connect to the database at", settings, e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw failure("cannot migrate the schema of the database at", settings, e);
        }
        return new Database(settings, password, pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /**
     * A connection of its own, outside the pool: for LISTEN, which holds its connection for as long as it
     * listens. The caller closes it.
     */
    public Connection dedicatedConnection() throws SQLException {
        Properties properties = new Properties();
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("connectTimeout", String.valueOf(settings.connectTimeoutSeconds()));
        return DriverManager.getConnection(settings.url(), properties);
    }

    /** The one-line message for a failure: what failed, where (password hidden), and the root cause's first line. */
    static DatabaseException failure(String what, DatabaseSettings settings, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = Optional.ofNullable(root.getMessage()).flatMap(m -> m.lines().findFirst()).orElse(root.toString());
        String safe = settings.passwordInUrl().map(p -> detail.replace(p, "***")).orElse(detail);
        return new DatabaseException(Secrets.global().redact(what + " " + settings.safeUrl() + " (" + safe + ")"), e);
    }

    @Override
    public void close() {
        pool.close();
    }
}
