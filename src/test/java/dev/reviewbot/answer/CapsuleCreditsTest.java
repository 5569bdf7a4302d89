package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.review.Section;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A newspaper capsule closes on its credits under the film's title ("Directed by ... With ... 112 min. Rated
 * PG-13 ... In theaters."): "is it worth seeing?" is answered from the prose before them, not from the credits,
 * and "what is it rated?" from the credits' certificate.
 */
class CapsuleCreditsTest {

    private static final String CAPSULE = """
            'Gambit at Sochi' Review: Sixty-Four Squares and No Way Out
            By Ilse Marten
            Critic's Pick

            A grandmaster plans to defect during one adjourned game, and Ana Pell's film turns that night into the tensest two hours of the season.

            It is not flawless: the romance is thin. But the adjournment scene is as gripping as any heist I have seen this year. Go for the chess and stay for Velden.

            Gambit at Sochi
            Directed by Ana Pell. With Tomas Varga, Ruth Velden. 112 min. Rated PG-13 for smoking. In theaters.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("capsule-credits", () -> AnswerRig.botOver(Map.of("gambit-at-sochi.txt", CAPSULE)));

    @Test
    void worthSeeing_isAnsweredFromTheProse_notTheCredits() {
        Answer answer = BOT.ask("is gambit at sochi worth seeing");

        assertThat(answer.text()).contains("Go for the chess").doesNotContain("Rated PG-13");
    }

    /** "What's X rated?" asks the certificate, which the credits give; the review gives no rating of its own. */
    @Test
    void whatItIsRated_isTheCertificateTheCreditsGive() {
        Answer answer = BOT.ask("what is gambit at sochi rated");

        assertThat(answer.text()).contains("Rated PG-13");
    }

    @Test
    void capsuleCredits_areTheirOwnGrammar_notProseOpeningTheSameWay() {
        assertThat(Section.isCapsuleCredit("Directed by Ana Pell.")).isTrue();
        assertThat(Section.isCapsuleCredit("With Tomas Varga, Ruth Velden.")).isTrue();
        assertThat(Section.isCapsuleCredit("112 min.")).isTrue();
        assertThat(Section.isCapsuleCredit("Rated PG-13 for smoking.")).isTrue();
        assertThat(Section.isCapsuleCredit("With a stronger ending, this would be a classic.")).isFalse();
        assertThat(Section.isCapsuleCredit("Rated highly by everyone I know, it deserves the praise.")).isFalse();
    }
}
