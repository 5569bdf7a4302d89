package dev.reviewbot.llm;

/** What a model call came to: the model's text, or why there is none. */
sealed interface ModelReply {

    record Text(String text) implements ModelReply {
    }

    record Failed(Failure failure) implements ModelReply {
    }

    enum Failure {
        /** No answer within the time budget. */
        TIMEOUT,
        /** The server answered with an error, or could not be reached. */
        ERROR,
        /** Recent calls failed: the model is left alone for a while. */
        CIRCUIT_OPEN,
        /** Every calling thread is busy: the bot is overloaded, the model may be fine. */
        BUSY
    }
}
