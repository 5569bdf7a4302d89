package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.retrieval.Aspect;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleMentionsTest {

    private static final Aspect WRITING = new Aspect("writing", "writing", List.of("wrote", "dialogue"),
            List.of("script", "screenplay"), List.of(), "", List.of("writer"));
    private static final Aspect ACTING = new Aspect("acting", "acting", List.of("plays"), List.of("performance"), List.of());

    @Test
    void aCapitalisedNameInQuotationMarks_isDropped_whileQuotedPraiseAndPlainWordsStay() {
        assertThat(RoleMentions.withoutQuotedNames("Huston's \"Director\" is imposing, Byrne's \u201CHigh Chancellor\u201D cold."))
                .isEqualTo("Huston's  is imposing, Byrne's  cold.");
        assertThat(RoleMentions.withoutQuotedNames("Critics called it \"a triumph of direction\" last year."))
                .isEqualTo("Critics called it \"a triumph of direction\" last year.");
        assertThat(RoleMentions.withoutQuotedNames("The director keeps it moving.")).isEqualTo("The director keeps it moving.");
    }

    @Test
    void aNameBesideTheRolesWork_isCreditedWithIt() {
        assertThat(RoleMentions.creditsRole("Odile Marchetti's screenplay gets the calls right.", List.of(WRITING))).isTrue();
        assertThat(RoleMentions.creditsRole("Strand's sharp, funny script hits every cliche.", List.of(WRITING))).isTrue();
        assertThat(RoleMentions.creditsRole("It comes from writer Fenella Strand.", List.of(WRITING))).isTrue();
        assertThat(RoleMentions.creditsRole("The screenplay, by Jude Penrose, is tight.", List.of(WRITING))).isTrue();
        assertThat(RoleMentions.creditsRole("The screenplay is by Jude Penrose.", List.of(WRITING))).isTrue();
        assertThat(RoleMentions.creditsRole("Crew: Director: Ida Marsh. Screenplay: Jude Penrose.", List.of(WRITING))).isTrue();
    }

    @Test
    void aNameApartFromTheWork_orAWorkWithoutAPersonsRole_isNotCredited() {
        assertThat(RoleMentions.creditsRole("Hollis Brand argues for a full page of dialogue.", List.of(WRITING))).isFalse();
        assertThat(RoleMentions.creditsRole("The script gives Tully more dignity.", List.of(WRITING))).isFalse();
        assertThat(RoleMentions.creditsRole("Rab Kerr's performance is superb.", List.of(ACTING))).isFalse();
        assertThat(RoleMentions.creditsRole("Intro music: \"Crypt Shuffle\" by Bellhop Audio", List.of(WRITING))).isFalse();
    }

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
