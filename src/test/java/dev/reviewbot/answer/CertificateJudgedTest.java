package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A review that lists the certificate among the film's facts and later says what it makes of it ("the PG is right"):
 * asked whom the film suits, the judgement answers; asked what it is rated, the certificate is read wherever it stands.
 */
class CertificateJudgedTest {

    private static final String JUDGED = """
            ## What it is

            Foley Street is a British romantic drama of 2026, 121 minutes long and rated PG, directed by Orla Pratt.
            It is 1952, and a studio typist is sent down to the effects stage to walk the footsteps for a cowboy picture.

            ## Why it works

            Their romance is a slow burn in the truest sense. The ballroom dance they walk together in the dark is perfect.

            ## Final mix

            Gentle, grown-up and very romantic; the PG is right, and there is nothing here to upset anyone over eight,
            though under-tens may fidget. I'd give it 9/10.
            """;

    private static final String LISTED_THEN_JUDGED = """
            Title: Tin Whistle
            Certificate: U.

            A brass band loses its rehearsal hall and practises in a multi-storey car park. The tuba player's solo on the
            top deck is the best thing in it. Mr Grime, the car park's owner, is too frightening for the youngest
            viewers, and made a four-year-old behind me cry. The U certificate is generous.
            """;

    private static final String RATED_IN_PROSE = """
            Cinder Yard is a hard-edged drama about a scrapyard in Motherwell, rated 15 and in broad Lanarkshire
            without subtitles. The fights are real, the swearing never stops, and the ending is earned.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("certificate-judged", () -> AnswerRig.botOver(Map.of(
            "foley-street.md", JUDGED, "tin-whistle.txt", LISTED_THEN_JUDGED, "cinder-yard.txt", RATED_IN_PROSE)));

    @Test
    void askedIfItSuitsChildren_theSentenceJudgingTheCertificateAnswersFirst() {
        Answer answer = BOT.ask("is foley street ok for kids");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("the PG is right");
    }

    @Test
    void comparedForChildren_eachFilmIsQuotedByWhatItsReviewMakesOfTheCertificate() {
        Answer answer = BOT.ask("which is better for a 6 year old, tin whistle or cinder yard");

        assertThat(answer.text()).startsWith("Tin Whistle is rated U: \"The U certificate is generous.\"")
                .contains("Cinder Yard is rated 15: ");
    }

    @Test
    void askedWhatItIsRated_aCodeAfterRatedIsTheCertificate() {
        Answer answer = BOT.ask("what is cinder yard rated");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("rated 15 and in broad Lanarkshire");
    }

    @Test
    void aCertificateIsStatedByItsCode_notByAMarkOrAnAge() {
        assertThat(Certificates.states("It is rated U and there is nothing scary apart from one storm.")).isTrue();
        assertThat(Certificates.states("The U is right, and it is fine for children of three and up.")).isTrue();
        assertThat(Certificates.states("The 15 certificate is fair.")).isTrue();
        assertThat(Certificates.states("I rated it 15 out of 20.")).isFalse();
        assertThat(Certificates.states("The 15 minutes on the pier drag.")).isFalse();
        assertThat(Certificates.states("We said it was a 15.")).as("a correction withdraws it").isFalse();
    }

    @Test
    void aCertificateBesideTheFilmsOtherFacts_isOnlyListed() {
        assertThat(Certificates.listedOnly("Certificate: U.")).isTrue();
        assertThat(Certificates.listedOnly("12A · 101 mins · UK 2026")).isTrue();
        assertThat(Certificates.listedOnly("It's 94 minutes long, rated PG, and it came out in 2026.")).isTrue();
        assertThat(Certificates.listedOnly("Tonnage is a Scottish sports drama from 2026, rated 15.")).isTrue();
        assertThat(Certificates.listedOnly("Null Island (12A, 1h 57m) is tense.")).isTrue();
        assertThat(Certificates.listedOnly("The U certificate is generous.")).isFalse();
    }
}
