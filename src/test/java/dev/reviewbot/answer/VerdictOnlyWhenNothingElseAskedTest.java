package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Is the creature in X any good?" reads close to the verdict by meaning, as "is X any good?" does, but it asks
 * about the creature: the verdict is what is asked only when nothing else is, whether found by words or by meaning.
 */
class VerdictOnlyWhenNothingElseAskedTest {

    private static final String REVIEW = """
            # Bone Orchard

            A gravedigger in a fen village starts hearing knocking from the coffins she has just buried, and the first hour of Bone Orchard is as frightening as anything this year.

            ## The Creature

            Much will be written about the thing that finally climbs out of the ground in the last act. I adored the creature. It is a digital effect and does not look real, but it is a magnificent, grotesque creation, half root and half bone.

            ## The Romance

            The romance between the vicar's son and the new barmaid feels bolted on from a different film, and neither of them seems very interested in the other.

            ## The Verdict

            Bone Orchard is worth seeing for its first hour and for that coffin scene. Horror fans will have a great time until the monster turns up. Three out of five.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("verdict-only", () -> AnswerRig.botOver(Map.of("bone-orchard.md", REVIEW)));

    private static Answer asked(String question) {
        Answer answer = BOT.ask(question);
        assertThat(answer.grounded()).as(question + " -> " + answer.text()).isTrue();
        return answer;
    }

    @Test
    void somethingNamedBeforeTheFilm_isWhatIsAsked_notTheVerdict() {
        assertThat(asked("is the creature in bone orchard any good").citations().get(0).section()).isEqualTo("The Creature");
    }

    @Test
    void theFilmAlone_isStillAnsweredFromTheVerdict() {
        assertThat(asked("is bone orchard any good").citations().get(0).section()).isEqualTo("The Verdict");
    }
}
