package dev.reviewbot.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewbot.SmallReviews;
import dev.reviewbot.TestBots;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.ReviewFiles;
import dev.reviewbot.review.ReviewParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real second process ({@link IngestingProcess}, another JVM) killed with SIGKILL in the middle of its
 * ingest transaction, with everything of a large batch written but not committed: the database keeps exactly
 * what was committed before, the bot of this process goes on answering from it, and the next ingest
 * succeeds (the dead process's locks went with its connection).
 *
 * <p>Deterministic: before the other process starts, this test locks {@code library_changes} (SHARE, which
 * readers pass), so the ingest's transaction stops at its last write, the change log, having locked the
 * head and inserted every review, section and passage. The test kills the process once PostgreSQL shows its
 * session waiting there, then releases the lock.
 */
class KilledIngestTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    private static final String APPLICATION = "reviewbot-killed-ingest";
    private static final int COPIES = 150; // 300 reviews with their sections and passages in the one transaction
    private static final Duration GENEROUS = Duration.ofMinutes(3); // a JVM and the model start on a busy machine

    /** The database's library, table by table, compared before the kill and after: equal means nothing partial. */
    private static final String LIBRARY = """
            SELECT (SELECT version FROM library_head) AS head,
                   (SELECT max(version) FROM library_changes) AS last_change,
                   (SELECT count(*) FROM reviews) AS reviews,
                   (SELECT count(*) FROM review_sections) AS sections,
                   (SELECT count(*) FROM passages) AS passages,
                   (SELECT md5(string_agg(id || '|' || title || '|' || content_hash || '|' || version, ',' ORDER BY id))
                      FROM reviews) AS review_rows,
                   (SELECT md5(string_agg(review_id || '|' || position || '|' || text, ',' ORDER BY review_id, position))
                      FROM review_sections) AS section_rows,
                   (SELECT md5(string_agg(id || '|' || text || '|' || md5(vector), ',' ORDER BY id))
                      FROM passages) AS passage_rows""";

    @TempDir
    Path dataDirs;

    private final List<ReviewBot> opened = new ArrayList<>();
    private Process other;

    @AfterEach
    void cleanUp() {
        if (other != null) {
            other.destroyForcibly();
        }
        opened.forEach(ReviewBot::close);
    }

    @Test
    void aProcessKilledMidIngest_leavesTheDatabaseAndTheOtherProcesssAnswersIntact() throws Exception {
        ReviewBot bot = bot();
        bot.library().ingest(SmallReviews.parsed());
        long committed = bot.library().version();
        Map<String, Object> before = library();
        assertThat(before).containsEntry("head", committed).containsEntry("reviews", 2L);

        List<String> output = new CopyOnWriteArrayList<>();
        try (Connection blocker = connect()) {
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("LOCK TABLE library_changes IN SHARE MODE");
            other = startOtherProcess(output);

            int pid = await("the other process's ingest waiting at its last write").atMost(GENEROUS)
                    .pollInterval(Duration.ofMillis(100)).until(() -> waitingIngest(output), Optional::isPresent).get();
            assertThat(output).anySatisfy(line -> assertThat(line).startsWith(IngestingProcess.INGESTING + " 300 reviews"));
            assertThat(locksHeldBy(pid)).as("the transaction has locked the head and written reviews and passages")
                    .contains("library_head", "reviews", "review_sections", "passages");

            other.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback from the client
            assertThat(other.waitFor(GENEROUS.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(output).noneMatch(IngestingProcess.INGESTED::equals);
            blocker.rollback();
        }

        // The server finds the connection gone and rolls its transaction back, taking its locks with it.
        await("the dead process's sessions ended").atMost(GENEROUS).until(() -> sessions() == 0);
        assertThat(library()).isEqualTo(before);
        assertThat(scalar("SELECT count(*) FROM passages WHERE length(vector) <> " + 4 * TestBots.model().dimension()))
                .isEqualTo(0L);
        assertThat(scalar("SELECT count(*) FROM reviews r WHERE NOT EXISTS "
                + "(SELECT 1 FROM passages p WHERE p.review_id = r.id)")).isEqualTo(0L);

        assertThat(bot.library().version()).isEqualTo(committed);
        assertThat(bot.library().catalog().films()).containsExactly("Lantern Bay", "Marrow Lane");
        assertThat(ask(bot, "Who wrote the score of Lantern Bay?").text()).contains("Lise Dahl");

        List<Review> ballerina = new ReviewFiles(new ReviewParser(1 << 20)).load(List.of(TestBots.BUNDLED_REVIEWS), null)
                .reviews().stream().filter(r -> r.title().equals("Ballerina")).toList();
        assertThat(bot.library().ingest(ballerina).version()).as("the next version: the dead one took none")
                .isEqualTo(committed + 1);
        assertThat(library()).containsEntry("head", committed + 1).containsEntry("last_change", committed + 1)
                .containsEntry("reviews", 2L + ballerina.size());
        assertThat(ask(bot, "How is the acting in Ballerina?").citations()).extracting(Citation::review)
                .containsOnly("Ballerina");
    }

    private ReviewBot bot() {
        BotConfig config = TestBots.config(Map.of()).withDataDir(dataDirs.resolve("this"))
                .withDatabase(POSTGRES.settings());
        ReviewBot bot = ReviewBot.persistent(config, TestBots.loader(Map.of()), TestBots.model());
        opened.add(bot);
        return bot;
    }

    /** The same java, classpath and working directory as this JVM; its sessions carry {@value #APPLICATION}. */
    private Process startOtherProcess(List<String> output) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = Files.createTempFile(dataDirs, "other", ".log");
        Process process = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                IngestingProcess.class.getName(), POSTGRES.url() + "&ApplicationName=" + APPLICATION,
                dataDirs.resolve("other").toString(), String.valueOf(COPIES))
                .redirectError(log.toFile()).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (IOException ignored) {
                // the process was killed
            }
        }, "other-process-output");
        reader.setDaemon(true);
        reader.start();
        return process;
    }

    /**
     * The other process's session while it waits for the change log, its ingest's last write; fails at once
     * when the process ended before getting there.
     */
    private Optional<Integer> waitingIngest(List<String> output) throws SQLException {
        if (!other.isAlive()) {
            throw new AssertionError("the other process ended (exit " + other.exitValue() + ") before its ingest "
                    + "reached the change log; its output: " + output);
        }
        try (Connection c = connect(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT pid FROM pg_stat_activity WHERE application_name = '" + APPLICATION + "' "
                        + "AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO library_changes%'")) {
            return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
        }
    }

    /** The tables the session holds a lock on (row-exclusive for writes, row share for SELECT ... FOR UPDATE). */
    private List<String> locksHeldBy(int pid) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = connect(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT relation::regclass::text FROM pg_locks WHERE pid = " + pid + " AND granted "
                        + "AND locktype = 'relation' AND mode IN ('RowExclusiveLock', 'RowShareLock')")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private long sessions() throws SQLException {
        return scalar("SELECT count(*) FROM pg_stat_activity WHERE application_name = '" + APPLICATION + "'");
    }

    private Map<String, Object> library() throws SQLException {
        try (Connection c = connect(); ResultSet row = c.createStatement().executeQuery(LIBRARY)) {
            row.next();
            ResultSetMetaData columns = row.getMetaData();
            Map<String, Object> values = new java.util.LinkedHashMap<>();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                values.put(columns.getColumnLabel(i), row.getObject(i));
            }
            return values;
        }
    }

    private long scalar(String query) throws SQLException {
        try (Connection c = connect(); Statement sql = c.createStatement(); ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(POSTGRES.url());
    }

    private static Answer ask(ReviewBot bot, String question) {
        return bot.answers().ask(null, question, Optional.empty()).answer();
    }
}
