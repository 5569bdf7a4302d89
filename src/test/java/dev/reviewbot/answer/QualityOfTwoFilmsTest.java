package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Which is funnier, X or Y?", "which is scarier?": a quality asked of two films, answered from each film's
 * sentences nearest in meaning to it, wherever in the review they stand, and not from the warmer review.
 */
class QualityOfTwoFilmsTest {

    private static final String BANDSTAND = """
            ---
            title: The Brass Bandstand
            reviewer: Maeve Tolland
            rating: 4/5
            ---

            There are comedies that raise a smile and comedies that leave the whole audience wheezing, and The Brass Bandstand is firmly the second kind. Set over one catastrophic village fete, it is the funniest film I have seen in a decade.

            ## The Writing

            The script stacks mishap on mishap - a runaway tuba, a marquee on fire, a vicar stuck in the tombola - and the jokes land, but so does the ending, which gives the bandleader a quiet moment of dignity that is genuinely touching.

            ## Verdict

            A joy from start to finish: sharp, warm and never a minute too long.
            """;

    private static final String PETTIGREW = """
            ---
            title: Lord Pettigrew's Will
            reviewer: Omar Quist
            rating: 3/5
            ---

            Lord Pettigrew's Will is a farce about a family squabbling over an inheritance in a draughty Norfolk manor.

            ## The Laughs

            It's funny. Properly funny, in places. There are dry spells: a long sequence with a ouija board drags, and a few jokes feel as if they were dug up from an old sitcom.

            ## Final Thoughts

            It is not a great film, but it passes the time, and the cast are clearly having a ball.
            """;

    private static final String HOLLOW = """
            ---
            title: The Hollow Chapel
            reviewer: Ines Varley
            rating: 3/5
            ---

            The Hollow Chapel is a horror film about a curate sent to reopen a chapel on the moors that the village boarded up a century ago.

            ## What Works

            I was properly frightened, more than once. It is relentlessly creepy, and the long silences in the nave had the whole audience holding its breath.

            ## What Doesn't

            The last act explains far too much, and the make-up on the thing in the crypt is cheap.
            """;

    private static final String WEATHERVANE = """
            ---
            title: Wendel and the Weathervane
            reviewer: Paul Okri
            rating: 5/5
            ---

            Wendel and the Weathervane is a bright animated adventure about a boy who can talk to the wind.

            ## The Voices

            Hattie Brown is a delight as Wendel, and Sol Imre is a wonderful, wicked Baron Gust, a villain who is rather frightening for the under-fives.

            ## Verdict

            A gorgeous, generous family film that I would happily watch again tomorrow.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("quality-of-two-films", () -> AnswerRig.botOver(Map.of(
            "bandstand.md", BANDSTAND, "pettigrew.md", PETTIGREW, "hollow.md", HOLLOW, "weathervane.md", WEATHERVANE)));

    @Test
    void whichIsFunnier_putsTheFilmCalledTheFunniestFirst_quotingThatSentence() {
        Answer answer = BOT.ask("which is funnier, lord pettigrew's will or the brass bandstand");

        assertThat(answer.citations().get(0).review()).isEqualTo("The Brass Bandstand");
        assertThat(answer.citations().get(0).quote()).contains("funniest film I have seen in a decade");
        assertThat(answer.text()).contains("that is The Brass Bandstand");
    }

    @Test
    void whichIsScarier_putsTheFilmThatFrightenedItsReviewerFirst_notTheWarmerReview() {
        Answer answer = BOT.ask("which is scarier, wendel and the weathervane or the hollow chapel");

        assertThat(answer.citations().get(0).review()).isEqualTo("The Hollow Chapel");
        assertThat(answer.citations().get(0).quote()).containsAnyOf("properly frightened", "relentlessly creepy");
    }
}
