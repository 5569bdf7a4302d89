package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Metadata answers over two reviews of one film (one rated, dated and sourced) and an unrated one of another. */
class MetadataFieldsTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("harbour", HarbourReviews::bot);

    @RegisterExtension
    static final AnswerRig UNRATED = AnswerRig.over("ten", () -> HarbourReviews.films(10));

    private static Answer ask(String question) {
        return BOT.ask(question);
    }

    @Test
    void eachReviewOfTheFilm_givesItsField_andAReviewerAskedFor_onlyTheirs() {
        assertThat(ask("who reviewed harbour lights?").citations()).extracting(Citation::quote)
                .containsExactlyInAnyOrder("reviewer: Sol Okafor", "reviewer: Wren Talbot");
        assertThat(ask("what rating did Wren Talbot give harbour lights?").citations()).singleElement()
                .satisfies(c -> assertThat(c.label()).isEqualTo("Harbour Lights, Front matter (Wren Talbot)"))
                .satisfies(c -> assertThat(c.quote()).isEqualTo("rating: 3/5"));
        assertThat(ask("which films did Pell Marsh review?").citations()).singleElement()
                .satisfies(c -> assertThat(c.review()).isEqualTo("Cinder Road"));
    }

    @Test
    void aFieldNoReviewGives_orAFieldOfNoFilm_isDeclinedInWords() {
        assertThat(ask("what year is cinder road from?").text()).isEqualTo("The stored reviews of Cinder Road don't give its year.");
        Answer noFilm = ask("what year is it from?");
        assertThat(((Answer.Declined) noFilm).reason()).isEqualTo("Which film do you mean?");
        assertThat(((Answer.Declined) noFilm).offers()).containsExactly("Cinder Road", "Harbour Lights");
    }

    @Test
    void anAgeRating_isQuotedWhereAReviewStatesOne_elseDeclined() {
        assertThat(ask("is cinder road rated PG-13?").citations()).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("The film is rated PG-13 for the language.");
            assertThat(c.section()).isEqualTo("Story");
        });
        assertThat(ask("is harbour lights rated PG-13?").text()).isEqualTo("The stored reviews don't give an age rating.");
    }

    @Test
    void theLowestRated_isAmongTheRatedOnly_andWithNoRatingsItIsDeclined() {
        assertThat(ask("which film is rated lowest?").citations()).singleElement()
                .satisfies(c -> assertThat(c.label()).isEqualTo("Harbour Lights, Front matter (Wren Talbot)"));
        assertThat(UNRATED.ask("which film is rated highest?").text())
                .startsWith("None of the stored reviews gives a rating I can compare.");
    }
}
