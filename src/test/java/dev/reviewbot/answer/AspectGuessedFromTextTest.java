package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.retrieval.Retrieval;
import dev.reviewbot.retrieval.ScoredPassage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In a review without headings each passage's aspect is only a guess from its own text. A passage guessed to be
 * about the music that never names it is no section on the music: its opening sentence does not answer "what does
 * the music sound like" over the sentence that says what the music is.
 */
class AspectGuessedFromTextTest {

    private static final String QUAYSIDE = """
            ---
            title: Quayside
            reviewer: Imke Sorel
            ---

            You know the shop. Everyone knows the shop: the big yellow box off the bypass, the arrows on the floor,
            the little pencils. Quayside knows that you know it, and for an hour that is the most fun you will have
            this winter.

            Then you will jump. Tomas Reyes's camera glides down the aisles at trolley height, and the showrooms turn
            into pages from a nightmare catalogue. Lidia Moor's music is the cheerful shop jingle slowed down until it
            sounds like a funeral.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("aspect-guessed-from-text", () -> AnswerRig.botOver(Map.of(
            "quayside.md", QUAYSIDE)));

    @Test
    void aPassageGuessedToBeOnTheMusic_thatNeverNamesIt_doesNotOpenASectionOnIt() {
        AnswerService.Prepared prepared = BOT.answers().prepare("what does the music in quayside sound like", Optional.empty());
        // The guess as the tagger can make it: the shop passage labelled with the music, the other with the scares.
        List<ScoredPassage> guessed = prepared.retrieval().passages().stream().map(p -> {
            boolean shop = p.passage().text().startsWith("You know the shop");
            return new ScoredPassage(p.passage().withAspects(List.of(shop ? "music" : "scares")), p.similarity(),
                    p.lexical(), shop, p.score());
        }).toList();
        ExtractiveAnswerer answerer = BOT.bot().extractiveAnswerer(BOT.bot().scoring(), SentenceSimilarity.NONE);

        Answer answer = answerer.answer(prepared.question(), new Retrieval(guessed, prepared.retrieval().termWeights()),
                prepared.catalog());

        assertThat(guessed).hasSize(2);
        assertThat(answer.citations().get(0).quote()).contains("Lidia Moor's music is the cheerful shop jingle");
    }
}
