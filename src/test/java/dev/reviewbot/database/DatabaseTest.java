package dev.reviewbot.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.config.Secrets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
                .hasMessageNotContaining("hunter2")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(Secrets.global().redact("hunter2-very-secret")).isEqualTo(Secrets.REDACTED);
    }

    @Test
    void wrongPassword_fromTheEnvironment_isNotEchoed() {
        // The embedded server trusts local logins, so a refused login is provoked with an unknown database.
        DatabaseSettings settings = POSTGRES.settings().withUrl(POSTGRES.url().replaceFirst("/test_\\d+", "/no_such_db"));
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
    }
}
