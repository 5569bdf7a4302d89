package dev.reviewbot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.List;

/**
 * What each conversation is about, so that "and the writing?" after a question on Ballerina is about
 * Ballerina, and "and in Hollow Creek?" asks the last question again about another film. Entries expire
 * after inactivity (the cache spec in config).
 */
public final class Conversations {

    /**
     * @param films        the films the conversation is about
     * @param lastQuestion the last question, without film titles, for follow-ups that only change the film
     */
    public record State(List<String> films, String lastQuestion) {
        public static final State NONE = new State(List.of(), null);

        public State {
            films = List.copyOf(films);
        }
    }

    private final Cache<ConversationId, State> states;

    public Conversations(Cache<ConversationId, State> states) {
        this.states = states;
    }

    /** What the conversation was last about; an empty state for null or unknown conversations. */
    public State stateOf(ConversationId id) {
        State state = id == null ? null : states.getIfPresent(id);
        return state == null ? State.NONE : state;
    }

    public void remember(ConversationId id, List<String> films, String question) {
        if (id != null && !films.isEmpty()) {
            states.put(id, new State(films, question));
        }
    }


    public Cache<ConversationId, State> cache() {
        return states;
    }
}
