package dev.reviewbot.slack;

/** Where an answer is shown, which decides what goes around it. */
enum AnswerView {
    /** A /review answer only the asker sees: the question is repeated and a "Share in channel" button offered. */
    PRIVATE,
    /** A private answer the asker shared: it says who asked what. */
    SHARED,
    /** An answer in a thread or DM, right under the question. */
    CONVERSATION
}
