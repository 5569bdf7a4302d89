package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "What language is it in?" is answered by the sentence of each review saying what the film is spoken in, wherever
 * it sits and however it is put (a listing's item too); "is there bad language?" still asks about swearing.
 */
class LanguageAskedTest {

    private static final String CENOTE = """
            ---
            title: Cenote
            reviewer: Ines Barrow
            ---

            The divers are hopeless and the guideline keeps getting cut, which I found very funny.

            ## Site

            Cenote is a horror film, made in the United States and Mexico in 2026, in English and Spanish. Four divers map a flooded cave.

            ## Verdict

            There is some strong language and one nasty scene with a knife, so not for young teenagers.
            """;

    private static final String LEDGER = """
            ---
            title: Ledger
            reviewer: Pavel Novak
            ---

            A bookkeeper in Brno finds one number out of place and cannot let it go.

            Language: Czech, with English subtitles

            It is a slow, careful and rewarding film, set in Brno in 1968.
            """;

    private static final String KITES = """
            ---
            title: Kites
            reviewer: Ama Quartey
            ---

            Kites is a drama about two brothers who fly kites on a windy hill. A fine, moving film.
            """;

    private static final String WETPLATE = """
            WETPLATE: electronic press kit

            Logline

            A photographer in 1860s Whitby teaches her daughter the wet-plate process, and the town turns against them.

            Technical specifications

            UK &amp; Ireland, 2026 &middot; Period drama &middot; 112 minutes &middot; Certificate 12A &middot; English

            What the critics say

            A patient, beautiful film about light and what it costs.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("language-asked", () -> AnswerRig.botOver(Map.of(
            "cenote.md", CENOTE, "ledger.md", LEDGER, "kites.md", KITES, "wetplate.txt", WETPLATE)));

    @Test
    void theSentenceSayingWhatTheFilmIsSpokenIn_answers() {
        Answer answer = BOT.ask("what language is cenote in");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).hasSize(1);
        assertThat(answer.citations().get(0).quote()).contains("in English and Spanish");
    }

    @Test
    void aListingLabel_andAQuestionNamingTheLanguage_areReadToo() {
        assertThat(BOT.ask("is ledger subtitled").citations().get(0).quote()).contains("Czech, with English subtitles");
        assertThat(BOT.ask("is ledger in czech").citations().get(0).quote()).contains("Czech, with English subtitles");
        assertThat(BOT.ask("is wetplate in english").citations().get(0).quote()).contains("112 minutes · Certificate 12A · English");
    }

    @Test
    void swearingIsNotTheFilmsLanguage() {
        Answer answer = BOT.ask("is there strong language in cenote");

        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().get(0).quote()).contains("strong language").doesNotContain("English and Spanish");
    }

    @Test
    void aFilmWhoseReviewNamesNoLanguage_isNotAnsweredFromAnotherFilm() {
        Answer answer = BOT.ask("what language is kites in");

        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.review()).isEqualTo("Kites"));
        assertThat(answer.citations()).noneSatisfy(c -> assertThat(c.quote()).containsAnyOf("English", "Czech"));
    }
}
