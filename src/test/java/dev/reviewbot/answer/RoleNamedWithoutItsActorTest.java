package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Who plays Don Eleuterio?" of a review that names the character but not who plays him: the character's own name is
 * no actor, so the review does not say; a part the review casts is still answered, by a pronoun too.
 */
class RoleNamedWithoutItsActorTest {

    private static final String REVIEW = """
            ---
            title: Palindrome
            reviewer: Tobias Wren
            ---
            ## The cast
            Beatriz Olmedo plays Inés, a pastry chef who finds that time runs backwards in Valparaíso.

            Harriet Elmsworth is the reason to go. She stars as Augusta Vell, the girl who sells tickets, and she is simply wonderful.

            ## The ending
            The last scene pays off a detail from the opening: old Don Eleuterio, who runs the funicular, tells her that the cars only work in pairs.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("role-named-without-its-actor", () -> AnswerRig.botOver(Map.of("palindrome.md", REVIEW)));

    @Test
    void aCharacterNamedWithoutItsActor_isNotAnsweredByItsOwnName() {
        Answer answer = BOT.ask("who plays don eleuterio in palindrome");

        assertThat(answer.citations()).extracting(Citation::quote).noneMatch(q -> q.contains("Don Eleuterio"));
    }

    /** Naming the role ("stars as"), the sentence may give its actor by a pronoun, which the sentence before resolves. */
    @Test
    void aCharacterCastByAPronoun_isAnsweredWithTheSentenceNamingTheActor() {
        Answer answer = BOT.ask("who plays augusta vell in palindrome");

        assertThat(answer.citations()).extracting(Citation::quote).first().asString().contains("Harriet Elmsworth");
    }

    @Test
    void aPartTheReviewCasts_isStillAnswered() {
        Answer answer = BOT.ask("who plays ines in palindrome");

        assertThat(answer.citations()).extracting(Citation::quote).first().asString().contains("Beatriz Olmedo");
    }
}
