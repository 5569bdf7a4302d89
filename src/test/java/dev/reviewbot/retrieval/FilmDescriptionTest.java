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
    void aTitleAskedAfterTheDescription_isNoPartOfIt() {
        FilmDescription called = FilmDescription.in("whats the documentary about the bell foundry called").orElseThrow();
        FilmDescription named = FilmDescription.in("the film with a dog named Rex, is it good?").orElseThrow();

        assertThat(called.description()).isEqualTo("the bell foundry");
        assertThat(called.rest()).isEqualTo("whats it called");
        assertThat(named.description()).isEqualTo("a dog named Rex");
    }

    @Test
    void aDescriptionOpeningTheQuestion_needsNoArticle() {
        FilmDescription opening = FilmDescription.in("movie about the college radio station, who plays the dj").orElseThrow();

        assertThat(opening.description()).isEqualTo("the college radio station");
        assertThat(opening.rest()).isEqualTo("who plays the dj");
        assertThat(FilmDescription.in("which movie with a dog is best")).isEmpty();
        // A genre before the word for the film is part of that word.
        assertThat(FilmDescription.in("horror film where people get locked in a furniture store overnight").orElseThrow().description())
                .isEqualTo("people get locked in a furniture store overnight");
    }

    @Test
    void askedWhetherTheFilmDescribedIsWorthIt_theVerbOpensTheQuestion() {
        FilmDescription romance = FilmDescription.in("is the botanical illustrator romance any good").orElseThrow();

        assertThat(romance.description()).isEqualTo("botanical illustrator");
        assertThat(romance.rest()).isEqualTo("is it any good");
        assertThat(romance.titlePlace()).isTrue();
        assertThat(FilmDescription.in("was the wind turbine film worth seeing").orElseThrow().rest()).isEqualTo("was it worth seeing");
        // Asked anything else, the words before the film's are a title's ("is the quiet cartographer a horror film").
        assertThat(FilmDescription.in("is the quiet cartographer a horror film")).isEmpty();
        assertThat(FilmDescription.in("is the slipjig album better than the film")).isEmpty();
    }

    @Test
    void aDescriptionMayHoldAYear() {
        FilmDescription speedway = FilmDescription.in("the 1978 speedway comedy, who directed it").orElseThrow();

        assertThat(speedway.description()).isEqualTo("1978 speedway");
        assertThat(speedway.rest()).isEqualTo("who directed it");
        assertThat(FilmDescription.in("is the 1950s dance hall drama any good").orElseThrow().description()).isEqualTo("1950s dance hall");
    }

    @Test
    void anyWordForTheFilm_headsTheDescription_andAWordBeforeItMayHoldDigits() {
        FilmDescription romance = FilmDescription.in("the romance about a lighthouse keeper's daughter in oban, worth seeing?").orElseThrow();
        FilmDescription war = FilmDescription.in("that ww2 drama about land girls on a welsh farm, any good").orElseThrow();

        assertThat(romance.description()).isEqualTo("a lighthouse keeper's daughter in oban");
        assertThat(romance.rest()).isEqualTo("worth seeing?");
        assertThat(war.description()).isEqualTo("land girls on a welsh farm");
        assertThat(FilmDescription.in("the romcom about the woman who names paint colours, worth it").orElseThrow().description())
                .isEqualTo("the woman who names paint colours");
    }

    @Test
    void theOne_isPlacedByAPreposition() {
        FilmDescription azores = FilmDescription.in("plot of the whaling one in the azores?").orElseThrow();

        assertThat(azores.description()).isEqualTo("the azores");
        assertThat(azores.rest()).isEqualTo("plot of it?");
        // A film placed in something is no description: "the film in question" is whichever is asked about.
        assertThat(FilmDescription.in("how is the acting in the film in general")).isEmpty();
    }

    @Test
    void aFilmPlacedSomewhereWithAnArticle_isDescribed() {
        FilmDescription bathhouse = FilmDescription.in("the horror film in the old victorian bathhouse, is it good").orElseThrow();

        assertThat(bathhouse.description()).isEqualTo("the old victorian bathhouse");
        assertThat(bathhouse.rest()).isEqualTo("is it good");
    }

    @Test
    void severalGenres_mayComeBeforeTheWordForTheFilm() {
        assertThat(FilmDescription.in("kids heist movie about a school tortoise, is it a pg").orElseThrow().description())
                .isEqualTo("a school tortoise");
        assertThat(FilmDescription.in("the cold war spy one set in berlin, whos in it").orElseThrow().rest()).isEqualTo("whos in it");
    }

    @Test
    void wordsAskingItsWorth_areNoPartOfTheDescription() {
        FilmDescription yacht = FilmDescription.in("that film about the round-the-world yacht race any good?").orElseThrow();
        FilmDescription boot = FilmDescription.in("is the film about the lost wellington boot ok for kids").orElseThrow();

        assertThat(yacht.description()).isEqualTo("the round-the-world yacht race");
        assertThat(yacht.rest()).isEqualTo("it any good?");
        assertThat(boot.description()).isEqualTo("the lost wellington boot");
        assertThat(boot.rest()).isEqualTo("is it ok for kids");
    }

    @Test
    void aQuestionDescribingNoFilm_hasNoDescription() {
        assertThat(FilmDescription.in("who directed the lifeboat drama?")).isEmpty();
        assertThat(FilmDescription.in("is the acting any good")).isEmpty();
    }

    @Test
    void aDescriptionBeforeTheWordForTheFilm_standsInATitlesPlace() {
        FilmDescription disco = FilmDescription.in("the roller disco movie, who's the lead").orElseThrow();
        FilmDescription bus = FilmDescription.in("the night bus driver thriller how long is it").orElseThrow();

        assertThat(disco.description()).isEqualTo("roller disco");
        assertThat(disco.rest()).isEqualTo("who's the lead");
        assertThat(disco.titlePlace()).isTrue();
        assertThat(bus.description()).isEqualTo("night bus driver");
        assertThat(bus.rest()).isEqualTo("how long is it");
        assertThat(FilmDescription.in("who directed the one about the lifeboat crew").orElseThrow().titlePlace()).isFalse();
        assertThat(FilmDescription.in("is the roller disco movie good")).isEmpty();
    }

    @Test
    void aQuestionAskingWhichFilm_isDescribedByItsOtherWords() {
        FilmDescription set = FilmDescription.asked("which movie is set in a chicago speakeasy?").orElseThrow();
        FilmDescription scene = FilmDescription.asked("what film has a flamethrower scene").orElseThrow();

        assertThat(set.description()).isEqualTo("set in a chicago speakeasy");
        assertThat(set.rest()).isEqualTo("which movie is set in a chicago speakeasy?");
        assertThat(set.titlePlace()).isFalse();
        assertThat(scene.description()).isEqualTo("a flamethrower scene");
        assertThat(FilmDescription.asked("who directed the one about the lifeboat crew")).isEmpty();
        assertThat(FilmDescription.asked("is the acting any good in the movie")).isEmpty();
    }
}
