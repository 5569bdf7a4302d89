package dev.reviewbot.command;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** {@link AllowedChannels} for an in-memory library (--reviews DIR): forgotten when the bot stops. */
public final class InMemoryAllowedChannels implements AllowedChannels {

    private final Map<String, Set<String>> channels = new ConcurrentHashMap<>();

    @Override
    public Set<String> of(String space) {
        return channels.getOrDefault(AllowedChannelsFile.checked(space), Set.of());
    }

    @Override
    public Set<String> update(String space, UnaryOperator<Set<String>> change) {
        return channels.compute(AllowedChannelsFile.checked(space),
                (key, now) -> Set.copyOf(change.apply(now == null ? Set.of() : now)));
    }
}
