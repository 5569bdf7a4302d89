package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.SmallReviews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 8, point 2: who reviewed it, its rating, its year, the highest rated, a reviewer's films; cited. */
class MetadataAnswersTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("small", SmallReviews::bot);

    private static Answer ask(String question) {
        return BOT.ask(question);
    }

    @Test
    void reviewerAndYear_quoteTheFrontMatterField() {
        Citation reviewer = ask("who reviewed lantern bay?").citations().get(0);
        Citation year = ask("what year is Lantern Bay from?").citations().get(0);

        assertThat(reviewer.quote()).isEqualTo("reviewer: Odette Brill");
        assertThat(reviewer.review()).isEqualTo("Lantern Bay");
        assertThat(year.quote()).isEqualTo("year: 2021");
    }

    @Test
    void aRatingFoundInTheProse_isQuotedFromItsSection() {
        Answer rating = ask("how many stars did marrow lane get");

        assertThat(rating.grounded()).isTrue();
        assertThat(rating.citations().get(0).quote()).contains("★★★½☆");
        assertThat(rating.citations().get(0).section()).isEqualTo("Review");
        assertThat(rating.citations().get(0).reviewer()).isEqualTo("Nadia Ferris");
    }

    @Test
    void twoFieldsAskedAtOnce_areBothQuoted_andAScoreOutOfAHundredIsTheRating() {
        Answer both = ask("who reviewed lantern bay and for what site?");

        assertThat(both.citations()).extracting(Citation::quote)
                .containsExactly("reviewer: Odette Brill", "source: Harbour Pictures Weekly");
        assertThat(ask("which critic was harsher on lantern bay").citations()).extracting(Citation::quote)
                .noneMatch(q -> q.startsWith("reviewer:"));
        assertThat(ask("who wrote the blog post about lantern bay").citations()).extracting(Citation::quote)
                .containsExactly("reviewer: Odette Brill");
        assertThat(ask("lantern bay score out of 100").citations()).extracting(Citation::quote).allMatch(q -> q.startsWith("rating:"));
    }

    @Test
    void highestRated_andAReviewersFilms_lookAcrossTheLibrary() {
        Answer highest = ask("which film is rated highest?");
        Answer byReviewer = ask("which films did Nadia Ferris review?");

        assertThat(highest.citations()).extracting(Citation::review).containsExactly("Lantern Bay");
        assertThat(byReviewer.citations()).extracting(Citation::review).containsExactly("Marrow Lane");
    }

    @Test
    void aMissingField_orAnAgeRating_isDeclined() {
        assertThat(ask("what year is marrow lane from?").grounded()).isFalse();
        assertThat(ask("is lantern bay rated PG-13 or R?").grounded()).isFalse();
    }
}
