package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A newspaper's corrections column repeats each wrong claim before putting it right ("We said that the film runs 95
 * minutes. It runs 107 minutes."): the runtime and the certificate are the ones it gives now; the director's question,
 * answered by the withdrawn sentence and its correction together, guards that the correction stays in the quote.
 */
class CorrectionsColumnTest {

    private static final String CORRECTIONS = """
            Corrections and clarifications

            Our film critic, Mehala Sparkes, has asked us to put right errors in her review of Oasthouse.

            We said that the film runs 95 minutes. It runs 107 minutes.

            We said the film is rated PG. It is rated 12A, for one fight and some strong language.

            We credited the direction to Wilbert Tuffnell. Oasthouse was directed by Eudocia Brasher; Wilbert Tuffnell wrote the screenplay.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("corrections-column", () -> AnswerRig.botOver(Map.of("oasthouse.txt", CORRECTIONS)));

    @Test
    void theRuntime_isTheOneItGivesNow() {
        assertThat(BOT.ask("how long is oasthouse").citations()).extracting(Citation::quote)
                .containsExactly("It runs 107 minutes.");
    }

    @Test
    void theCertificate_isTheOneItGivesNow() {
        assertThat(BOT.ask("what is oasthouse rated").citations()).extracting(Citation::quote).first().asString()
                .startsWith("It is rated 12A");
    }

    @Test
    void theDirector_isTheOneItCreditsNow() {
        assertThat(BOT.ask("who directed oasthouse").citations()).extracting(Citation::quote).first().asString()
                .contains("directed by Eudocia Brasher");
    }
}
