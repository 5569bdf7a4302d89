package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.SmallReviews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 8, point 3: crew by whatever verb the review uses, roles, and questions about one person. */
class PeopleAndRolesTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("small", SmallReviews::bot);

    private static String firstQuote(String question) {
        Answer answer = BOT.ask(question);
        assertThat(answer.grounded()).as(question + " -> " + answer.text()).isTrue();
        return answer.citations().get(0).quote();
    }

    @Test
    void crewQuestions_findTheSentenceNamingThePersonInThatRole() {
        assertThat(firstQuote("who shot lantern bay")).contains("lensed by Rasmus Veld");
        assertThat(firstQuote("who directed Lantern Bay?")).contains("Hollis Crane");
        assertThat(firstQuote("who composed the music for lantern bay")).contains("Lise Dahl");
        assertThat(firstQuote("who shot marrow lane")).contains("Kasia Morn");
    }

    @Test
    void rolesAndActors_evenTypedInLowerCase_areAboutThePersonNotTheVerdict() {
        assertThat(firstQuote("who plays the postman in marrow lane?")).contains("Petra Lund");
        assertThat(firstQuote("is tomas reyes any good in lantern bay")).contains("Tomas Reyes");
        assertThat(firstQuote("what did the review say about otto graves")).contains("Otto Graves");
    }
}
