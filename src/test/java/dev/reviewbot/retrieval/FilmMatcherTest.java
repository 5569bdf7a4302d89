package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FilmMatcherTest {

    private static final List<String> FILMS = List.of("Ballerina", "The Salt Road", "Hollow Creek", "Up", "Heat", "Heat 2");

    @Test
    void findsTitlesDespiteCasePunctuationTyposAndAMissingThe() {
        assertThat(FilmMatcher.filmsIn("how is the acting in BALLERINA?", FILMS)).containsExactly("Ballerina");
        assertThat(FilmMatcher.filmsIn("was balerina any good", FILMS)).containsExactly("Ballerina");
        assertThat(FilmMatcher.filmsIn("Who directed Salt Road?", FILMS)).containsExactly("The Salt Road");
        assertThat(FilmMatcher.filmsIn("How does Hollow-Creek look?", FILMS)).containsExactly("Hollow Creek");
    }

    @Test
    void shortTitlesMustMatchExactly_andTheLongerTitleWins() {
        assertThat(FilmMatcher.filmsIn("is Up worth watching", FILMS)).containsExactly("Up");
        assertThat(FilmMatcher.filmsIn("is heap good", FILMS)).isEmpty();
        assertThat(FilmMatcher.filmsIn("is Heat 2 better", FILMS)).containsExactly("Heat 2");
    }

    @Test
    void closest_resolvesWhatAUserTyped() {
        assertThat(FilmMatcher.closest("the salt roads", FILMS)).isEqualTo("The Salt Road");
        assertThat(FilmMatcher.closest("Oppenheimer", FILMS)).isNull();
    }
}
