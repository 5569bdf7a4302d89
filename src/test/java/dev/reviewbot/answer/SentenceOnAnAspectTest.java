package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.library.Passage;
import dev.reviewbot.library.Polarities;
import dev.reviewbot.retrieval.Aspect;
import dev.reviewbot.retrieval.AspectVocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an opinion answer takes a stored sentence to be about (the labels its passage was given at ingest, its
 * heading for a passage stored before labelling, or its own words), whether it names the aspect, and whether it is
 * long enough to stand as a pro or con.
 */
class SentenceOnAnAspectTest {

    private static final AspectVocabulary VOCABULARY = AnswerRig.over("ranking-films-aspect", RankingFilmsOnAnAspectTest::bot)
            .bot().aspectParts().vocabulary();

    private static Aspect aspect(String name) {
        return VOCABULARY.aspects().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static OpinionSentence sentence(String section, List<String> labels, String text) {
        Passage passage = new Passage("p", "r", "Film", "Critic", section, 1, 0, text, new Polarities(List.of(0.5)), labels);
        return OpinionSentence.of(List.of(passage)).get(0);
    }

    @Test
    void aPassageStoredBeforeLabelling_isOnWhatItsHeadingNames_aWholeReviewOnNothingItDoesNotName() {
        Aspect music = aspect("music");

        assertThat(sentence("Music", null, "It soars in the final reel.").about(music, VOCABULARY)).isTrue();
        assertThat(sentence(dev.reviewbot.review.Section.WHOLE_REVIEW, null, "It soars in the final reel.").about(music, VOCABULARY)).isFalse();
        assertThat(sentence("Acting", null, "It soars in the final reel.").about(music, VOCABULARY)).isFalse();
    }

    @Test
    void aLabelledPassage_isOnItsLabels_notItsHeading_unlessTheSentenceNamesTheAspect() {
        Aspect music = aspect("music");

        assertThat(sentence("Music", List.of("acting"), "It soars in the final reel.").about(music, VOCABULARY)).isFalse();
        assertThat(sentence("Acting", List.of("music"), "It soars in the final reel.").about(music, VOCABULARY)).isTrue();
        assertThat(sentence("Acting", List.of(), "The score soars in the final reel.").about(music, VOCABULARY)).isTrue();
    }

    @Test
    void namingTheAspect_meansSayingItInWords_notSittingUnderItsHeading() {
        Aspect music = aspect("music");

        assertThat(sentence("Music", List.of("music"), "The score soars in the final reel.").names(music, VOCABULARY)).isTrue();
        assertThat(sentence("Music", List.of("music"), "It soars in the final reel.").names(music, VOCABULARY)).isFalse();
    }

    @Test
    void fiveWordsStandAsAProOrCon_fourDoNot() {
        assertThat(sentence("Music", List.of(), "The score is very grand.").quotable()).isTrue();
        assertThat(sentence("Music", List.of(), "The score soars.").quotable()).isFalse();
        assertThat(sentence("Music", List.of(), "So would row F.").quotable()).isFalse();
    }

    @Test
    void aComparedQuestion_dropsNoWordsForATitleThatHasNone() {
        assertThat(ComparedQuestion.about("compare ?! and harbour lights", List.of("?!", "Harbour Lights"), "Harbour Lights"))
                .isEqualTo("?! and harbour lights");
    }
}
