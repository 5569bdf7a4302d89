package dev.reviewbot.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Secrets mounted as files, as Docker and Kubernetes secrets are: for each secret variable of {@link Secrets}
 * (DISCORD_TOKEN...), {@code DISCORD_TOKEN_FILE=/run/secrets/discord_token} reads the value from that file
 * (trailing newline dropped). The result is the environment with the values filled in, so everything
 * downstream reads one map and the redactor learns the file's content like any other secret.
 */
public final class SecretFiles {

    /** A secret file larger than this is a mistake (a wrong path), not a token. */
    private static final long LARGEST = 64 * 1024;

    private SecretFiles() {
    }

    /**
     * @throws ConfigException naming the variable when a file is missing, unreadable, empty or too large, or
     *                         when both the variable and its _FILE twin are set
     */
    public static Map<String, String> resolve(Map<String, String> environment) {
        Map<String, String> resolved = new HashMap<>(environment);
        for (String variable : Secrets.VARIABLES) {
            String file = environment.get(variable + "_FILE");
            if (file == null || file.isBlank()) {
                continue;
            }
            String direct = environment.get(variable);
            if (direct != null && !direct.isBlank()) {
                throw new ConfigException("set " + variable + " or " + variable + "_FILE, not both", null);
            }
            resolved.put(variable, read(variable + "_FILE", Path.of(file.strip())));
        }
        return Map.copyOf(resolved);
    }

    private static String read(String variable, Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(variable + ": no such file " + file, null);
            }
            if (Files.size(file) > LARGEST) {
                throw new ConfigException(variable + ": " + file + " is larger than " + LARGEST / 1024 + " KiB; is it the secret?", null);
            }
            String value = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (value.isEmpty()) {
                throw new ConfigException(variable + ": " + file + " is empty", null);
            }
            return value;
        } catch (IOException e) {
            throw new ConfigException(variable + ": cannot read " + file + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
