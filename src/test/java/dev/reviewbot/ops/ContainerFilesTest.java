package dev.reviewbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.config.Secrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker does not run on our machines: the Dockerfile and compose.yaml are checked as files (parsed, not
 * built), and the image's health check script is run against a real ops port.
 */
class ContainerFilesTest {

    private static final Pattern SECRET_NAME = Pattern.compile(".*(TOKEN|SECRET|PASSWORD|API_KEY).*");

    /** Parsed as Compose parses it: SnakeYAML resolves anchors and aliases (Jackson's tree would not). */
    private static JsonNode compose() throws IOException {
        Object document = new Yaml().load(Files.readString(Path.of("compose.yaml")));
        return new ObjectMapper().valueToTree(document);
    }

    @Test
    void compose_runsPostgresAndTwoBots_eachWithAHealthcheck() throws IOException {
        JsonNode services = compose().path("services");

        assertThat(services.fieldNames()).toIterable().containsExactlyInAnyOrder("postgres", "bot-1", "bot-2");
        for (JsonNode service : services) {
            assertThat(service.at("/healthcheck/test").isArray()).as("healthcheck of %s", service).isTrue();
        }
        for (String bot : List.of("bot-1", "bot-2")) {
            JsonNode service = services.path(bot);
            assertThat(service.path("user").asText()).isEqualTo("10001:10001");
            assertThat(service.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
            assertThat(service.at("/environment/REVIEWBOT_DATABASE_URL").asText()).startsWith("jdbc:postgresql://postgres:");
            assertThat(service.at("/environment/REVIEWBOT_OPS_PORT").asText()).isEqualTo("8081");
            assertThat(service.path("read_only").asBoolean()).isTrue();
            assertThat(service.path("cap_drop").toString()).contains("ALL");
        }
        assertThat(services.at("/bot-1/environment/DISCORD_SHARDS_IDS").asText())
                .isNotEqualTo(services.at("/bot-2/environment/DISCORD_SHARDS_IDS").asText());
    }

    @Test
    void compose_holdsNoSecretValue_onlyFilesUnderRunSecrets() throws IOException {
        JsonNode root = compose();
        List<String> inline = new ArrayList<>();
        root.path("services").properties().forEach(service -> service.getValue().path("environment").properties()
                .forEach(variable -> {
                    String name = variable.getKey();
                    if (SECRET_NAME.matcher(name).matches() && !name.endsWith("_FILE")) {
                        inline.add(service.getKey() + ": " + name);
                    }
                    if (name.endsWith("_FILE")) {
                        assertThat(variable.getValue().asText()).startsWith("/run/secrets/");
                    }
                }));

        assertThat(inline).as("secrets set inline").isEmpty();
        assertThat(root.path("secrets").properties()).allSatisfy(secret ->
                assertThat(secret.getValue().path("file").asText()).startsWith("./secrets/"));
        for (String variable : List.of("DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN")) {
            assertThat(Secrets.VARIABLES).contains(variable); // so its _FILE twin is read (config.SecretFiles)
        }
    }

    @Test
    void dockerfile_runsAsANumericUser_withAHealthcheck_JavaOpts_andNoSamplesSeeded() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("Dockerfile"));

        assertThat(lines).contains("USER 10001:10001");
        assertThat(lines).anyMatch(l -> l.startsWith("HEALTHCHECK ") && l.contains("/app/healthcheck"));
        assertThat(lines).anyMatch(l -> l.contains("REVIEWBOT_SEED_SAMPLES=false"));
        assertThat(lines).anyMatch(l -> l.contains("REVIEWBOT_OPS_PORT=8081"));
        assertThat(lines).anyMatch(l -> l.contains("JAVA_OPTS=\"-XX:MaxRAMPercentage="));
        assertThat(lines).anyMatch(l -> l.startsWith("ENTRYPOINT ") && l.contains("exec java $JAVA_OPTS"));
    }

    @Test
    void theHealthcheckScript_passesOnARunningOpsPort_andFailsWithoutOne() throws Exception {
        int port;
        try (OpsServer server = OpsServer.start(0, new Readiness(), () -> "")) {
            port = server.port();
            assertThat(runHealthcheck(port)).isEqualTo(0);
        }
        assertThat(runHealthcheck(port)).isNotEqualTo(0);
    }

    private static int runHealthcheck(int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "docker/healthcheck").redirectErrorStream(true);
        builder.environment().putAll(Map.of("REVIEWBOT_OPS_PORT", String.valueOf(port)));
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
