package dev.reviewbot.command;

import java.time.Duration;

/**
 * What became of each question, counted where every platform's questions pass: {@link CommandService}. The
 * wiring gives a metered one ({@link MeteredQuestionOutcomes}); {@link #NONE} counts nothing.
 */
public interface QuestionOutcomes {

    QuestionOutcomes NONE = (platform, outcome, took) -> { };

    /** answered: a grounded answer; declined: the reviews do not say, or the question was not valid; limited:
     *  refused by the rate limit; failed: answering threw. */
    enum Outcome { ANSWERED, DECLINED, LIMITED, FAILED }

    /** @param took how long answering took (zero for a question refused at once) */
    void record(String platform, Outcome outcome, Duration took);
}
