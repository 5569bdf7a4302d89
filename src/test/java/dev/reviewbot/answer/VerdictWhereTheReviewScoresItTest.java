package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8, point 2, and issue 10: a review without headings judges the film where it scores it ("I would give it
 * 9/10", "In my opinion it deserves four stars"), not in its first and last lines, which in a letter or a witness
 * statement are its greeting and its signature. A score in the reviewer's own units may open a sentence before an
 * aside ("Four hearts out of five, and the missing one...") and still be the rating that finds the verdict section.
 */
class VerdictWhereTheReviewScoresItTest {

    private static final String LETTER = """
            To whom it may concern,

            I am writing in support of the application of Wrackline for the position of Film of the Year.

            Rozenn Quere is extraordinary as Maelys, stubborn and funny, and the photography of the Breton coast is superb.

            If asked to score the candidate I would give it 9/10, and I would happily see it again tomorrow. Please do not hesitate to contact me if you require anything further.

            Yours faithfully,

            Tamsyn Nankivell, film critic, The Wednesday Circular.
            """;

    private static final String STATEMENT = """
            I am the film critic of the Lune Valley Echo. On Tuesday I attended a press screening of the horror film Lipless at the Palladium cinema.

            The film is about Vernon Dimmock, a ventriloquist on a crumbling pier, whose doll begins to talk back to him.

            The film is rated 15 and that is correct. It was released in 2026. In my opinion it deserves four stars. I am willing to attend court if required.

            Signed: H. Scarisbrick. Dated: 9 December 2026.
            """;

    private static final String PROFILE = """
            # Carriage Return

            ## About me
            I'm 118 minutes long and I'm a 12A. Alec Lennie is wonderful as Tormod, a typewriter repairman in Dundee.

            ## Red flags
            - A subplot about Tormod's brother and a dodgy lease is thin.
            - One scene with a rival repairman is played far too broadly.

            ## Should you swipe right?
            Yes. The ending made me cry in a car park, and I am not a crier. Four hearts out of five, and the missing one is only for the brother.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("scored-verdicts", () -> AnswerRig.botOver(
            Map.of("wrackline.txt", LETTER, "lipless.txt", STATEMENT, "carriage-return.md", PROFILE)));

    private static String firstQuote(String question) {
        Answer answer = BOT.ask(question);
        assertThat(answer.grounded()).as(question + " -> " + answer.text()).isTrue();
        return answer.citations().get(0).quote();
    }

    @Test
    void aLettersVerdict_isWhereItScoresTheFilm_notItsGreetingAndSignature() {
        assertThat(firstQuote("is wrackline worth seeing")).contains("give it 9/10").doesNotContain("To whom", "Yours faithfully");
    }

    @Test
    void aStatementsVerdict_isWhereItScoresTheFilm() {
        assertThat(firstQuote("should i see lipless")).contains("deserves four stars").doesNotContain("Signed");
    }

    @Test
    void aScoreOpeningASentenceBeforeAnAside_findsTheVerdictSection() {
        Answer answer = BOT.ask("is carriage return worth seeing");
        assertThat(answer.citations().get(0).section()).isEqualTo("Should you swipe right?");
        assertThat(answer.citations().get(0).quote()).contains("Four hearts out of five");
    }
}
