package dev.reviewbot.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.SmallReviews;
import dev.reviewbot.cli.ReviewBotCli;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `reviewbot ingest/list/remove` against a database, each run a process with its own replica. */
class DatabaseCliTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @TempDir
    Path home;

    record Run(int exit, String out, String err) {
    }

    @Test
    void ingestListRemove_goThroughTheDatabase_whicheverDataDirectoryRunsThem() throws IOException {
        Path file = Files.writeString(home.resolve("lantern-bay.md"), SmallReviews.LANTERN_BAY);

        Run ingest = run(database("one"), "ingest", file.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("Added: Lantern Bay (review by Odette Brill)", "library version 1.");

        assertThat(run(database("two"), "list").out()).contains("Lantern Bay (2021) by Odette Brill");
        assertThat(run(database("two"), "ingest", file.toString()).out()).contains("Unchanged: Lantern Bay");

        Run remove = run(database("three"), "remove", "Lantern Bay");
        assertThat(remove.exit()).as(remove.err()).isZero();
        assertThat(remove.out()).contains("Removed: Lantern Bay (review by Odette Brill)");
        assertThat(run(database("one"), "list").out()).doesNotContain("Lantern Bay");
    }

    @Test
    void unreachableDatabase_oneLineError_withoutThePassword() {
        Run run = run(Map.of("REVIEWBOT_DATA_DIR", home.resolve("x").toString(),
                "REVIEWBOT_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/reviewbot?user=bot&password=not-for-your-eyes"),
                "list");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("reviewbot: cannot connect to the database at jdbc:postgresql://127.0.0.1:1/")
                .doesNotContain("\n").doesNotContain("not-for-your-eyes");
    }

    @Test
    void malformedUrl_oneLineError() {
        Run run = run(Map.of("REVIEWBOT_DATA_DIR", home.resolve("x").toString(),
                "REVIEWBOT_DATABASE_URL", "jdbc:postgresql://db:port/reviewbot"), "list");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("reviewbot: library.database.url (REVIEWBOT_DATABASE_URL) is not a valid")
                .doesNotContain("\n");
    }

    @Test
    void rebuild_isRefused_theReplicaRebuildsItself() throws IOException {
        Path file = Files.writeString(home.resolve("marrow-lane.txt"), SmallReviews.MARROW_LANE);

        Run run = run(database("one"), "ingest", "--rebuild", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("reviewbot: --rebuild").doesNotContain("\n");
    }

    /** A process with its own data directory over the shared database; no bundled reviews to seed with. */
    private Map<String, String> database(String dataDir) {
        return Map.of("REVIEWBOT_DATA_DIR", home.resolve(dataDir).toString(), "REVIEWBOT_DATABASE_URL", POSTGRES.url(),
                "REVIEWBOT_SEED_DIR", home.resolve("no-seeds").toString());
    }

    private static Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ReviewBotCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), environment,
                new ByteArrayInputStream(new byte[0]));
        return new Run(exit, out.toString(), err.toString());
    }
}
