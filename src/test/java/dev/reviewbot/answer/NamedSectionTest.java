package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.app.ReviewBot;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A question that names one of its film's headings and nothing else ("what works in Dry Creek") is answered from
 * that section's opening: the bot itself offers the headings when it declines, so a user asks for them by name.
 * The question's own auxiliary aside ("what does it get wrong" names "What it gets wrong"), and before any reading of
 * the question as asking for the review's criticism.
 */
class NamedSectionTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("named-section", NamedSectionTest::bot);

    static ReviewBot bot() {
        return AnswerRig.botOver(Map.of("night-signal.md", """
                ---
                title: Night Signal
                reviewer: Owen Pryce
                ---
                I spent thirty years as a railway signaller, so my son made me watch Night Signal.

                ## What it gets right

                The lever frame, mostly. The bells and the block codes are exactly as they were. The lamp light on
                the signaller's face is the orange of a bad winter night, which is what a bad night really looks like.

                ## What it gets wrong

                Nobody would be alone in that box on a main line. There would be a relief man, and a controller on
                the telephone within a minute.
                """, "dry-creek.md", """
                ---
                title: Dry Creek
                reviewer: Ines Varga
                ---
                A western about a widow who will not sell her well, and the outlaws who want it.

                ## What works

                The landscapes. Lensed by Rafael Okoro in the high desert, the film looks magnificent: red rock, white
                sky and a river dried into a cracked grey scar. Ines Varga is hard, funny and wary as the widow.

                ## What doesn't

                The pace. The film drags, and drags, and drags, and the final shoot-out is over in thirty seconds.

                ## The verdict

                Beautiful to look at, but slow and far too long. Rating: 2/5
                """));
    }

    @Test
    void aHeadingAskedByName_isQuotedFromItsOpening() {
        Answer works = BOT.ask("what works in dry creek");
        Answer doesNot = BOT.ask("dry creek what doesn't");

        // "What works" also reads as asking what the reviewer liked: either way, quoted from that section alone.
        assertThat(works.grounded()).isTrue();
        assertThat(works.citations()).extracting(Citation::section).containsOnly("What works");
        assertThat(works.citations()).extracting(Citation::quote).anyMatch(q -> q.contains("Lensed by Rafael Okoro in the high desert, "
                + "the film looks magnificent: red rock, white sky and a river dried into a cracked grey scar."));
        assertThat(doesNot.citations().get(0).section()).isEqualTo("What doesn't");
        assertThat(doesNot.citations().get(0).quote()).startsWith("The pace. The film drags");
    }

    @Test
    void aHeadingAskedWithTheQuestionsOwnAuxiliary_isQuotedFromItsSection_howeverItsSentencesLean() {
        Answer wrong = BOT.ask("what does night signal get wrong");

        assertThat(wrong.citations()).extracting(Citation::section).containsOnly("What it gets wrong");
        assertThat(wrong.citations().get(0).quote()).startsWith("Nobody would be alone in that box");
    }
}
