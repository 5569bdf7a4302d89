package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.app.ReviewBot;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Who plays the astronomer?" when one sentence says who the astronomer is and another casts her: the casting
 * sentence answers, not the one naming only the character; a character cast in brackets beside the word
 * asked ("Baron Papercut (Osric Vance)") answers "who voices the baron?"; a character asked by full name is answered
 * by the sentence casting her by her first; a part described by a word that is another film's name ("german") is
 * still answered by its description.
 */
class CharacterDescribedElsewhereTest {

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("character-described-elsewhere", CharacterDescribedElsewhereTest::bot);

    static ReviewBot bot() {
        return AnswerRig.botOver(Map.of(
                "dish-song.md", """
                        ---
                        title: Dish Song
                        reviewer: Pam Ortolan
                        ---
                        ## What it's about

                        Carys Mott is a radio astronomer stuck on the night shift at a crumbling observatory in the hills, where the coffee machine has been broken for years. One night the dish picks up a woman humming from a pirate radio station in Lisbon.

                        ## The two voices

                        Ines Pell plays Carys, and she is wonderful: dry, lonely and slowly hopeful. Anton Vidal is Teo, the Lisbon DJ who runs the station from a laundry, and since we mostly only hear him, the whole performance lives in his voice.

                        ## The Look

                        The hills are shot in cold blues, and the old estate car is the only warm colour in the frame.
                        """,
                "folded-town.md", """
                        ---
                        title: Folded Town
                        reviewer: Lou Sparrow
                        ---
                        ## The Story

                        Pip folds a dragon from an old map and it wakes up. Together they have to stop Baron Papercut (Osric Vance), a sharp-edged aristocrat who plans to shred every book in town.

                        ## For Parents

                        Baron Papercut is genuinely menacing, with a voice like tearing paper, and the storm may upset under-sixes.
                        """,
                "bell-ringers.txt", """
                        Bell Ringers
                        by Ada Quill

                        Bell Ringers is about Wilberforce Hesketh, a retired headmaster who has rung the bells of a Dales village church for forty years. This year the tower is to be sold, the new vicar would rather have a recording, and Wilberforce's son Oisin turns up on Boxing Day.

                        Isadore Brigham plays Wilberforce, and he is marvellous. He is funny in the tower and even funnier out of it, and in the scene where he rings the bells for what he thinks is the last time, there was not a dry eye on our row, and Mrs Pybus does not cry at funerals. Ferdinand Okafor is very good as Oisin, though I did not believe for a moment that he had been away for twenty years; he looked as if he had been away for a fortnight. The vicar is played by Wilfrid Blanchflower, and I am happy to report that he is the only sensible person in it.

                        The photography makes the Dales look like a Christmas card, which they do not in January.
                        """,
                "kestrel-moor.md", """
                        ---
                        title: Kestrel Moor
                        reviewer: Ada Quill
                        ---
                        ## The Story

                        Agnes Pike, a retired headmistress, wants to see a five hundredth bird before the winter. Her rival, a Norfolk lister called Finn Thrupp, is already on the boat.

                        ## The Cast

                        Zenobia Doubleday plays Agnes with enormous relish, barking orders at boatmen. Lochlann Treanor plays Thrupp as a pantomime villain in a camouflage hat.
                        """,
                "fair-comment.md", """
                        ---
                        title: Fair Comment
                        reviewer: Judge Ros Peel
                        ---
                        ## The Facts

                        In 1966 a Sunday paper printed a story alleging that the singer Lolly Fentiman had paid for her number one. She sued for libel, and the paper pleaded fair comment.

                        ## The Witnesses

                        Georgette Ilori, who plays Lolly, was an impressive witness: guarded, funny and devastating. The editor, a nervous man, was less so.
                        """,
                "purl.md", """
                        ---
                        title: Purl
                        reviewer: Cecily Colclough
                        ---
                        ## Summary

                        Ghent, 1943. A widow knits coded scarves for the Resistance. Then a German officer, Hauptmann Dietmar Ebeling, is billeted in her back bedroom.

                        ## The Cast

                        Mieke Dewulf is superb in the lead. Rainer Wendtland gives the finest performance in the film as Ebeling, a lonely man.
                        """,
                "high-chair.md", """
                        ---
                        title: High Chair
                        reviewer: Kirsty Gurn
                        ---
                        ## Story

                        Four skiers are stuck on a chairlift overnight when the liftman, Erchie, collapses in the hut below. The foreman, Mr Hattersley, will not send help.

                        ## Cast

                        Tova Ballantyne plays Euna, a snowboard instructor, and she is terrific. Rab Lennie is Mr Hattersley, all moustache.
                        """,
                "grinding.md", """
                        ---
                        title: Grinding
                        reviewer: Jeannie Cawley
                        ---
                        ## The Story

                        It's 1959, and a buffer girl called Lilian takes over her dad's grinding wheel when his lungs give out. Marlene Hinchley plays Lilian, and she does a lot of brave staring.

                        ## The Rest

                        Ingram Bastin as the dad, though, is wonderful. Every time he coughs you feel it.
                        """,
                "saddle-sore.md", """
                        ---
                        title: Saddle Sore
                        reviewer: Ada Quill
                        ---
                        ## Review

                        Garrett Lindell plays Cato, a trail boss with a bad back. The romance between Cato and the sutler's widow, Susannah Prewitt, is the dullest forty minutes of the tour. A subplot about a cheating rival from Laredo is set up and then simply dropped.

                        Cato's sister Ivy runs the saloon. The daughter, Lois, is mentioned in every scene and seen in none.
                        """,
                "checkpoint.md", """
                        ---
                        title: Checkpoint
                        reviewer: Ada Quill
                        ---
                        ## Review

                        Otto Brandt is a guard on the wall, and the East German border is filmed in grey drizzle.
                        """));
    }

    @Test
    void theSentenceCastingTheDescribedCharacter_answersWhoPlaysThem() {
        Answer answer = BOT.ask("who plays the astronomer in dish song");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).startsWith("Ines Pell plays Carys");
    }

    @Test
    void aSentenceCastingTheDescribedRoleByPlayedBy_answers_thoughAnotherCastingSentenceScoresHigher() {
        Answer answer = BOT.ask("who plays the vicar in bell ringers");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).startsWith("The vicar is played by Wilfrid Blanchflower");
    }

    @Test
    void aCharacterAskedByFullName_isAnsweredByTheSentenceCastingHerByFirstName() {
        Answer answer = BOT.ask("who plays lolly fentiman");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).startsWith("Georgette Ilori, who plays Lolly");
    }

    /** "german" is a name's word in another film's review ("East German"), not a person of this one. */
    @Test
    void aPartDescribedByAWordReadAsAnotherFilmsName_isAnsweredByThePerformanceCastingIt() {
        Answer answer = BOT.ask("who plays the german officer in purl");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("Rainer Wendtland gives the finest performance");
    }

    @Test
    void aPronounDescribesNoOne_soTheSentenceSayingHerIsNoDescriptionOfThePart() {
        Answer answer = BOT.ask("who plays her in kestrel moor");

        assertThat(answer.citations().get(0).quote()).startsWith("Zenobia Doubleday plays Agnes");
    }

    /** The story names the liftman and nobody is cast as him: the reviews don't say who plays him. */
    @Test
    void aPartTheStoryNames_thatNoSentenceCasts_isDeclined_naming() {
        Answer answer = BOT.ask("who plays the liftman in high chair");

        assertThat(answer.grounded()).isFalse();
        assertThat(((Answer.Declined) answer).reason()).isEqualTo("The stored reviews of High Chair don't say who plays Erchie.");
    }

    @Test
    void aCharacterAskedByName_thatNoSentenceCasts_isDeclined_naming() {
        Answer answer = BOT.ask("who plays erchie in high chair");

        assertThat(answer.grounded()).isFalse();
        assertThat(((Answer.Declined) answer).reason()).isEqualTo("The stored reviews of High Chair don't say who plays Erchie.");
        assertThat(BOT.ask("who plays hattersley in high chair").citations().get(0).quote()).contains("Rab Lennie is Mr Hattersley");
        assertThat(BOT.ask("who plays euna in high chair").citations().get(0).quote()).contains("Tova Ballantyne plays Euna");
    }

    @Test
    void aPartTheStoryNames_castElsewhereByName_isAnswered() {
        Answer answer = BOT.ask("who plays the foreman in high chair");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("Rab Lennie is Mr Hattersley");
    }

    /** "her dad's grinding wheel" describes Lilian's father, not Lilian: her casting is no answer. */
    @Test
    void anActorAsThePartDescribed_answers_notTheCastingOfACharacterWhoseSentenceMentionsIt() {
        Answer answer = BOT.ask("who plays the dad in grinding");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).startsWith("Ingram Bastin as the dad");
    }

    /**
     * "The sutler's widow, Susannah Prewitt" names the widow: Cato's casting, though his name shares her sentence, does
     * not cast her. A part spoken of but never named ("a cheating rival") nobody is cast as is declined as asked.
     */
    @Test
    void aPartNamedBesideAnotherCastCharacter_orNeverNamed_thatNobodyPlays_isDeclined() {
        Answer widow = BOT.ask("who plays the widow in saddle sore");
        Answer rival = BOT.ask("who plays the cheating rival in saddle sore");

        assertThat(widow.grounded()).isFalse();
        assertThat(((Answer.Declined) widow).reason()).isEqualTo("The stored reviews of Saddle Sore don't say who plays Susannah Prewitt.");
        assertThat(rival.grounded()).isFalse();
        assertThat(((Answer.Declined) rival).reason()).isEqualTo("The stored reviews of Saddle Sore don't say who plays the cheating rival.");
        assertThat(BOT.ask("who plays the trail boss in saddle sore").citations().get(0).quote()).contains("Garrett Lindell plays Cato");
    }

    /**
     * A part asked by its owner: Cato is cast, but his sister is someone else, whom nobody plays. A daughter the reviews
     * never give an owner is still the one asked about, named.
     */
    @Test
    void aPartAskedByItsOwnersName_thatNobodyPlays_isDeclined_asAskedOrByItsName() {
        Answer sister = BOT.ask("who plays cato's sister in saddle sore");
        Answer daughter = BOT.ask("who plays cato's daughter in saddle sore");

        assertThat(((Answer.Declined) sister).reason()).isEqualTo("The stored reviews of Saddle Sore don't say who plays cato's sister.");
        assertThat(((Answer.Declined) daughter).reason()).isEqualTo("The stored reviews of Saddle Sore don't say who plays Lois.");
    }

    @Test
    void aCharacterCastInBrackets_answersWhoVoicesThem() {
        Answer answer = BOT.ask("who voices the baron in folded town");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("Baron Papercut (Osric Vance)");
    }
}
