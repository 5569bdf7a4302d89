package dev.reviewbot.answer;

/**
 * Turns a follow-up ("and who shot it?") into a question that stands alone, from the conversation's recent
 * turns. {@link #NONE} leaves every question as it is: without a language model, follow-ups are resolved by
 * {@link Conversations} (the film carried over, or the last question asked again about another film).
 */
public interface QuestionRewriter {

    /**
     * @param conversation where the question was asked; null for a one-off question, which is returned as is
     * @return the question to answer; the question itself when there is nothing to resolve or rewriting fails
     */
    String standalone(ConversationId conversation, String question);

    /** Records a finished turn, so that later questions in the conversation can refer back to it. */
    void remember(ConversationId conversation, String question, Answer answer);

    /** No rewriting, no memory: the extractive default. */
    QuestionRewriter NONE = new QuestionRewriter() {
        @Override
        public String standalone(ConversationId conversation, String question) {
            return question;
        }

        @Override
        public void remember(ConversationId conversation, String question, Answer answer) {
        }
    };
}
