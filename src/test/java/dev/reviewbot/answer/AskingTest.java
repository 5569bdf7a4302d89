package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * AnswerService's rules as a user meets them: the question's length counted after its spaces are collapsed, a
 * film not stored named with the films that are (ten at most), what a conversation carries to the next question,
 * what an answer reports it was about, and the answered and declined counts.
 */
class AskingTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("harbour", HarbourReviews::bot);

    @RegisterExtension
    static final AnswerRig TEN = AnswerRig.over("ten", () -> HarbourReviews.films(10));

    @RegisterExtension
    static final AnswerRig ELEVEN = AnswerRig.over("eleven", () -> HarbourReviews.films(11));

    private static AnswerResult ask(ConversationId chat, String question) {
        return BOT.answers().ask(chat, question, Optional.empty());
    }

    @Test
    void aQuestionOfExactlyTheLimit_isAnswered_andSpacesCountOnceWherever() {
        String question = "how is the acting in harbour lights?";
        String atLimit = question + " " + "x".repeat(500 - question.length() - 1);
        String spaced = "how   is the\n\n acting in" + " ".repeat(600) + "harbour lights?";

        assertThat(atLimit).hasSize(500);
        assertThat(BOT.ask(atLimit)).isNotNull();
        assertThat(BOT.ask(spaced).citations()).first().satisfies(c -> assertThat(c.review()).isEqualTo("Harbour Lights"));
        assertThatThrownBy(() -> BOT.answers().ask(null, null, Optional.empty()))
                .isInstanceOf(InvalidQuestionException.class).hasMessage("the question is empty: ask something about a film review");
    }

    @Test
    void aFilmNotStored_isDeclinedListingTheStoredFilms_tenAtMost() {
        assertThat(BOT.ask("how is the acting in the godfather?").text())
                .isEqualTo("I have no review of godfather. I have reviews of: Cinder Road, Harbour Lights.");
        assertThat(TEN.ask("how is the acting in the godfather?").text()).isEqualTo("I have no review of godfather. I have reviews of: "
                + "Amber Falls, Birch Hollow, Copper Kettle, Dune Sparrow, Ember Gate, Frost Lantern, Granite Bell, Hazel Wharf, "
                + "Ivory Tide, Juniper Mill.");
        assertThat(ELEVEN.ask("how is the acting in the godfather?").text()).isEqualTo("I have no review of godfather. I have reviews of: "
                + "Amber Falls, Birch Hollow, Copper Kettle, Dune Sparrow, Ember Gate, Frost Lantern, Granite Bell, Hazel Wharf, "
                + "Ivory Tide, Juniper Mill and 1 more.");
    }

    @Test
    void theTopic_isTheFilmAndAspectsUnderstood_orTheFilmNotStoredAsAsked() {
        AnswerResult acting = ask(null, "how is the acting in cinder road?");
        AnswerResult unknown = ask(null, "how is the acting in the godfather?");

        assertThat(acting.topic().films()).containsExactly("Cinder Road");
        assertThat(acting.topic().aspects()).containsExactly("acting");
        assertThat(unknown.topic().films()).containsExactly("godfather");
        assertThat(acting.cached()).isFalse();
        assertThat(acting.elapsed()).isPositive().isLessThan(Duration.ofMinutes(5));
    }

    @Test
    void aConversation_keepsTheFilmOfItsLastAnswer_throughADeclineAboutAFilmNotStored() {
        ConversationId chat = new ConversationId("test", "asking-1");
        ask(chat, "how is the cinematography in harbour lights?");

        Answer notStored = ask(chat, "how is the acting in the godfather?").answer();
        Answer followUp = ask(chat, "and the acting?").answer();

        assertThat(notStored.grounded()).isFalse();
        assertThat(followUp.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.review()).isEqualTo("Harbour Lights"));
    }

    @Test
    void aConversation_carriesTheFilmOfAMetadataAnswer_andOfADecline() {
        ConversationId chat = new ConversationId("test", "asking-2");
        ask(chat, "who reviewed cinder road?");
        Answer afterMetadata = ask(chat, "how is the ending?").answer();

        ConversationId other = new ConversationId("test", "asking-3");
        ask(other, "how is the acting in cinder road?");
        Answer afterDecline = ask(other, "how is the ending?").answer();

        assertThat(afterMetadata.citations()).first().satisfies(c -> assertThat(c.review()).isEqualTo("Cinder Road"));
        assertThat(afterDecline.citations()).first().satisfies(c -> assertThat(c.review()).isEqualTo("Cinder Road"));
    }

    @Test
    void answeredAndDeclinedQuestions_areCountedApart() {
        ask(null, "how is the cinematography in harbour lights?");
        ask(null, "how is the acting in cinder road?");
        ask(null, "how is the acting in the godfather?");

        assertThat(BOT.answers().answeredCount()).isEqualTo(1);
        assertThat(BOT.answers().declinedCount()).isEqualTo(2);
    }

    @Test
    void aQuestionScopedToAFilm_isPreparedForThatFilm_andAnUnknownOneIsNamed() {
        AnswerService.Prepared prepared = BOT.answers().prepare("how is the ending?", Optional.of("cinder road"));
        AnswerService.Prepared metadata = BOT.answers().prepare("who reviewed it?", Optional.of("Harbour Lights"));

        assertThat(prepared.question().films()).containsExactly("Cinder Road");
        assertThat(prepared.early()).isNull();
        assertThat(prepared.retrieval().passages()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.passage().film()).isEqualTo("Cinder Road"));
        assertThat(metadata.early().citations()).extracting(Citation::reviewer).containsExactlyInAnyOrder("Sol Okafor", "Wren Talbot");
        assertThatThrownBy(() -> BOT.answers().prepare("how is it?", Optional.of("Oppenheimer")))
                .isInstanceOf(InvalidQuestionException.class).hasMessageStartingWith("unknown film 'Oppenheimer'");
    }
}
