package dev.reviewbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleMatcherTest {

    private static final TitleMatcher FILMS = new TitleMatcher(List.of("Ballerina", "The Salt Road", "Hollow Creek", "Up", "Heat", "Heat 2"));

    @Test
    void findsTitlesDespiteCasePunctuationTyposAndAMissingThe() {
        assertThat(FILMS.titlesIn("how is the acting in BALLERINA?")).containsExactly("Ballerina");
        assertThat(FILMS.titlesIn("was balerina any good")).containsExactly("Ballerina");
        assertThat(FILMS.titlesIn("Who directed Salt Road?")).containsExactly("The Salt Road");
        assertThat(FILMS.titlesIn("How does Hollow-Creek look?")).containsExactly("Hollow Creek");
    }

    @Test
    void shortTitlesMustMatchExactly_andTheLongerTitleWins() {
        assertThat(FILMS.titlesIn("is Up worth watching")).containsExactly("Up");
        assertThat(FILMS.titlesIn("is heap good")).isEmpty();
        assertThat(FILMS.titlesIn("is Heat 2 better")).containsExactly("Heat 2");
    }

    @Test
    void closest_resolvesWhatAUserTyped() {
        assertThat(FILMS.closest("the salt roads")).isEqualTo("The Salt Road");
        assertThat(FILMS.closest("Oppenheimer")).isNull();
    }
}
