package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A trade review without headings closes on its credits block; its verdict is the prose's closing words, not the credits. */
class VerdictOfATradeReviewTest {

    private static final String MERIDIAN = """
            'Brass Meridian' Review: A Handsome but Becalmed Seafaring Drama
            By Nadia Whitlock

            There is a great 90-minute film buried somewhere inside "Brass Meridian," and it is entirely at sea.

            Production design by Wendell Quayle is superb. Holt's direction of actors is reliably strong. Her sense of pace is not yet there.

            Production: A Halyard Pictures production, in association with Northlight Films. Producers: Margo Sandoval, Idris Pell.
            Crew: Director: Agnes Holt. Screenplay: Tomasz Greaves. Camera: Sunniva Fairley.
            With: Rufus Okoro, Dominic Bale, Imogen Castell, Sefton Hale, Ada Lindqvist.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("verdict-of-a-trade-review",
            () -> AnswerRig.botOver(Map.of("brass-meridian.txt", MERIDIAN)));

    @Test
    void theVerdict_endsOnTheProse_notOnTheCredits() {
        Answer answer = BOT.ask("did the critic like brass meridian");

        assertThat(answer.citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .endsWith("Holt's direction of actors is reliably strong. Her sense of pace is not yet there.")
                .doesNotContain("Lindqvist", "Sunniva"));
    }
}
