package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.review.Section;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Web pages list facts on lines whose parts are set apart by middle dots ("12A · 101 mins · UK 2026", a forum
 * member's "Stockport · Member since 2009 · Posts: 4,812"): facts for a runtime question, never the reviewer's opinion.
 */
class ListingLineTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("listing-line", () -> AnswerRig.botOver(Map.of(
            "gannet-bay.md", """
                    ---
                    title: Gannet Bay
                    reviewer: Morag Lyle
                    ---
                    ## Gannet Bay

                    12A · 96 mins · UK 2026 · Dir. Ewan Dall.

                    Every year we champion one film, and this year the choice was easy. Gannet Bay is the warmest comedy
                    of the year, and Isla Rood is wonderful as the harbour master.

                    The last act goes soft, but the audience laughed from start to finish. Book early.
                    """,
            "kelp-street.md", """
                    ---
                    title: Kelp Street
                    reviewer: Ron Abbot
                    ---
                    ## Verdict

                    A grim little thriller that never finds its feet. Skip it.
                    """)));

    @Test
    void aListingLine_hasTwoMiddleDotSeparators() {
        assertThat(Section.isListingLine("12A · 96 mins · UK 2026")).isTrue();
        assertThat(Section.isListingLine("Ron Abbot · Stockport · Member since 2009")).isTrue();
        assertThat(Section.isListingLine("Gethin · 3 days ago")).isFalse();
        assertThat(Section.isListingLine("A warm, funny film.")).isFalse();
    }

    @Test
    void theVerdict_isTheReviewersWords_notThePagesListing() {
        Answer answer = BOT.ask("is gannet bay worth a watch?");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).extracting(Citation::quote).noneMatch(q -> q.contains("·"))
                .anyMatch(q -> q.startsWith("Every year we champion"));
    }

    @Test
    void whatWasGood_isNeverTheListing() {
        Answer answer = BOT.ask("best things about gannet bay");

        assertThat(answer.citations()).extracting(Citation::quote).noneMatch(q -> q.contains("·"));
    }

    @Test
    void theRuntime_isStillReadFromTheListing() {
        Answer answer = BOT.ask("how long is gannet bay");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("96 mins");
    }
}
