package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A trade review closing on its credits block ("Production: ...", "Crew: Director: ..."): the block names who did
 * what, and answers "who shot it?", but it is not an opinion, nor the context of the prose sentence before it.
 */
class CreditsBlockTest {

    private static final String ICE_HARBOUR = """
            'Ice Harbour' Review: A Keeper's Long Night
            By Halla Brandt

            A lighthouse keeper waits out a storm in Ice Harbour, a spare and often gripping Danish drama from Ida Marsh.

            Marsh's third feature tells its story through wind, lamps and breath, and for an hour it is as tense as anything this year. The second half thins out, and a late flashback explains far too much. Oskar Vance's camera finds a hundred shades of grey in the sea.

            Commercial prospects look modest given the pace, but festivals with an appetite for prestige survival stories should take notice.

            Production: (Norway-Denmark) A Nordlys Film production, in co-production with Skagen Pictures. Producers: Trine Haddad, Mads Okoro.
            Crew: Director: Ida Marsh. Screenplay: Ida Marsh, Jens Okafor. Camera: Oskar Vance.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("credits-block", () -> AnswerRig.botOver(Map.of("ice-harbour.txt", ICE_HARBOUR)));

    @Test
    void howTheCameraworkIs_isTheProseOnTheCreditedCinematographer_notTheCreditsLine() {
        Answer answer = BOT.ask("how is the camerawork in ice harbour");

        assertThat(answer.citations().get(0).quote()).startsWith("Oskar Vance's camera finds a hundred shades of grey");
    }

    @Test
    void whoShotIt_isAnsweredByTheCreditsLine() {
        Answer answer = BOT.ask("who shot ice harbour");

        assertThat(answer.citations().get(0).quote()).contains("Camera: Oskar Vance");
    }

    @Test
    void theSentenceBeforeTheCredits_isQuotedWithoutThem() {
        Answer answer = BOT.ask("is ice harbour commercial");

        assertThat(answer.citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .startsWith("Commercial prospects look modest").doesNotContain("Production", "Nordlys"));
    }

    @Test
    void itsStrengths_areNeverItsCredits() {
        Answer answer = BOT.ask("strengths of ice harbour");

        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.quote()).doesNotContain("Production:", "Crew:"));
    }
}
