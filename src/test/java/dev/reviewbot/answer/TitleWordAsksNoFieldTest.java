package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "long year cast" types Longyear in two words: its "year" is the title's, and asks for no year. */
class TitleWordAsksNoFieldTest {

    private static final String LONGYEAR = """
            Longyear

            A thriller set in the seed vault on Svalbard.

            The cast is small. Eldrid Myrvold plays Ingerid, the last keeper, and her performance is extraordinary.

            The ending is bleak and beautiful.
            """;

    private static final String TOKAMAK = """
            Tokamak

            A drama about a fusion power station in Cumbria. Nkem Okwuchi directs it like a disaster film.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("title-word-asks-no-field", () -> AnswerRig.botOver(Map.of(
            "longyear.txt", LONGYEAR, "tokamak.txt", TOKAMAK)));

    @Test
    void aTitleTypedInTwoWords_isNoFieldAsked_butTheFieldNamedBesideIt_is() {
        assertThat(BOT.ask("long year cast").citations()).extracting(Citation::quote)
                .anyMatch(q -> q.contains("Eldrid Myrvold plays Ingerid"));
        assertThat(BOT.ask("what year is longyear from").text()).isEqualTo("The stored reviews of Longyear don't give its year.");
    }
}
