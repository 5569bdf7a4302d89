package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A film named by what it is about: the description apart from what is asked of the film. */
class FilmDescriptionTest {

    @Test
    void theDescription_andTheQuestionAskedOfIt_areSplit() {
        FilmDescription leading = FilmDescription.in("the one where a caller confesses to a murder live on the radio, what year is it from").orElseThrow();
        FilmDescription trailing = FilmDescription.in("who directed the one about the lifeboat crew").orElseThrow();

        assertThat(leading.description()).isEqualTo("a caller confesses to a murder live on the radio");
        assertThat(leading.rest()).isEqualTo("what year is it from");
        assertThat(trailing.description()).isEqualTo("the lifeboat crew");
        assertThat(trailing.rest()).isEqualTo("who directed it");
    }

    @Test
    void aQuestionDescribingNoFilm_hasNoDescription() {
        assertThat(FilmDescription.in("who directed the lifeboat drama?")).isEmpty();
        assertThat(FilmDescription.in("is the acting any good")).isEmpty();
    }
}
