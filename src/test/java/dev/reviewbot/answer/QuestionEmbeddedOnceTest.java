package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.TestBots;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.library.CountingEmbeddingModel;
import dev.reviewbot.review.ReviewParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A question costs one run of the embedding model, whether or not it names a film: aspects by meaning, the
 * opinion reader's first look and retrieval share it (the model run is most of an uncached answer's time). Only
 * a question naming a film that reads as an opinion question pays more: its text with the title as "the film",
 * and its polarity.
 */
class QuestionEmbeddedOnceTest {

    private static CountingEmbeddingModel model;
    private static ReviewBot bot;

    @BeforeAll
    static void open() throws Exception {
        model = new CountingEmbeddingModel(TestBots.model());
        bot = ReviewBot.inMemory(TestBots.config(Map.of()), TestBots.loader(Map.of()), model);
        bot.library().ingest(List.of(new ReviewParser(64 * 1024).parse("copper-tide.md",
                OpinionAnswersTest.TIDE_ROSA.getBytes(StandardCharsets.UTF_8), null)));
    }

    @AfterAll
    static void close() {
        bot.close();
    }

    private static int embeddingsFor(String question) {
        int before = model.embedded.get();
        bot.answers().ask(null, question, Optional.empty());
        return model.embedded.get() - before;
    }

    @Test
    void aQuestionNamingAFilm_isEmbeddedOnce() {
        assertThat(embeddingsFor("how is the music in copper tide?")).isEqualTo(1);
    }

    @Test
    void aQuestionNamingNoFilm_isEmbeddedOnce() {
        assertThat(embeddingsFor("who plays the captain?")).isEqualTo(1);
    }

    @Test
    void anOpinionQuestionNamingAFilm_addsItsReadingAndItsPolarity_andStillReadsAsOne() {
        int runs = embeddingsFor("what did the reviewer like about copper tide?");

        // The question as asked, with its title read as "the film" (the descriptions: its side), without it (the
        // fitted kinds), and its polarity.
        assertThat(runs).isEqualTo(4);
        Answer answer = bot.answers().ask(null, "what did the reviewer like about copper tide?", Optional.empty()).answer();
        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.section()).isNotEqualTo("Where It Stumbles"));
    }

    @Test
    void aQuestionAboutAFilmNotStored_needsNoEmbedding() {
        assertThat(embeddingsFor("who directed oppenheimer?")).isZero();
    }
}
