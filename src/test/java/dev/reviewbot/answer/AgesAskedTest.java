package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A child's age in a question is no year asked for, and a parents' guide's age line is the film's age rating. */
class AgesAskedTest {

    private static final String GUIDE = """
            Paper Lantern
            By Ada Quill, Family Screen
            Age: 7+

            Paper Lantern is a gentle animated tale about a boy who folds a lantern that can talk.

            What Parents Need to Know
            There is one scary storm, and nothing here a twelve-year-old couldn't watch.

            Our Take
            A handmade treat with a villain kids will love to boo. Our rating: 4 out of 5.
            """;

    private static final String CREDITS_TABLE = """
            # The Hollow Saints

            A handsome southern gothic that runs out of ideas long before it runs out of candles.

            | Credit | Name |
            |---|---|
            | Director | Beatrix Sandoval |
            | Runtime | 121 minutes |
            | Rated | R |

            ## Verdict
            Horror fans should see it for the boat scene. Rating: 3/5
            """;

    private static final String PIPED_HEADER = """
            Every scare in Gorton Baths, ranked
            Horror | UK | 2026 | 98 mins | Cert 15 | Dir. Tegwen Oduwole

            Gorton Baths takes place on the last night of a Victorian bathhouse due to be demolished in the morning.

            2. The pigeon
            A pigeon flies out of a locker. We are better than this.

            1. The steam room
            The best scare in British horror this year.
            """;

    private static final String LETTER = """
            Dear Rosheen,

            I saw your film about the Roker bingo hall on Tuesday, and Bunty's last call made the whole room cry.
            Her granddaughter is 15 and knows every number by heart.

            It is a 15, for a great deal of very Sunderland language, so it is not one for the grandchildren.
            """;

    private static final String AGED = """
            Dabber Queens follows three pensioners who win the bingo hall's last jackpot.
            The youngest of them is 15 years older than the caller, and the oldest is a 12-year veteran of the hall.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("ages-asked", () -> AnswerRig.botOver(Map.of("paper-lantern.txt", GUIDE,
            "the-hollow-saints.md", CREDITS_TABLE, "gorton-baths.txt", PIPED_HEADER, "tombola.txt", LETTER,
            "dabber-queens.txt", AGED)));

    /** "It is a 15, for ... language": the film's certificate put in a sentence, not a person's age. */
    @Test
    void aCertificateSaidOfTheFilm_isTheAgeRating_aPersonsAgeIsNot() {
        Answer said = BOT.ask("what cert is tombola");
        Answer ages = BOT.ask("what cert is dabber queens");

        assertThat(said.grounded()).isTrue();
        assertThat(said.citations().get(0).quote()).startsWith("It is a 15, for");
        assertThat(ages.grounded()).isFalse();
    }

    /** "Cert 15" in a header line, asked for as "cert" or "age certificate". */
    @Test
    void aCertShortened_isAskedAndFoundAsTheAgeRating() {
        Answer shortened = BOT.ask("what cert is gorton baths");
        Answer spelledOut = BOT.ask("what age certificate is gorton baths");

        assertThat(shortened.grounded()).isTrue();
        assertThat(shortened.citations().get(0).quote()).contains("Cert 15");
        assertThat(spelledOut.citations()).first().satisfies(c -> assertThat(c.quote()).contains("Cert 15"));
    }

    @Test
    void aParentsGuidesAgeLine_isTheAgeRating() {
        Answer rating = BOT.ask("paper lantern age rating");

        assertThat(rating.grounded()).isTrue();
        assertThat(rating.citations().get(0).quote()).contains("7+");
    }

    /** A row of a credits table is a line of its own, "Rated: R", whatever rows stand around it. */
    @Test
    void aCreditsTablesRatedRow_isTheAgeRating() {
        Answer rating = BOT.ask("what age rating does the hollow saints have");

        assertThat(rating.grounded()).isTrue();
        assertThat(rating.citations().get(0).quote()).isEqualTo("Rated: R");
    }

    @Test
    void aChildsAge_isNoYearAskedFor() {
        Answer age = BOT.ask("can a 12 year old watch paper lantern");

        assertThat(age.text()).doesNotContain("year.").doesNotContain("give its year");
        assertThat(age.grounded()).isTrue();
        assertThat(age.citations().get(0).quote()).contains("twelve-year-old");
    }
}
