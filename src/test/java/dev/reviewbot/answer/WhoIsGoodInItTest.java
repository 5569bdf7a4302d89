package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Who's good in X?" asks for people, where "is X good?" asks for the verdict. */
class WhoIsGoodInItTest {

    private static final String CLUB = """
            ---
            title: Bramble Club
            reviewer: Jo Tilly
            ---
            ## What I Loved

            The club's fearsome treasurer, Hilda Pike, is played by Margaret Oduro, and every line she says sounds like a telling-off.

            ## Should You Go

            Yes. Bramble Club is small, silly and a bit creaky, but it is warm-hearted and often very funny. Final score: 7 out of 10.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("who-is-good-in-it", () -> AnswerRig.botOver(Map.of("bramble-club.md", CLUB)));

    @Test
    void whoIsGood_isAnsweredByAPerson_notByTheVerdict() {
        Answer answer = BOT.ask("who's good in bramble club");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("Margaret Oduro");
    }

    @Test
    void isItGood_isStillTheVerdict() {
        Answer answer = BOT.ask("is bramble club good");

        assertThat(answer.citations().get(0).section()).isEqualTo("Should You Go");
    }
}
