package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A section whose heading names no aspect ("Pieces that fit") is labelled by its meaning, and may hold the cast and
 * then the score: asked about the music, its opening sentence on the cast ("harder than it sounds") sums nothing up.
 * The sentence that names the music answers. A heading naming the aspect in the question's words ("The jokes") still
 * has its opening sentence sum it up.
 */
class SectionLabelledByMeaningTest {

    private static final String BURROW = """
            ---
            title: Burrow
            reviewer: Yolande Dewhirst
            ---

            Burrow is a British animated film of 2026, 84 minutes long and rated U.

            ## Pieces that fit

            Urith Carberry voices Fennel with real wonder and no cuteness at all, which is harder than it sounds. Ynyr Drabble steals the film as Old Furze, a grumbling, insomniac hedgehog who talks to his own prickles, and every one of his lines got a laugh. Eabha Blay's music, a woodwind quintet and a music box, is lovely and never too sweet. Eadric Fearnley makes Nettlebone a silky, purring villain.

            ## Pieces missing

            The middle drags. After a brilliant first half hour the story goes round in circles.

            ## The Jokes

            Most of the gags land, and the hedgehog gets the best of them. Some of the puns are for the grown-ups.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("labelled-by-meaning", () -> AnswerRig.botOver(Map.of("burrow.md", BURROW)));

    @Test
    void aSectionsOpening_onAnotherPart_isNoAnswerOnTheMusic() {
        Answer answer = BOT.ask("burrow music");

        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().get(0).quote()).contains("Eabha Blay's music").doesNotContain("Urith Carberry");
    }

    @Test
    void aHeadingNamingThePart_inTheQuestionsWords_opensOnIt() {
        assertThat(BOT.ask("is burrow funny").citations().get(0).quote()).startsWith("Most of the gags land");
    }
}
