package dev.reviewbot.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a review is cut into the passages the bot quotes: never across a paragraph, never over a limit. */
class ChunkerTest {

    private static Review review(Section... sections) {
        return new Review("salt-road--jane", "The Salt Road", 2024, "Jane", null, "salt.md", List.of(sections));
    }

    @Test
    void aPassageHoldsAtMostTheSentenceLimit_andIsNamedBySectionAndPosition() {
        Review review = review(new Section("Plot", "One. Two. Three. Four. Five."), new Section("Acting", "Fine."));

        List<Passage> passages = new Chunker(2, 100).passages(review);

        assertThat(passages).extracting(Passage::text).containsExactly("One. Two.", "Three. Four.", "Five.", "Fine.");
        assertThat(passages).extracting(Passage::id)
                .containsExactly("salt-road--jane#0.0", "salt-road--jane#0.1", "salt-road--jane#0.2", "salt-road--jane#1.0");
        Passage last = passages.get(3);
        assertThat(last.section()).isEqualTo("Acting");
        assertThat(last.sectionIndex()).isEqualTo(1);
        assertThat(last.passageIndex()).isZero();
        assertThat(last.film()).isEqualTo("The Salt Road");
        assertThat(last.reviewer()).isEqualTo("Jane");
        assertThat(last.embeddingText()).isEqualTo("Acting: Fine.");
    }

    @Test
    void theWordLimitIsReachedExactly_butNotPassed() {
        Review review = review(new Section("Plot", "A b c. D e. F."));

        assertThat(new Chunker(10, 5).passages(review)).extracting(Passage::text).containsExactly("A b c. D e.", "F.");
        assertThat(new Chunker(10, 4).passages(review)).extracting(Passage::text).containsExactly("A b c.", "D e. F.");
    }

    @Test
    void aSentenceLongerThanTheLimitIsStillOnePassage_andParagraphsNeverShareOne() {
        Review review = review(new Section("Plot", "one two three four five six.\n\nSeven. Eight."));

        assertThat(new Chunker(5, 3).passages(review)).extracting(Passage::text)
                .containsExactly("one two three four five six.", "Seven. Eight.");
    }

    @Test
    void aPassageSurvivesTheRoundTripThroughItsStoredForm() {
        Passage passage = new Passage("r#2.1", "r", "Up", null, "Score", 2, 1, "It soars.");

        Passage back = Passage.fromSegment("r#2.1", passage.toSegment());

        assertThat(back).isEqualTo(passage);
        assertThat(passage.toSegment().metadata().getString(Passage.FILM_KEY)).isEqualTo("up");
    }
}
