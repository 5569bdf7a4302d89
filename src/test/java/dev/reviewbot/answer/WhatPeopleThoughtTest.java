package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "X ending, did people like it?" asks what each of a film's reviewers thought, as "do the reviewers agree?" does:
 * both are quoted, the one who liked it and the one who did not, where it was answered before as pros and cons with
 * one side's sentences.
 */
class WhatPeopleThoughtTest {

    private static final String ADA = """
            ---
            title: Pale Harbour
            reviewer: Ada Quist
            rating: 4/5
            ---

            Pale Harbour is a drama about two sisters who inherit a failing ferry company on a Scottish island.

            ## The Ending

            The ending is perfect, a quiet and deeply moving close that I will remember for a long time.
            """;

    private static final String BEN = """
            ---
            title: Pale Harbour
            reviewer: Ben Roe
            rating: 2/5
            ---

            Pale Harbour is a drama about two sisters and a ferry company.

            ## Writing

            The ending is a cheap, lazy cop-out that undoes the whole film.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("what-people-thought", () -> AnswerRig.botOver(Map.of(
            "pale-harbour-quist.md", ADA, "pale-harbour-roe.md", BEN)));

    @Test
    void didPeopleLikeIt_quotesEveryReviewer_notOneSide() {
        Answer answer = BOT.ask("pale harbour ending, did people like it?");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).extracting(Citation::reviewer).contains("Ada Quist", "Ben Roe");
        assertThat(answer.text()).contains("perfect").contains("cop-out");
    }
}
