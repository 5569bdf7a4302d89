package dev.reviewbot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.List;

/** {@link Conversations} in a Caffeine cache (its spec in config: size and expiry after inactivity). */
public final class InMemoryConversations implements Conversations {

    private final Cache<ConversationId, State> states;

    public InMemoryConversations(Cache<ConversationId, State> states) {
        this.states = states;
    }

    /** The cache itself, for its size and hit ratio as meters. */
    public Cache<ConversationId, State> cache() {
        return states;
    }

    @Override
    public State stateOf(ConversationId id) {
        State state = id == null ? null : states.getIfPresent(id);
        return state == null ? State.NONE : state;
    }

    @Override
    public void remember(ConversationId id, List<String> films, String question) {
        if (id != null && !films.isEmpty()) {
            states.put(id, new State(films, question));
        }
    }

    @Override
    public long size() {
        return states.estimatedSize();
    }
}
