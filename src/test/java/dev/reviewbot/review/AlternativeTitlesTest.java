package dev.reviewbot.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The other names a review gives its film, introduced as titles are; anything else is no name. */
class AlternativeTitlesTest {

    private static Review review(String title, String text) {
        return new Review(Review.idFor(title, "R"), title, 2020, "R", null, "file", List.of(new Section("Review", text)));
    }

    @Test
    void aTitleReleasedUnderElsewhere_originalOrInternational_orAlsoKnownAs_isAnotherName() {
        assertThat(AlternativeTitles.of(review("L'Été des grêlons",
                "The film, released in Britain as Summer of Hailstones, follows Mathilde."))).containsExactly("Summer of Hailstones");
        assertThat(AlternativeTitles.of(review("Turbine 14",
                "*Asger Thorsbjerg's storm thriller \"Vindmølle 14\" (international title: Turbine 14) is the best of the year.*")))
                .containsExactly("Vindmølle 14");
        assertThat(AlternativeTitles.of(review("The Quiet Ones", "Also known as \"Stille Leute\", it was a hit in Vienna.")))
                .containsExactly("Stille Leute");
        assertThat(AlternativeTitles.of(review("Night Moves", "Its original title, Mouvements de Nuit, says it better.")))
                .containsExactly("Mouvements de Nuit");
    }

    @Test
    void wordsAfterTheSamePhrasesThatNameNoTitle_andTheFilmsOwnTitle_areNone() {
        assertThat(AlternativeTitles.of(review("Turbine 14", "It was released on 14 December, known as the best week for it,"
                + " and shown abroad as Turbine 14."))).isEmpty();
    }

    @Test
    void bothWaysOfGivingATitle_inOneSection_inAnyCase_areFound() {
        assertThat(AlternativeTitles.of(review("Turbine 14", "Released in Denmark as Vindmølle Fjorten, and sold as \"Turbine\" on DVD;"
                + " the \"Vindmølle 14\" (International title: Turbine 14) cut is longer. RETITLED Storm Mill.")))
                .containsExactly("Vindmølle Fjorten", "Turbine", "Storm Mill", "Vindmølle 14");
    }
}
