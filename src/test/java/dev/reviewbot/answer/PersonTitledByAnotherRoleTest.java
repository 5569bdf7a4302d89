package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person the review titles with another role's word ("Composer Nell Vane has written a jaunty score") is not
 * the answer to "who wrote it?", though the sentence says "written": the title tells the role.
 */
class PersonTitledByAnotherRoleTest {

    private static final String LISTICLE = """
            I did not expect a comedy about a model railway club in a Cheshire village to be one of my favourite films of the year, but here we are. Signal Box, directed by Wendell Harte and written by Tom Pellow, follows the six ageing members of the Signal Box & District Model Railway Society as they try to win the county exhibition one last time before the village hall is sold. It runs 99 minutes, came out in 2024, and I have a list.
            5 Things I Loved
            1. Margaret Odell. Hilda Pyke, the club's fearsome treasurer, is played by Margaret Odell, and every line she says sounds like a telling-off from a headmistress. Her scene reading out the minutes of the previous meeting, which turns into a full confession of a forty-year-old grudge, is the funniest thing I have seen all year.
            2. The layout. The club's enormous 1:76 scale model of the village, with its tiny church, tiny pub and tiny level crossing, is a star in its own right. Cinematographer Luis Combe shoots it with macro lenses and low angles, so that the little trains sweep past like something out of a heist film.
            3. The rivalry. The neighbouring Little Dutton club, led by the oily Clive Dunn (Hector Bran), keeps trying to sabotage Signal Box's entry, and the war between the two clubs escalates from rude letters to a midnight break-in involving a stolen signal box.
            4. The music. Composer Nell Vane has written a jaunty oompah-and-ukulele score that should be annoying and somehow is not; the main theme is still in my head.
            5. Gerald Amble. As Arthur Dunlin, the retired signalman who founded the club in 1971, Amble gives the film its heart. The quiet scene where Arthur shows the youngest member how to solder a point motor, saying almost nothing, made me cry a little.
            3 Things I Didn't
            1. The romance. A subplot about the new member Petra (Anjali Merck) and the vicar's son feels bolted on from a different film, and neither of them seems very interested in the other.
            2. The saggy middle. Even at 99 minutes there is a dead stretch after the break-in, and editor Kasia Bello lets a couple of scenes run long past their punchline.
            3. The old-age jokes. Pellow's script leans on jokes about hearing aids, hips and incontinence more often than it needs to, and the cast is better than that material.
            Should You Go
            Yes. Signal Box is small, silly and a bit creaky, but it is warm-hearted, it is often very funny, and Margaret Odell deserves a bigger career on the strength of it. Take your dad. Take your grandad. Take anyone who has ever been in a club.
            Final score: 7 out of 10.
            """;

    /** No headings; the writer is credited with "by", the cast by what they play. */
    private static final String CAPSULE = """
            Tango at Midnight is a 2024 musical set in Buenos Aires in 1955, in the last months before the coup.
            The script by Ines Carvalho-Prado is every backstage musical you have ever seen, and the police chief who wants to close the club is a cardboard villain. Paloma Ruiz plays Rosa and she is a genuine star; the long tango in the rain is worth the ticket on its own. Mateo Lind stars as the bandleader and he can really sing.
            Three stars: five for the dancing, one for the story.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("titled-roles", () -> AnswerRig.botOver(
            Map.of("signal-box.txt", LISTICLE, "tango-at-midnight.txt", CAPSULE)));

    private static String firstQuote(String question) {
        Answer answer = BOT.ask(question);
        assertThat(answer.grounded()).as(question + " -> " + answer.text()).isTrue();
        return answer.citations().get(0).quote();
    }

    @Test
    void whoWroteIt_isTheWriter_notTheComposerWhoHasWrittenTheScore() {
        assertThat(firstQuote("who wrote signal box")).contains("written by Tom Pellow").doesNotContain("Nell Vane");
    }

    @Test
    void whoWroteIt_isTheSentenceNamingTheRole_beforeAnActorInAListItemReadAsAboutTheStory() {
        assertThat(firstQuote("who wrote signal box")).doesNotContain("Margaret Odell");
    }

    @Test
    void theComposer_isStillTheAnswerToWhoWroteTheMusic() {
        assertThat(firstQuote("who wrote the music for signal box")).contains("Nell Vane");
        assertThat(firstQuote("who shot signal box")).contains("Luis Combe");
    }

    @Test
    void theLead_isNotTheWriterCreditedWithBy() {
        assertThat(firstQuote("who's the lead in tango at midnight")).contains("Paloma Ruiz").doesNotContain("Carvalho-Prado");
    }
}
