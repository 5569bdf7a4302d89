package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.library.Passage;
import dev.reviewbot.library.Polarities;
import dev.reviewbot.library.SentencePolarity;
import dev.reviewbot.opinion.OpinionAsk;
import dev.reviewbot.opinion.OpinionKind;
import dev.reviewbot.opinion.OpinionReader;
import dev.reviewbot.opinion.OpinionSettings;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.Question;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, pros and cons: "pros and cons of X" quotes both sides, the pros first; a labelled list ("Cons:" and
 * its items) is a side of its own, its items quoted however short or faintly scored; from hand-scored sentences.
 */
class ProsAndConsListsTest {

    private static final ProsAndCons PROS_AND_CONS = new ProsAndCons(
            new OpinionReader(null, SentencePolarity.NONE,
                    new OpinionSettings(Map.of(), 2, 2, null, null, 0, 0, 0.1, 0.2, 0.2, 0, 0)),
            new AspectVocabulary(List.of(), Set.of()));

    private static Passage paragraph(String heading, int section, int index, String text, Double... polarities) {
        return new Passage("reef-" + section + "." + index, "reef", "Reef Light", "Mo Reyes", heading, section, index, text,
                new Polarities(List.of(polarities)));
    }

    private static Optional<Answer> ask(OpinionAsk ask, int maxQuotes, Passage... passages) {
        Question question = new Question("reef light?", "reef light", List.of("Reef Light"),
                List.of(), List.of(), List.of(), List.of(), null, false, null, List.of(), List.of(), null, null);
        return PROS_AND_CONS.answer(question, ask, List.of(passages), maxQuotes);
    }

    private static OpinionAsk side(int side) {
        return new OpinionAsk(OpinionKind.PROS_CONS, side, side, 1);
    }

    private static final OpinionAsk BOTH = new OpinionAsk(OpinionKind.PROS_CONS, 0, 0, 1, true);

    private static final Passage[] TWO_SIDES = {
            paragraph("Thoughts", 1, 0, "The harbour scenes are shot with a calm and steady eye. "
                    + "The two leads share an easy and believable friendship.", 0.8, 0.6),
            paragraph("Quibbles", 2, 0, "The middle hour wanders without any clear sense of purpose.", -0.7),
    };

    @Test
    void bothSides_quoteTheStrongestProsFirst_thenACon() {
        Optional<Answer> answer = ask(BOTH, 3, TWO_SIDES);

        assertThat(answer).hasValueSatisfying(a -> assertThat(a.citations()).extracting(Citation::quote).containsExactly(
                "The harbour scenes are shot with a calm and steady eye.",
                "The two leads share an easy and believable friendship.",
                "The middle hour wanders without any clear sense of purpose."));
    }

    @Test
    void bothSides_withRoomForTwo_quoteOneOfEach() {
        Optional<Answer> answer = ask(BOTH, 2, TWO_SIDES);

        assertThat(answer).hasValueSatisfying(a -> assertThat(a.citations()).extracting(Citation::quote).containsExactly(
                "The harbour scenes are shot with a calm and steady eye.",
                "The middle hour wanders without any clear sense of purpose."));
    }

    @Test
    void bothSides_withNoCon_fillTheRoomWithPros() {
        Optional<Answer> answer = ask(BOTH, 2, TWO_SIDES[0]);

        assertThat(answer).hasValueSatisfying(a -> assertThat(a.citations()).hasSize(2));
    }

    private static final Passage[] LISTS = {
            paragraph("Review", 0, 0, "Pros:", 0.1),
            paragraph("Review", 0, 1, "Two leads with real chemistry", 0.5),
            paragraph("Review", 0, 2, "A score you will hum", 0.3),
            paragraph("Review", 0, 3, "Cons:", 0.2),
            paragraph("Review", 0, 4, "A baggy middle", -0.3),
            paragraph("Review", 0, 5, "The twist is visible from space", 0.05),
            paragraph("Review", 0, 6, "It is violent in short, sharp bursts, so it is one for grown-ups. "
                    + "But it is a very good British thriller all the same.", 0.9, 0.8),
            paragraph("Review", 0, 7, "The final scene is a crude and utterly baffling misstep.", -0.9),
    };

    @Test
    void aConsList_givesTheCons_itsShortAndFaintItemsIncluded_beforeHarsherProse() {
        Optional<Answer> answer = ask(side(-1), 3, LISTS);

        assertThat(answer).hasValueSatisfying(a -> assertThat(a.citations()).extracting(Citation::quote)
                .containsExactly("A baggy middle", "The twist is visible from space"));
    }

    @Test
    void aProsList_givesThePros_andEndsAtTheNextLabel() {
        Optional<Answer> answer = ask(side(1), 3, LISTS);

        assertThat(answer).hasValueSatisfying(a -> assertThat(a.citations()).extracting(Citation::quote)
                .containsExactly("Two leads with real chemistry", "A score you will hum"));
    }

    @Test
    void aListEndsAtALongerParagraph_whichIsNoItemOfIt() {
        // Were the two warm sentences items of "Cons:", that list would lean to praise and be quoted as the pros.
        Optional<Answer> answer = ask(side(1), 3, LISTS[3], LISTS[4], LISTS[5], LISTS[6]);

        assertThat(answer).hasValueSatisfying(a -> assertThat(a.text()).contains("violent in short")
                .doesNotContain("baggy", "visible from space"));
    }

    @Test
    void aListOfOneItem_takesNoSide() {
        Optional<Answer> answer = ask(side(-1), 3, LISTS[3], LISTS[4], LISTS[6],
                paragraph("Quibbles", 2, 0, "The final scene is a crude and utterly baffling misstep.", -0.9));

        assertThat(answer).hasValueSatisfying(a -> assertThat(a.text()).contains("crude and utterly baffling")
                .doesNotContain("baggy"));
    }

    /** A form's line to fill in is the form's, however the model scores it: a reply slip is no praise. */
    @Test
    void aFormsLineToFillIn_isNoPro() {
        Optional<Answer> answer = ask(side(1), 3,
                paragraph("Reply slip", 1, 0, "I give permission for my child ____________ to go to the cinema on Wednesday.", 0.9),
                paragraph("Letter", 2, 0, "The cliffs and the great grey waves look like a picture book come to life.", 0.6));

        assertThat(answer).hasValueSatisfying(a -> assertThat(a.citations()).extracting(Citation::quote).containsExactly(
                "The cliffs and the great grey waves look like a picture book come to life."));
    }
}
