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
 * Pros and cons from hand-scored sentences: a sentence leaning exactly as far as the least quotable polarity is
 * quoted, and a section whose sentences lean exactly as far as a pros or cons section must counts as one, while a
 * section that leans neither way on average is no cons section.
 */
class ProsAndConsSectionsAtTheirThresholdsTest {

    private static final double SECTION = 0.5;
    private static final double LEAST = 0.25;

    private static final ProsAndCons PROS_AND_CONS = new ProsAndCons(
            new OpinionReader(null, SentencePolarity.NONE,
                    new OpinionSettings(Map.of(), 2, 2, null, null, 0, 0, 1, SECTION, LEAST, 0, 0)),
            new AspectVocabulary(List.of(), Set.of()));

    private static Passage section(String heading, int index, String text, Double... polarities) {
        return new Passage("quay-" + index, "quay", "Quay Lights", "Mo Reyes", heading, index, 0, text,
                new Polarities(List.of(polarities)));
    }

    private static Optional<Answer> ask(int side, Passage... passages) {
        Question question = new Question("what is good or bad about quay lights?", "quay lights", List.of("Quay Lights"),
                List.of(), List.of(), List.of(), List.of(), null, false, null, List.of(), List.of(), null, null);
        return PROS_AND_CONS.answer(question, new OpinionAsk(OpinionKind.PROS_CONS, side, 0, 1), List.of(passages), 1);
    }

    @Test
    void aSentenceLeaningJustFarEnough_isQuotedAsAPro() {
        Optional<Answer> answer = ask(1, section("Thoughts", 1,
                "The harbour scenes are shot with a calm and steady eye.", LEAST));

        assertThat(answer).hasValueSatisfying(a -> assertThat(a.text()).contains("calm and steady eye"));
    }

    @Test
    void aSectionLeaningJustFarEnoughOnAverage_isThePros_aheadOfAWarmerSentenceElsewhere() {
        Optional<Answer> answer = ask(1,
                section("The Good", 1, "The harbour scenes are shot with a calm and steady eye. "
                        + "The two leads share an easy and believable friendship.", SECTION, SECTION),
                section("Thoughts", 2, "Every frame of the closing storm is an absolute marvel to behold.", 0.9));

        assertThat(answer).hasValueSatisfying(a -> assertThat(a.citations())
                .allSatisfy(c -> assertThat(c.section()).isEqualTo("The Good")));
    }

    @Test
    void aSectionLeaningJustFarEnoughAgainst_isTheCons_aheadOfAHarsherSentenceElsewhere() {
        Optional<Answer> answer = ask(-1,
                section("The Bad", 1, "The middle hour wanders without any clear sense of purpose. "
                        + "The supporting cast is given far too little to do.", -SECTION, -SECTION),
                section("Thoughts", 2, "The final scene is a crude and utterly baffling misstep.", -0.9));

        assertThat(answer).hasValueSatisfying(a -> assertThat(a.citations())
                .allSatisfy(c -> assertThat(c.section()).isEqualTo("The Bad")));
    }

    @Test
    void aSectionBalancedBetweenPraiseAndBlame_isNoConsSection() {
        Optional<Answer> answer = ask(-1,
                section("Mixed Bag", 1, "The harbour scenes are shot with a calm and steady eye. "
                        + "The middle hour wanders without any clear sense of purpose.", 0.3, -0.3),
                section("Thoughts", 2, "The final scene is a crude and utterly baffling misstep.", -0.9));

        assertThat(answer).hasValueSatisfying(a -> assertThat(a.text()).contains("crude and utterly baffling")
                .doesNotContain("wanders"));
    }
}
