package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "What about the writing?" asks about the writing, for no side: it is answered from what the review says on it,
 * not read as "what's wrong with the writing?" (the polarity model reads "what about it" as criticism).
 */
class WhatAboutAnAspectTest {

    private static final String TIDEWATER = """
            ---
            title: Tidewater
            reviewer: Bea Lund
            ---

            Tidewater is a drama about two brothers who run a ferry.

            ## Writing

            The script is sharp and witty, with a clever final twist. The middle act drags badly and the dialogue is clumsy.

            ## Verdict

            A good film, worth seeing.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("what-about-an-aspect", () -> AnswerRig.botOver(Map.of("tidewater.md", TIDEWATER)));

    @Test
    void whatAboutTheWriting_isAnsweredFromTheWriting_notAsAComplaint() {
        Answer answer = BOT.ask("what about the writing in tidewater?");

        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.section()).isEqualTo("Writing"));
        assertThat(answer.citations()).extracting(Citation::quote).anySatisfy(q -> assertThat(q).contains("sharp and witty"));
    }
}
