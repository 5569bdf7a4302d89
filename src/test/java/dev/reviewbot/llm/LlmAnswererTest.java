package dev.reviewbot.llm;

import static dev.reviewbot.llm.HandBuilt.LANTERN_BAY;
import static dev.reviewbot.llm.HandBuilt.MARROW_LANE;
import static dev.reviewbot.llm.HandBuilt.found;
import static dev.reviewbot.llm.HandBuilt.question;
import static dev.reviewbot.llm.HandBuilt.quote;
import static dev.reviewbot.llm.HandBuilt.quoting;
import static dev.reviewbot.llm.HandBuilt.retrieval;
import static dev.reviewbot.llm.HandBuilt.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.HttpException;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Answerer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.library.Catalog;
import dev.reviewbot.retrieval.Retrieval;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The LLM answerer over an in-process fake model: when the model's answer is shown, and when the user gets
 * the extractive answer instead (the reviews do not answer, the model is slow, down or its answer cannot be
 * checked against the sections it was given).
 */
class LlmAnswererTest {

    private static final Prompts PROMPTS = Prompts.load(Path.of("prompts"));
    private static final Catalog CATALOG = HandBuilt.catalog();
    private static final String QUESTION = "Who shot Lantern Bay, and how does it look?";
    private static final String CAMERA = "Behind the Camera";
    /** The extractive answer: the camera section's first sentence. */
    private static final Answer.Grounded QUOTES = quoting(QUESTION, quote(LANTERN_BAY, CAMERA));
    /** Retrieval ranked the camera section first, then the score, then the other film. */
    private static final Retrieval FOUND = retrieval(found(LANTERN_BAY, CAMERA), found(LANTERN_BAY, "Sound and Fury"),
            found(MARROW_LANE, "Review"));
    private static final LlmConfig.CircuitBreakerSettings TWO_STRIKES =
            new LlmConfig.CircuitBreakerSettings(2, 50, Duration.ofSeconds(30));

    private final MutableClock clock = new MutableClock();
    private final ScriptedChatModel model = new ScriptedChatModel();
    private ModelGateway gateway = model.gateway(Duration.ofSeconds(30), TWO_STRIKES, clock);

    @AfterEach
    void stop() {
        model.release();
        gateway.close();
    }

    /**
     * An LLM answerer over {@code floor}, giving the model at most {@code maxSections}. The floor is an
     * extractive answer built by hand from the same sections (the real ExtractiveAnswerer needs the embedding
     * model's vocabulary): which quotes it picks is the answer tests' business, what is done with them is this one's.
     */
    private LlmAnswerer answerer(Answer floor, int maxSections) {
        Answerer extractive = (question, retrieval, catalog) -> floor;
        return new LlmAnswerer(extractive, gateway, PROMPTS, maxSections, "fake:model");
    }

    private Answer ask(Answer floor) {
        return answerer(floor, 5).answer(question(QUESTION), FOUND, CATALOG);
    }

    private static Answer.Grounded fallback(String note) {
        return new Answer.Grounded(QUESTION, QUOTES.citations(), null, note);
    }

    @Test
    void anAnswerCitingTheSectionsGiven_isShown_citingThoseSectionsWhole() {
        model.answering(sent -> "Rasmus Veld lensed it in wide frames of grey water [1]. "
                + "Lise Dahl's cello score is haunting [2].");

        Answer answer = ask(QUOTES);

        assertThat(answer.text()).isEqualTo("Rasmus Veld lensed it in wide frames of grey water [1]. "
                + "Lise Dahl's cello score is haunting [2].");
        assertThat(answer.citations()).containsExactly(source(1, LANTERN_BAY, CAMERA).citation(),
                source(2, LANTERN_BAY, "Sound and Fury").citation());
        assertThat(((Answer.Grounded) answer).note()).isNull();
    }

    @Test
    void theModelIsSent_theRules_andTheQuestion_andTheSectionsFenced_theQuotedOneFirst() {
        model.answering(sent -> "NOT_IN_REVIEWS");

        ask(QUOTES);

        ScriptedChatModel.Sent sent = model.requests().get(0);
        assertThat(sent.system()).isEqualTo(PROMPTS.system());
        assertThat(sent.user()).contains(Fence.question(QUESTION))
                .contains("<<<SECTION id=1 film=\"Lantern Bay\" section=\"Behind the Camera\" reviewer=\"Odette Brill\">>>\n"
                        + HandBuilt.section(LANTERN_BAY, CAMERA).text().strip() + "\n<<<END>>>")
                .contains("<<<SECTION id=3 film=\"Marrow Lane\" section=\"Review\" reviewer=\"Nadia Ferris\">>>")
                .doesNotContain("id=4");
    }

    @Test
    void atMostTheConfiguredNumberOfSections_areSent() {
        model.answering(sent -> "NOT_IN_REVIEWS");

        answerer(QUOTES, 2).answer(question(QUESTION), FOUND, CATALOG);

        assertThat(model.requests().get(0).user()).contains("<<<SECTION id=2 ").doesNotContain("<<<SECTION id=3 ");
    }

    @Test
    void whenTheReviewsDoNotAnswer_theModelIsNotAsked() {
        Answer declined = new Answer.Declined(QUESTION, "The reviews do not say.", List.of("Lantern Bay"));

        assertThat(ask(declined)).isSameAs(declined);
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void whenNoneOfTheQuotedOrFoundSectionsIsStillInTheLibrary_theModelIsNotAsked() {
        Answer.Grounded stale = quoting(QUESTION, new Citation("Gone Film", "Plot", null, "Lost."));

        assertThat(answerer(stale, 5).answer(question(QUESTION), retrieval(), CATALOG)).isSameAs(stale);
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void anAnswerThatCannotBeChecked_givesTheQuotesInstead() {
        for (String reply : List.of("NOT_IN_REVIEWS", "Rasmus Veld lensed it [9].", "Rasmus Veld lensed it.", "")) {
            model.answering(sent -> reply);
            assertThat(ask(QUOTES)).as(reply).isSameAs(QUOTES);
        }
    }

    @Test
    void anAnswerReciting_theRulesItWasGiven_givesTheQuotesInstead() {
        String firstRule = PROMPTS.answer().template().lines().findFirst().orElseThrow();
        model.answering(sent -> firstRule.replace(".", ",") + " Rasmus Veld lensed it in grey water [1].");

        assertThat(ask(QUOTES)).isSameAs(QUOTES);
    }

    @Test
    void aSlowModel_givesTheQuotes_withANoteThatItTookTooLong() {
        gateway.close();
        gateway = model.gateway(Duration.ofMillis(100), TWO_STRIKES, clock);
        model.hanging();

        Answer answer = ask(QUOTES);

        assertThat(answer).isEqualTo(fallback(LlmAnswerer.NOTE_SLOW));
        assertThat(answer.text()).isEqualTo(QUOTES.text());
    }

    @Test
    void aFailingModel_givesTheQuotes_withANoteThatItIsUnavailable_andIsLeftAloneOnceTheCircuitOpens() {
        model.failing(new HttpException(500, "down"));

        assertThat(ask(QUOTES)).isEqualTo(fallback(LlmAnswerer.NOTE_DOWN));
        assertThat(ask(QUOTES)).isEqualTo(fallback(LlmAnswerer.NOTE_DOWN));
        assertThat(ask(QUOTES)).isEqualTo(fallback(LlmAnswerer.NOTE_DOWN)); // the circuit is open
        assertThat(model.requests()).hasSize(2);
    }

    @Test
    void cachedAnswers_areKeptApart_byModel_andPromptVersion() {
        String identity = answerer(QUOTES, 5).cacheIdentity();
        Prompts otherPrompts = new Prompts(PROMPTS.system() + " Be brief.", PROMPTS.answer(), PROMPTS.rewrite(), "other");

        assertThat(identity).isEqualTo(answerer(QUOTES, 3).cacheIdentity())
                .isNotEqualTo(new LlmAnswerer((q, r, c) -> QUOTES, gateway, PROMPTS, 5, "other:model").cacheIdentity())
                .isNotEqualTo(new LlmAnswerer((q, r, c) -> QUOTES, gateway, otherPrompts, 5, "fake:model").cacheIdentity())
                .isNotEqualTo(((Answerer) (q, r, c) -> QUOTES).cacheIdentity());
    }
}
