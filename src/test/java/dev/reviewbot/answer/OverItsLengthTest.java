package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Is X good all the way through?": what the reviews say of each stretch of the film in the order it is watched,
 * not a verdict on the whole.
 */
class OverItsLengthTest {

    private static final String PEAT_SMOKE = """
            Peat Smoke is a Hebridean drama from 2026 about a distillery that burns down the week before its hundredth birthday.
            Then there is the ending. The ending is too neat by half, with a cheque arriving in the last scene like a cavalry charge.
            Is the middle any better? The middle sags badly while the insurers argue for forty minutes.
            Ishbel Macrae is superb as the stillman. The first hour is gripping, all smoke and shouting on the quay.
            I would still see it.
            """;

    private static final String TIN_WHISTLE = """
            Tin Whistle is a lovely, gentle film about a busker in Galway, and I liked it a great deal.
            The photography is warm and the songs are catchy.
            """;

    private static final String SALT_ROAD = """
            Salt Road is a desert thriller. The opening is far too slow, ten minutes of fog and nothing else.
            There is a genuinely clever twist at the two-thirds mark. The ending is a terrible let-down.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("over-its-length",
            () -> AnswerRig.botOver(Map.of("peat-smoke.txt", PEAT_SMOKE, "tin-whistle.txt", TIN_WHISTLE,
                    "salt-road.txt", SALT_ROAD)));

    /** Of the sentences naming a stretch, the one judging it ("Then there is the ending." judges nothing). */
    @Test
    void eachStretchIsQuoted_inTheOrderItIsWatched() {
        for (String question : java.util.List.of("is peat smoke good all the way through", "does peat smoke hold up from start to finish")) {
            assertThat(BOT.ask(question).citations()).as(question).extracting(Citation::quote).containsExactly(
                    "The first hour is gripping, all smoke and shouting on the quay.",
                    "The middle sags badly while the insurers argue for forty minutes.",
                    "The ending is too neat by half, with a cheque arriving in the last scene like a cavalry charge.");
        }
    }

    /** The middle may be named by where it falls ("at the two-thirds mark", "halfway"). */
    @Test
    void theMiddle_namedByWhereItFalls() {
        assertThat(BOT.ask("is salt road good from start to finish").citations()).extracting(Citation::quote)
                .contains("There is a genuinely clever twist at the two-thirds mark.");
    }

    /** A review judging the whole at once says nothing of how the film holds up: the question is answered as any other. */
    @Test
    void aReviewNamingNoStretch_isAnsweredAsAnyQuestion() {
        assertThat(CourseOfTheFilm.answer(BOT.answers().prepare("is tin whistle good all the way through",
                java.util.Optional.empty()).question(), BOT.catalog(), c -> Double.NaN)).isEmpty();
    }

    @Test
    void aQuestionNotOverTheLength_isNotOneForIt() {
        assertThat(CourseOfTheFilm.asksOverItsLength("is peat smoke good")).isFalse();
        assertThat(CourseOfTheFilm.asksOverItsLength("is it scary throughout")).isTrue();
        assertThat(BOT.ask("how is the ending of peat smoke").citations().get(0).quote()).contains("The ending is too neat by half")
                .doesNotContain("The first hour");
    }
}
