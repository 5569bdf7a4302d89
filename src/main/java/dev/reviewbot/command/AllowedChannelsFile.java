package dev.reviewbot.command;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * {@link AllowedChannels} in one small JSON file in the data directory ({"discord:123": ["456"]}), written
 * whole to a temporary file and moved over the old one, so a crash leaves the old list or the new one.
 * One process owns it (a shared store is the database's job).
 */
public final class AllowedChannelsFile implements AllowedChannels {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<String, Set<String>> channels;

    public AllowedChannelsFile(Path file) {
        this.file = file;
        this.channels = read(file);
    }

    @Override
    public synchronized Set<String> of(String space) {
        return Set.copyOf(channels.getOrDefault(checked(space), Set.of()));
    }

    @Override
    public synchronized Set<String> update(String space, UnaryOperator<Set<String>> change) {
        String key = checked(space);
        Set<String> changed = new TreeSet<>(change.apply(of(key)));
        Map<String, Set<String>> next = new TreeMap<>(channels);
        if (changed.isEmpty()) {
            next.remove(key);
        } else {
            next.put(key, changed);
        }
        write(next);
        channels.clear();
        channels.putAll(next);
        return Set.copyOf(changed);
    }

    static String checked(String space) {
        if (space == null || space.isBlank()) {
            throw new IllegalArgumentException("allowed channels are kept per server or workspace; none was given");
        }
        return space;
    }

    private void write(Map<String, Set<String>> next) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temporary.toFile(), next);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the allowed channels in " + file, e);
        }
    }

    private static Map<String, Set<String>> read(Path file) {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            return new TreeMap<>(JSON.readValue(file.toFile(), new TypeReference<Map<String, Set<String>>>() { }));
        } catch (IOException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new UncheckedIOException("cannot read the allowed channels in " + file + " (" + why
                    + "); fix or remove the file", e);
        }
    }
}
