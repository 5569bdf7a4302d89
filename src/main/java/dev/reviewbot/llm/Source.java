package dev.reviewbot.llm;

import dev.reviewbot.answer.Citation;

/**
 * A review section given to the model, under the number the model cites it by.
 *
 * @param number   1-based, as fenced in the prompt and cited as [n]
 * @param text     the text given to the model: what the citation quotes
 */
public record Source(int number, String film, String section, String reviewer, String text) {

    public Citation citation() {
        return new Citation(film, section, reviewer, text);
    }
}
