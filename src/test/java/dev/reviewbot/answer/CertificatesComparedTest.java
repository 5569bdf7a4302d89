package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Which is better for kids, X or Y?" where both reviews give a certificate: the censors' ladder orders them. */
class CertificatesComparedTest {

    private static final String PG = """
            Widow's Weeds (PG, 2026, 97 minutes) is about a retired headmaster who has played the pantomime dame for
            forty-one years. The rehearsals are the best part, and the custard pie is well earned.
            """;

    private static final String FIFTEEN = """
            Bingo Wings is a comedy about the last night of a Roker bingo hall. It's a 15, for a great deal of very
            Sunderland language. The caller's last game made the whole room cry.
            """;

    private static final String UNRATED = """
            Cold Frame is about a retired gardener who enters one last marrow in the county show. The judges circle the
            marrow like detectives around a body.
            """;

    private static final String PG_SAYING_NOTHING_OF_CHILDREN = """
            Harbour Lights (PG, 2025, 88 minutes) follows a lighthouse keeper through his last winter on the rock. The
            photography is grey and gorgeous. The score is a lonely cello. The ending lands softly.
            """;

    private static final String UNRATED_FOR_ADULTS = """
            Night Shift Bakery is a comedy about two rival bakers on one street. The swearing never stops and the jokes
            are crude, so leave the children at home.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("certificates-compared", () -> AnswerRig.botOver(Map.of(
            "widows-weeds.txt", PG, "bingo-wings.txt", FIFTEEN, "cold-frame.txt", UNRATED,
            "harbour-lights.txt", PG_SAYING_NOTHING_OF_CHILDREN, "night-shift-bakery.txt", UNRATED_FOR_ADULTS)));

    @Test
    void theFilmWithTheLowerCertificate_comesFirst_eachQuoted() {
        Answer answer = BOT.ask("which is better for kids, bingo wings or widows weeds");

        assertThat(answer.citations()).extracting(Citation::review).containsExactly("Widows Weeds", "Bingo Wings");
        assertThat(answer.text()).startsWith("Widows Weeds is rated PG: ").contains("Bingo Wings is rated 15: ")
                .endsWith("So Widows Weeds is the one for younger viewers.");
    }

    @Test
    void aFilmWithoutACertificate_leavesTheComparisonToTheReviewsWords() {
        Answer answer = BOT.ask("which is better for kids, cold frame or widows weeds");

        assertThat(answer.text()).doesNotContain("is rated");
    }

    @Test
    void aCertificateStatedForOneFilmOnly_isQuotedForIt_besideTheOthersWords() {
        Answer answer = BOT.ask("which is better for kids, night shift bakery or harbour lights");

        assertThat(answer.citations()).extracting(Citation::quote)
                .contains("Harbour Lights (PG, 2025, 88 minutes) follows a lighthouse keeper through his last winter on the rock.")
                .anySatisfy(q -> assertThat(q).contains("leave the children at home"));
        assertThat(answer.text()).doesNotContain("don't say");
    }

    @Test
    void theCode_isReadFromTheSentenceGivingIt_notFromInitials() {
        assertThat(Certificates.codeIn("It's a 15, for the language")).contains("15");
        assertThat(Certificates.codeIn("U.K. release, rated 12A")).contains("12A");
        assertThat(Certificates.codeIn("Rated: R")).contains("R");
        assertThat(Certificates.codeIn("no certificate given")).isEmpty();
    }
}
