package dev.reviewbot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.List;

/**
 * What each conversation is about, so that "and the writing?" after a question on Ballerina is about
 * Ballerina. Entries expire after inactivity (the cache spec in config).
 */
public final class Conversations {

    private final Cache<ConversationId, List<String>> films;

    public Conversations(Cache<ConversationId, List<String>> films) {
        this.films = films;
    }

    /** The films the conversation was last about, or none. */
    public List<String> filmsOf(ConversationId id) {
        if (id == null) {
            return List.of();
        }
        List<String> current = films.getIfPresent(id);
        return current == null ? List.of() : current;
    }

    public void remember(ConversationId id, List<String> about) {
        if (id != null && !about.isEmpty()) {
            films.put(id, List.copyOf(about));
        }
    }

    public void forget(ConversationId id) {
        films.invalidate(id);
    }

    public Cache<ConversationId, List<String>> cache() {
        return films;
    }
}
