package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Who wrote the songs?": a sentence that names the role and a person ("the songs by Ettie Castell") answers before
 * the opening of a section whose heading covers the role ("What's the Story"), whose names are the characters'.
 */
class RoleNamedBeforeItsHeadingTest {

    private static final String PIP = """
            ---
            title: Pip and the Paper Dragon
            reviewer: Mara Quill
            ---
            ## What's the Story

            Eight-year-old Pip (voiced by Hazel Okafor) lives above her grandfather's stationery shop in the rainy town of Foldwick. When she folds a dragon from an old map, it wakes up and calls itself Crinkle.

            ## Is It Any Good

            Very. The rain scene is both funny and clever. Jonah Whitcombe's screenplay is full of jokes for adults, and the songs by Ettie Castell are catchy without being annoying.

            ## What's in It

            Violence & Scariness: Baron Papercut is genuinely menacing, with a voice like tearing paper. Crinkle is torn in half during the climax (he gets glued back together).
            Language: "Stupid" and "shut up" are said a couple of times.
            """;

    private static final String CAPO = """
            Capo (a review in song), chords by Jill Cockcroft, film critic of The Sherwood Strum.

            Now Kip's made a fortune writing jingles for the telly,
            He offers Reggie money and a sofa and a deli.
            The songs are the best thing in it, and the rest is wearing thin.

            Critic's note. Capo is a British music drama of 2026, 98 minutes long, directed by Kavya Blenkinsop, with songs by Elva Sowerbutts, photography by Mehdi Walmsley and editing by Laurie Jaggard. Wallace Coles is superb as Reggie.

            strum_and_drang: is the film actually good or just the song lol
            Jill Cockcroft (author): Both, roughly. Go for Wallace Coles and the songs.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("role-named-before-its-heading",
            () -> AnswerRig.botOver(Map.of("pip.md", PIP, "capo.txt", CAPO)));

    @Test
    void theSentenceNamingTheRole_answersBeforeTheStorysOpening() {
        Answer answer = BOT.ask("who wrote the songs in pip and the paper dragon");

        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().get(0).quote()).contains("Ettie Castell");
    }

    /** Asked two roles at once ("wrote": the writing's, "songs": the music's), the question's own word credited answers. */
    @Test
    void theSentenceCreditingTheAskedWork_answersAQuestionOnTwoRoles() {
        Answer answer = BOT.ask("who wrote the songs for capo");

        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().get(0).quote()).contains("songs by Elva Sowerbutts");
    }
}
