package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the extractive answerer quotes and where a quote starts and stops (the sentence after the best, the one
 * before when the best opens with a pronoun or is short, about 75 words at most), a second reviewer beside the
 * first, the verdict's two ends for a summary, and the words of each decline.
 */
class QuotesAndDeclinesTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("harbour", HarbourReviews::bot);

    @RegisterExtension
    static final AnswerRig EMPTY = AnswerRig.over("empty", () -> AnswerRig.botOver(Map.of()));

    private static Answer ask(String question) {
        return BOT.ask(question);
    }

    private static int words(String text) {
        return text.split("\\s+").length;
    }

    @Test
    void aBestSentenceOpeningWithAPronoun_isQuotedWithTheSentenceBeforeIt() {
        Answer answer = ask("how is Dario Fenn in harbour lights?");

        assertThat(answer.citations().get(0).quote()).isEqualTo("She never raises her voice. Her son is played by Dario Fenn, "
                + "who is stiff and unconvincing in the big scenes.");
        assertThat(answer.citations().get(0).label()).isEqualTo("Harbour Lights, Acting (Wren Talbot)");
    }

    @Test
    void aLongBestSentence_isQuotedWithTheOneAfterIt_only() {
        Answer answer = ask("how is the cinematography in harbour lights?");

        assertThat(answer.citations().get(0).quote())
                .startsWith("The cinematographer Ola Brandt frames the grey coast")
                .endsWith("as the glass gives way around the keeper.")
                .doesNotContain("Those final images");
    }

    @Test
    void aQuoteWithItsContext_staysWithinAbout75Words_droppingTheSentenceBeforeFirst() {
        Answer answer = ask("how is the storm sequence in harbour lights?");

        String quote = answer.citations().get(0).quote();
        // The best sentence opens with "It": the one before would be context, but the three run to about 100 words.
        assertThat(quote).startsWith("It is the storm sequence that stays with you")
                .endsWith("the most beautiful things I have seen on a screen in years.");
        assertThat(words(quote)).isBetween(50, 75);
    }

    @Test
    void anotherReviewerWhoSaysAsMuch_isQuotedBesideTheBest() {
        Answer answer = ask("how is Iris Vane in harbour lights?");

        assertThat(answer.citations()).extracting(Citation::reviewer).containsExactlyInAnyOrder("Sol Okafor", "Wren Talbot");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.quote()).startsWith("Iris Vane"));
        // The second opinion is the sentence alone, without context.
        assertThat(answer.citations().get(1).quote()).doesNotContain(". ");
    }

    @Test
    void aSummary_quotesEachVerdictsFirstAndLastSentence() {
        Answer answer = ask("summarize harbour lights");

        assertThat(answer.citations()).extracting(Citation::quote).containsExactly(
                "A moving, handsome film that earns its slow pace. [...] See it on the biggest screen you can find.",
                "Harbour Lights is uneven but sincere. [...] I would recommend it to patient viewers.", "rating: 3/5");
        assertThat(answer.citations()).extracting(Citation::section).containsExactly("Final Thoughts", "Verdict", "Front matter");
    }

    @Test
    void askedWhetherItIsWorthIt_theVerdictsOpeningAndItsClosingTwoSentences() {
        Answer answer = ask("is harbour lights worth watching?");

        assertThat(answer.citations()).extracting(Citation::quote).containsExactly(
                "A moving, handsome film that earns its slow pace. Iris Vane has never been better. See it on the biggest screen you can find.",
                "Harbour Lights is uneven but sincere. [...] The final storm is worth the wait. I would recommend it to patient viewers.",
                "rating: 3/5");
    }

    @Test
    void aVerdictOfTwoSentences_isQuotedWhole_andAReviewerAskedFor_isTheOnlyOneQuoted() {
        assertThat(ask("summarize cinder road").citations()).singleElement()
                .satisfies(c -> assertThat(c.quote()).isEqualTo("A scrappy road movie with a good heart. Bring snacks."));
        assertThat(ask("what was Sol Okafor's verdict on harbour lights?").citations()).singleElement()
                .satisfies(c -> assertThat(c.reviewer()).isEqualTo("Sol Okafor"));
        // Her verdict, then her rating: nobody else's.
        assertThat(ask("what did Wren Talbot think?").citations()).extracting(Citation::label).containsExactly(
                "Harbour Lights, Verdict (Wren Talbot)", "Harbour Lights, Front matter (Wren Talbot)");
    }

    @Test
    void aSummaryOfNoFilm_asksWhichFilm() {
        Answer answer = ask("summarize it");

        assertThat(answer).isInstanceOf(Answer.Declined.class);
        assertThat(((Answer.Declined) answer).reason()).isEqualTo("Which film should I summarize?");
        assertThat(((Answer.Declined) answer).offers()).containsExactly("Cinder Road", "Harbour Lights");
        assertThat(answer.text()).isEqualTo("Which film should I summarize? You could ask about: Cinder Road, Harbour Lights.");
    }

    @Test
    void anAspectTheReviewsDoNotCover_isDeclinedNamingIt_withTheFilmsSections() {
        assertThat(ask("how is the acting in cinder road?").text()).isEqualTo(
                "The stored reviews of Cinder Road don't say anything about its acting. You could ask about: Introduction, Story, Verdict.");
        assertThat(ask("who composed the music for cinder road?").text()).startsWith(
                "The stored reviews of Cinder Road don't say anything about its music.");
    }

    @Test
    void somethingNoReviewMentions_orANameNoReviewUses_isDeclinedAboutThat() {
        String aboutThat = "The stored reviews of Cinder Road don't say anything about that. You could ask about: Introduction, Story, Verdict.";

        assertThat(ask("what about the dog in cinder road?").text()).isEqualTo(aboutThat);
        assertThat(ask("is Tom Hanks in cinder road?").text()).isEqualTo(aboutThat);
    }

    @Test
    void anEmptyLibrary_saysItHoldsNoReviews() {
        assertThat(EMPTY.ask("how is the acting?").text()).isEqualTo("The library holds no reviews yet.");
        assertThat(EMPTY.ask("summarize it").text()).isEqualTo("The library holds no reviews yet.");
        assertThat(EMPTY.ask("how is the acting in the godfather?").text()).isEqualTo("I have no review of godfather. I have no reviews yet.");
    }
}
