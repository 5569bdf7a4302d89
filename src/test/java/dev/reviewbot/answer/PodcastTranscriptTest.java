package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A podcast's transcript under its episode line and a subtitle that reads like a heading ("Transcript excerpt,
 * lightly edited for length"): the review has no headings, so "who edited it" finds no section on the editing,
 * and its people are credited in the hosts' own verbs ("X directs it", "Y's editing"); its hosts are its reviewers.
 */
class PodcastTranscriptTest {

    private static final String EPISODE = """
            REEL TALK, Episode 12: Moon Motel
            Transcript excerpt, lightly edited for length
            ANA: Welcome back. This week, Moon Motel.
            BEN: It's a comedy about a motel on Route 66 where the ice machine talks. Rosa Vale plays the night clerk.
            ANA: Kit Marsh directs it like a music video, and I loved every minute.
            BEN: The jokes are all one joke, though. Dev Lund's editing is the only thing that keeps it moving.
            ANA: Four out of five from me. Take your parents.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("podcast", () -> AnswerRig.botOver(Map.of("moon-motel.txt", EPISODE)));

    @Test
    void theDirectorAndTheEditor_namedByTheHostsVerbs_areFound() {
        Answer director = BOT.ask("moon motel director");
        Answer editor = BOT.ask("who cut moon motel");

        assertThat(director.grounded()).isTrue();
        assertThat(director.citations().get(0).quote()).contains("Kit Marsh directs it");
        assertThat(editor.grounded()).isTrue();
        assertThat(editor.citations().get(0).quote()).contains("Dev Lund");
    }

    @Test
    void theSubtitleIsNoSection() {
        Answer answer = BOT.ask("who plays the night clerk in moon motel");

        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().get(0).section()).isEqualTo("Review");
    }

    @Test
    void theHosts_areTheReviewers() {
        Answer answer = BOT.ask("who reviewed moon motel");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).reviewer()).isEqualTo("Ana and Ben");
    }
}
