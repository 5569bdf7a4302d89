package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Asked whether a film suits children, where no sentence of its reviews is on children, the certificate they give answers. */
class CertificateForChildrenTest {

    private static final String CERTIFIED = """
            Widow's Weeds (PG, 2026, 97 minutes) is about a retired headmaster who has played the pantomime dame in his
            village for forty-one years and is told this winter will be his last.

            The rehearsals are the best part: the vicar forgets every line, and the piano is a semitone flat all evening.
            """;

    private static final String UNCERTIFIED = """
            Cold Frame is about a retired gardener who enters one last marrow in the county show.

            The show scenes are the best part: the judges circle the marrow like detectives around a body.
            """;

    /** A jobs site's parody: the certificate as a label opening with a capital, in a line of labels. */
    private static final String LABELLED = """
            Former Employee · Telesales Agent · Paisley · Tenure: 1 hr 44 min · Certificate 15

            The training scenes are the best part: the new starters learn to sell a conservatory to a man who lives in a flat.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("certificate-for-children", () -> AnswerRig.botOver(Map.of(
            "widows-weeds.txt", CERTIFIED, "cold-frame.txt", UNCERTIFIED, "cold-calls.txt", LABELLED)));

    @Test
    void aCertificateLabelledWithACapital_isStated() {
        Answer suits = BOT.ask("is cold calls suitable for children");

        assertThat(suits.citations()).extracting(Citation::quote).first().asString().endsWith("Certificate 15");
    }

    @Test
    void aFilmsCertificate_answersWhetherItSuitsChildren() {
        Answer suits = BOT.ask("is widow's weeds suitable for children");

        assertThat(suits.grounded()).isTrue();
        assertThat(suits.citations().get(0).quote()).contains("(PG, 2026, 97 minutes)");
    }

    @Test
    void withoutACertificate_theQuestionIsStillDeclined() {
        Answer suits = BOT.ask("is cold frame suitable for children");

        assertThat(suits.grounded()).isFalse();
    }
}
