package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "How long is X?" is answered by the runtime each review states, wherever it sits (a listing's "Run time: 116
 * minutes" among its other facts, a diarist's "an hour and fifty-six minutes"), not by the passages that happen to
 * match "long"; a moment in the film ("about an hour in") is no runtime.
 */
class RuntimeOfOneFilmTest {

    private static final String LISTING = """
            Cinder Track (Blu-ray, 2026) speedway film, played once

            Item specifics
            Format: Blu-ray
            Director: Merlin Tebb
            Run time: 116 minutes
            Genre: Sport, Comedy

            Item description from the seller
            Selling my Blu-ray of Cinder Track. Played once, no scratches, case and sleeve perfect.

            I bought it because I stood on the terraces every Saturday as a lad and the trailer looked like my childhood.

            Honest answer: not really, sorry. Two stars from me.

            The races look wrong. They have sped the footage up, and the bikes go round like they are on rails.

            The noise is right, I'll give them that: the sound of those engines made the hairs on my arms stand up.

            Rosa Brath mumbles every line. I had the subtitles on by the half-hour mark and still missed half of it.

            It's nearly two hours and it feels like three. The songs are far too loud, like a jukebox left on next door.

            The making-of featurette is twelve minutes, mostly the director saying "mate", and there's a trailer.

            Sent second class within one working day. No returns: it's a film, you either like it or you don't.
            """;

    private static final String DIARY = """
            ---
            title: Cinder Track
            reviewer: Dilys Sprack
            ---

            The premiere, and I'm in it! It's an hour and fifty-six minutes and I never once looked at my watch.

            The races are the best thing I have ever seen in a cinema, and the long race in the rain is a marvel.
            """;

    private static final String JURY = """
            ---
            title: Twelve Chairs
            reviewer: Nell Oake
            ---

            A jury drama set in a Leeds court in the 1970s. The foreman cracks about an hour in, and the film is better for it.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("runtime-of-one-film", () -> AnswerRig.botOver(Map.of(
            "cinder-track.txt", LISTING, "cinder-track-diary.md", DIARY, "twelve-chairs.md", JURY)));

    @Test
    void eachReviewsStatedRuntime_isQuoted() {
        Answer answer = BOT.ask("how long is cinder track");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.text()).contains("Run time: 116 minutes").contains("an hour and fifty-six minutes")
                .doesNotContain("nearly two hours");
    }

    @Test
    void aMomentInTheFilm_isNoRuntime() {
        Answer answer = BOT.ask("how long is twelve chairs");

        assertThat(answer.grounded()).isFalse();
        assertThat(answer.text()).doesNotContain("an hour in");
    }
}
