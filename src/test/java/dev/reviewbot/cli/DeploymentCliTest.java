package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator meets from the command line: secret files, bad overrides, a production library not seeded. */
class DeploymentCliTest {

    @TempDir
    Path dataDir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(Map<String, String> extra, String... args) {
        Map<String, String> environment = new HashMap<>(extra);
        environment.put("REVIEWBOT_DATA_DIR", dataDir.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ReviewBotCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), environment,
                new ByteArrayInputStream(new byte[0]));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aMissingSecretFile_isOneLineNamingTheVariable() {
        Run run = run(Map.of("DISCORD_TOKEN_FILE", "/run/secrets/nowhere"), "list");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("reviewbot: DISCORD_TOKEN_FILE: no such file /run/secrets/nowhere" + System.lineSeparator());
    }

    @Test
    void aBadOverride_isOneLineNamingTheVariable() {
        Run run = run(Map.of("REVIEWBOT_ANSWERS_MAX_QUOTES", "many"), "list");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("reviewbot: invalid REVIEWBOT_ANSWERS_MAX_QUOTES (answers.max-quotes):")
                .doesNotContain("\n");
    }

    @Test
    void samplesAreSeeded_unlessTurnedOff_asTheContainerDoes() {
        assertThat(run(Map.of("REVIEWBOT_SEED_SAMPLES", "false"), "list").out()).doesNotContain("Ballerina");
        assertThat(run(Map.of(), "list").out()).contains("Ballerina");
    }
}
