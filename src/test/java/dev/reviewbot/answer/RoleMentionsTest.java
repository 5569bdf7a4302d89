package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleMentionsTest {

    @Test
    void aPossessiveBeforeTheFilmsKind_creditsTheDirector_evenWithAFewDescribingWordsAndAYear() {
        assertThat(RoleMentions.creditsDirector("Nadia Froelich's The Ninth Lock follows a safecracker.", "The Ninth Lock")).isTrue();
        assertThat(RoleMentions.creditsDirector("That's Tamar Greaves's spare, funny and finally shattering 2025 road movie.",
                "Meridian Road")).isTrue();
    }

    @Test
    void aPossessiveOpeningAClauseOfItsOwn_creditsNoOne() {
        assertThat(RoleMentions.creditsDirector("But Haskell's restraint is mostly a strength, and the film earns its silence.",
                "Cinder Psalm")).isFalse();
        assertThat(RoleMentions.creditsDirector("Pike's scenes are the best thing in the movie.", "Meridian Road")).isFalse();
    }

    @Test
    void aSentenceWhoseOnePersonIsTheDirectorByPossessive_namesOnlyTheDirector() {
        assertThat(RoleMentions.namesOnlyTheDirector("Lucía Ferrandiz's film looks like an orange exploded on a lens.", "Marmalade Season"))
                .isTrue();
        assertThat(RoleMentions.namesOnlyTheDirector("Lucía Ferrandiz's film is shot by Neve Castellan in gold and green.",
                "Marmalade Season")).isFalse();
        assertThat(RoleMentions.namesOnlyTheDirector("Neve Castellan shoots it in gold and green.", "Marmalade Season")).isFalse();
    }
}
