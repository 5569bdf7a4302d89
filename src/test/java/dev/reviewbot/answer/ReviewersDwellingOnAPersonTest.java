package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.Passage;
import dev.reviewbot.library.Polarities;
import dev.reviewbot.opinion.OpinionAsk;
import dev.reviewbot.opinion.OpinionKind;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.retrieval.Retrieval;
import dev.reviewbot.retrieval.ScoredPassage;
import dev.reviewbot.retrieval.Terms;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * "Do the reviewers agree about Lindqvist?" from hand-scored passages, with no fitted scoring model: each reviewer
 * is quoted where the review dwells on her (the section naming her most), not where it names her in passing beside
 * other things, however well that passage was retrieved (nor on a sentence there that does not name her; of two
 * equally retrieved sentences dwelling on her, the first ranked); and a reviewer who also leans the other way on her in the
 * same section is quoted on that too, once the sentence leans at least as far as a second sentence must.
 */
class ReviewersDwellingOnAPersonTest {

    private static final double SECOND_SENTENCE = 0.25;
    private static final String FILM = "Quay Lights";

    /**
     * "Do the reviewers agree about Ada Lindqvist?" over two reviews ("a", "b") of the film. Built per call, not held
     * in a static field, so that PIT's mutants of the constructor are exercised by every test.
     */
    private static Answer askWhetherTheyAgree(List<ScoredPassage> passages) {
        Catalog catalog = new Catalog(1, List.of(
                new Review("a", FILM, 2024, "A", null, "a.md", List.of(new Section("Review", "text"))),
                new Review("b", FILM, 2024, "B", null, "b.md", List.of(new Section("Review", "text")))));
        Question question = new Question("do the reviewers agree about ada lindqvist in quay lights?", "ada lindqvist",
                List.of(FILM), List.of(), List.of(), List.of(), List.of(), null, false, null, List.of("Ada Lindqvist"),
                List.of(), null, null);
        // No fitted scoring model: each sentence weighs only as its passage was retrieved.
        Disagreement disagreement = new Disagreement(new AspectVocabulary(List.of(), Set.of()),
                new Terms(new StandardAnalyzer()), SECOND_SENTENCE, null, Set.of());
        return disagreement.answer(question, new OpinionAsk(OpinionKind.DISAGREEMENT, 0, 0, 1), FILM,
                new Retrieval(passages, Map.of()), catalog, id -> List.of()).orElseThrow();
    }

    private static ScoredPassage passage(String review, int section, int index, double score, String text, Double... polarities) {
        Passage passage = new Passage(review + "-" + section + "-" + index, review, FILM, review.toUpperCase(),
                "Section " + section, section, index, text, new Polarities(List.of(polarities)));
        return new ScoredPassage(passage, score, 0, false, score);
    }

    private static final String IN_PASSING = "Lindqvist is fine here, but the harbour photography and the score are the real stars.";
    private static final String DWELLS = "Lindqvist carries every single scene with a quiet and steady ferocity.";
    private static final String DOUBTS = "Now and then Lindqvist pushes a little too hard in the quieter scenes.";
    private static final String PLAIN = "The supporting cast is solid, if rarely given much of interest to do.";
    private static final String ASIDE = "The harbour at dusk is filmed with real patience and a painter's care.";
    private static final String B_PRAISE = "Lindqvist is luminous in the lead and the film rests easily on her.";
    private static final String B_MILD = "Lindqvist sometimes seems a touch unsure of the accent she is using.";
    private static final String B_HARSH = "Lindqvist badly fumbles the big confrontation scene in the final reel.";

    @Test
    void eachReviewerIsQuotedWhereTheyDwellOnHer_withWhereTheyAlsoDoubtHer() {
        List<ScoredPassage> passages = List.of(
                passage("a", 2, 0, 0.5, DWELLS, 0.9),
                passage("a", 2, 1, 0.5, DOUBTS, -SECOND_SENTENCE),
                passage("a", 2, 2, 0.8, ASIDE, 0.6),
                passage("a", 1, 0, 0.9, IN_PASSING + " The town itself feels lived in and real. " + PLAIN, 0.4, 0.5, 0.3),
                passage("b", 1, 0, 0.6, B_PRAISE, 0.7),
                passage("b", 1, 1, 0.4, B_MILD, -SECOND_SENTENCE),
                passage("b", 1, 2, 0.2, B_HARSH, -0.5));

        Answer answer = askWhetherTheyAgree(passages);

        assertThat(answer.citations()).extracting(Citation::quote).containsExactly(DWELLS, B_PRAISE, DOUBTS, B_HARSH);
    }

    @Test
    void aReviewerBarelyLeaningTheOtherWay_isQuotedOnlyOnTheirMainView() {
        String slightDoubt = "The second act asks rather less of Lindqvist than it might have done.";
        List<ScoredPassage> passages = List.of(
                passage("a", 1, 0, 0.5, DWELLS + " " + slightDoubt, 0.8, -0.1),
                passage("b", 1, 0, 0.5, B_PRAISE, 0.6));

        Answer answer = askWhetherTheyAgree(passages);

        assertThat(answer.citations()).extracting(Citation::quote).containsExactly(DWELLS, B_PRAISE);
    }

    @Test
    void aReviewWrittenWithoutCapitals_namesHerToo() {
        // A video's transcript: no capitals anywhere, so her name is told by its letters alone.
        String transcript = "first problem ada lindqvist is just wooden in this one";
        List<ScoredPassage> passages = List.of(
                passage("a", 1, 0, 0.5, DWELLS, 0.8),
                passage("b", 1, 0, 0.5, transcript, -0.6));

        Answer answer = askWhetherTheyAgree(passages);

        assertThat(answer.citations()).extracting(Citation::quote).containsExactly(DWELLS, transcript);
    }

    @Test
    void aCapitalisedSentence_namesHerOnlyWithHerCapitals() {
        assertThat(RoleMentions.namesPerson("first problem ada lindqvist is just wooden", "Ada Lindqvist")).isTrue();
        assertThat(RoleMentions.namesPerson("Lindqvist carries every scene.", "Ada Lindqvist")).isTrue();
        assertThat(RoleMentions.namesPerson("The wood is dark and the lindqvist brand of gloom is everywhere.", "Ada Lindqvist")).isFalse();
        assertThat(RoleMentions.namesPerson("Lindqvistova plays the aunt.", "Ada Lindqvist")).isFalse();
    }
}
