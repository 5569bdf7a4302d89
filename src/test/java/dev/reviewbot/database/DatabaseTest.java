package dev.reviewbot.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.reviewbot.config.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabaseTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Test
    void open_migratesTheSchema_libraryStartsAtVersionZero() throws Exception {
        Database database = POSTGRES.open();
        try (Connection connection = database.dataSource().getConnection();
             Statement sql = connection.createStatement();
             ResultSet head = sql.executeQuery("SELECT version FROM library_head")) {
            assertThat(head.next()).isTrue();
            assertThat(head.getLong(1)).isZero();
        }
    }

    @Test
    void open_twice_migratesOnce() {
        POSTGRES.open();
        Database again = POSTGRES.open();
        assertThat(again.settings().url()).isEqualTo(POSTGRES.url());
    }

    @Test
    void unreachable_oneLineError_namesTheDatabaseWithoutThePassword() {
        DatabaseSettings settings = new DatabaseSettings(
                "jdbc:postgresql://127.0.0.1:1/nowhere?user=bot&password=hunter2-very-secret", 1, 1, 1);
        assertThatThrownBy(() -> Database.open(settings, Optional.empty()))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("cannot connect to the database at jdbc:postgresql://127.0.0.1:1/nowhere?user=bot&password=***")
                .hasMessageEndingWith("(Connection refused)") // the root cause, not the pool's wrapping of it
                .hasMessageNotContaining("hunter2")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(Secrets.global().redact("hunter2-very-secret")).isEqualTo(Secrets.REDACTED);
    }

    @Test
    void noUrl_isNotADatabase() {
        assertThat(DatabaseSettings.NONE.configured()).isFalse();
        assertThat(new DatabaseSettings("  ", 1, 1, 1).configured()).isFalse();
        assertThatThrownBy(() -> Database.open(DatabaseSettings.NONE, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no database URL is configured");
    }

    @Test
    void closed_lendsNoMoreConnections() {
        Database database = Database.open(POSTGRES.settings(), Optional.empty());

        database.close();

        assertThatThrownBy(() -> database.dataSource().getConnection()).isInstanceOf(SQLException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void anIdleProcess_doesNotFillItsPool_andABusyOneWaitsForAConnection() throws SQLException {
        String application = "pool-test-" + System.nanoTime();
        DatabaseSettings settings = new DatabaseSettings(POSTGRES.url() + "&ApplicationName=" + application, 4, 1, 1);
        try (Database database = Database.open(settings, Optional.empty())) {
            // Flyway's migration takes one or two; an idle pool then keeps what it has without opening more.
            await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3))
                    .until(() -> serverConnections("application_name = '" + application + "'") < 4);
            List<Connection> borrowed = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    borrowed.add(database.dataSource().getConnection());
                }
                assertThatThrownBy(() -> database.dataSource().getConnection())
                        .isInstanceOf(SQLTransientConnectionException.class);
            } finally {
                for (Connection connection : borrowed) {
                    connection.close();
                }
            }
        }
    }

    @Test
    void aDatabaseUsedBySomethingElse_isNotMigrated_oneLineError_andNoConnectionLeftOpen() {
        String name = "broken_" + System.nanoTime();
        POSTGRES.execute("CREATE DATABASE " + name);
        String url = POSTGRES.url().replaceFirst("/test_\\d+", "/" + name);
        try (Connection connection = DriverManager.getConnection(url);
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE reviews (id INTEGER)"); // another application's
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        assertThatThrownBy(() -> Database.open(POSTGRES.settings().withUrl(url), Optional.empty()))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("cannot migrate the schema of the database at " + url + " (")
                .hasMessageContaining("no schema history table")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        await().atMost(Duration.ofSeconds(2)).until(() -> serverConnections("datname = '" + name + "'") == 0);
    }

    @Test
    void aDatabaseThatRequiresAPassword_getsTheOneFromTheEnvironment_alsoForListening() throws Exception {
        String url = requirePassword("reviewbot_secured", "s3cret-from-env");
        DatabaseSettings settings = new DatabaseSettings(url, 4, 1, 1);

        assertThatThrownBy(() -> Database.open(settings, Optional.empty())).isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("cannot connect to the database at " + url);
        try (Database database = Database.open(settings, Optional.of("s3cret-from-env"));
             Connection listening = database.dedicatedConnection();
             Statement sql = listening.createStatement();
             ResultSet user = sql.executeQuery("SELECT current_user")) {
            assertThat(user.next()).isTrue();
            assertThat(user.getString(1)).isEqualTo("reviewbot_secured");
        }
    }

    @Test
    void wrongPassword_fromTheEnvironment_isNotEchoed() {
        // The embedded server trusts local logins, so a refused login is provoked with an unknown database.
        DatabaseSettings settings = new DatabaseSettings(POSTGRES.url().replaceFirst("/test_\\d+", "/no_such_db"), 4, 1, 1);
        assertThatThrownBy(() -> Database.open(settings, Optional.of("s3cret-from-env")))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("no_such_db")
                .hasMessageNotContaining("s3cret-from-env");
    }

    @Test
    void malformedUrl_oneLineError() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://db:notaport/x?password=pw-in-url-123", 1, 1, 1);
        assertThatThrownBy(() -> Database.open(settings, Optional.empty()))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("library.database.url (REVIEWBOT_DATABASE_URL) is not a valid PostgreSQL JDBC URL")
                .hasMessageNotContaining("pw-in-url-123");
    }

    @Test
    void notAPostgresUrl_refusedBySettings_withoutEchoingIt() {
        assertThatThrownBy(() -> new DatabaseSettings("mysql://root:topsecret@db/x", 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REVIEWBOT_DATABASE_URL")
                .hasMessageNotContaining("topsecret");
    }

    @Test
    void safeUrl_hidesPasswords() {
        assertThat(new DatabaseSettings("jdbc:postgresql://h/db?user=u&password=p%40ss&ssl=true", 1, 1, 1).safeUrl())
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
        assertThat(new DatabaseSettings("jdbc:postgresql://h/db?user=u&password=p%40ss", 1, 1, 1).passwordInUrl())
                .contains("p@ss");
        assertThat(new DatabaseSettings("jdbc:postgresql://u:secret@h/db", 1, 1, 1).safeUrl())
                .isEqualTo("jdbc:postgresql://u:***@h/db");
    }

    @Test
    void settingsBelowOne_areRefused_namingEachValue() {
        assertThatThrownBy(() -> new DatabaseSettings(POSTGRES.url(), 0, 10, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("library.database.pool-size, connect-timeout-seconds and poll-seconds must be at least 1, "
                        + "were 0, 10 and 5");
        assertThatThrownBy(() -> new DatabaseSettings(POSTGRES.url(), 4, 0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DatabaseSettings(POSTGRES.url(), 4, 10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DatabaseSettings(DatabaseSettings.PREFIX, 4, 10, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REVIEWBOT_DATABASE_URL");
        assertThat(new DatabaseSettings(null, 1, 1, 1).configured()).isFalse();
    }

    /**
     * A database of its own for this role, which the server asks for its password (the embedded server
     * trusts every local login otherwise); returns its URL, without the password.
     */
    private static String requirePassword(String role, String password) throws Exception {
        String name = "secured_" + System.nanoTime();
        try (Connection admin = DriverManager.getConnection(POSTGRES.url());
             Statement sql = admin.createStatement()) {
            try (ResultSet exists = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
                if (!exists.next()) {
                    sql.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
                }
            }
            sql.execute("CREATE DATABASE " + name + " OWNER " + role);
            Path hba;
            try (ResultSet file = sql.executeQuery("SHOW hba_file")) {
                file.next();
                hba = Path.of(file.getString(1));
            }
            String rule = "host all " + role + " all scram-sha-256\n";
            String rules = Files.readString(hba);
            if (!rules.startsWith(rule)) {
                Files.writeString(hba, rule + rules); // the first matching line decides
                sql.execute("SELECT pg_reload_conf()");
            }
        }
        String url = POSTGRES.url().replaceFirst("/test_\\d+\\?user=postgres", "/" + name + "?user=" + role);
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            try (Connection refused = DriverManager.getConnection(url)) {
                return false;
            } catch (SQLException e) {
                return true; // the rule is in force
            }
        });
        return url;
    }

    private static int serverConnections(String where) throws SQLException {
        try (Connection admin = DriverManager.getConnection(POSTGRES.url());
             Statement sql = admin.createStatement();
             ResultSet count = sql.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE " + where)) {
            count.next();
            return count.getInt(1);
        }
    }
}
