package dev.reviewbot.answer;

import java.util.List;

/**
 * What each conversation is about, so that "and the writing?" after a question on Ballerina is about
 * Ballerina, and "and in Hollow Creek?" asks the last question again about another film. Owned by the
 * core; the wiring picks the implementation ({@link InMemoryConversations} today).
 *
 * <p>Contract: {@link #stateOf} returns {@link State#NONE} for null, unknown or expired conversations,
 * else the state last remembered; {@link #remember} ignores a null id and an empty film list. Entries may
 * expire after inactivity. Safe for concurrent use.
 */
public interface Conversations {

    /**
     * @param films        the films the conversation is about
     * @param lastQuestion the last question, without film titles, for follow-ups that only change the film
     */
    record State(List<String> films, String lastQuestion) {
        public static final State NONE = new State(List.of(), null);

        public State {
            films = List.copyOf(films);
        }
    }

    State stateOf(ConversationId id);

    void remember(ConversationId id, List<String> films, String question);

    /** Conversations remembered now (an estimate), for stats. */
    long size();
}
