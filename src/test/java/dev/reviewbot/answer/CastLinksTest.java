package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.CastLinks.Link;
import org.junit.jupiter.api.Test;

/** The constructions a review casts an actor as a character with, and the ones that only look like it. */
class CastLinksTest {

    @Test
    void anActorBeforeTheCharacter_isLinkedByTheVerbOrAs() {
        assertThat(CastLinks.in("Ines Pell plays Carys, and she is wonderful."))
                .containsExactly(new Link("Ines Pell", "Carys"));
        assertThat(CastLinks.in("Callum Greaves takes the role of Arthur Penny, a conscientious objector."))
                .containsExactly(new Link("Callum Greaves", "Arthur Penny"));
        assertThat(CastLinks.in("Jonah Achebe, as Daniel, is the livelier of the two."))
                .containsExactly(new Link("Jonah Achebe", "Daniel"));
        assertThat(CastLinks.in("Paris, as ever, looks lovely.")).isEmpty();
        assertThat(CastLinks.in("Dominic Lindqvist is Teo, the Lisbon DJ."))
                .containsExactly(new Link("Dominic Lindqvist", "Teo"));
        assertThat(CastLinks.in("Nerys Achebe, a newcomer, as Morag is the find of the year."))
                .containsExactly(new Link("Nerys Achebe", "Morag"));
        assertThat(CastLinks.in("Georgette Ilori, who plays Lolly, was an impressive witness."))
                .containsExactly(new Link("Georgette Ilori", "Lolly"));
        assertThat(CastLinks.in("Maureen Cathcart, who is Scottish, is alone in the tower.")).isEmpty();
        assertThat(CastLinks.in("Bryony Keast plays the choirmaster, Wenna Trewin, with brisk energy."))
                .containsExactly(new Link("Bryony Keast", "Wenna Trewin"));
        assertThat(CastLinks.in("Eachann, a piper who has not played since the funeral, Rasha and I.")).isEmpty();
        assertThat(CastLinks.in("Nikhil Bamber, as Eira's childhood friend Tyler Vickerstaff, is bland."))
                .as("a possessive names whose the part is").containsExactly(new Link("Nikhil Bamber", "Tyler Vickerstaff"));
        assertThat(CastLinks.castIn("Beside her, young Poppy Adair is very good as Juno's deaf daughter Lin, who never speaks."))
                .containsExactly(new Link("Poppy Adair", "Lin"));
        assertThat(CastLinks.in("A brilliant turn from Penelope Wilde as Posy's mum, Marion, who has her own ideas."))
                .containsExactly(new Link("Penelope Wilde", "Marion"));
        assertThat(CastLinks.castIn("Nikhil Bamber is bland as Eira’s friend.")).isEmpty();
    }

    @Test
    void anAppositiveCharacter_isCastByTheFullNameAfterItsClosingComma() {
        assertThat(CastLinks.in("The farmer, Elkanah Rigg, is Torcuil Stape, all silences and sheep dip."))
                .containsExactly(new Link("Torcuil Stape", "Elkanah Rigg"));
        assertThat(CastLinks.in("The director, Saul Okafor, is Welsh.")).isEmpty();
    }

    @Test
    void aSentenceCastingSomeoneByWhatTheyAre_castsUnnamed() {
        assertThat(CastLinks.castsUnnamed("The vicar is played by Wilfrid Blanchflower, and he is sensible.")).isTrue();
        assertThat(CastLinks.castsUnnamed("the baddie, played by Osric Vance, hams it up.")).isTrue();
        assertThat(CastLinks.castsUnnamed("The vicar is played by a newcomer.")).isFalse();
        assertThat(CastLinks.castsUnnamed("The vicar is played for laughs by Wilfrid Blanchflower.")).isFalse();
        assertThat(CastLinks.castsUnnamed("Ingram Bastow as the dad, though, is wonderful.")).isTrue();
        assertThat(CastLinks.castsUnnamed("Owain Marsh is really good too, as the mine captain.")).isTrue();
        assertThat(CastLinks.castsUnnamed("Tobi Ankrah is nearly as good as the film around him.")).isFalse();
        assertThat(CastLinks.castsUnnamed("Tobi Ankrah as Kessel is wonderful.")).isFalse();
        assertThat(CastLinks.castsUnnamed("Ankrah as the dad is wonderful.")).as("a surname alone may be a word opening the sentence").isFalse();
        assertThat(CastLinks.castsUnnamed("Tobi Ankrah grows on you as the film goes on.")).isFalse();
        assertThat(CastLinks.castsUnnamed("Tobi Ankrah is superb as the lead and the film knows it.")).isTrue();
    }

    @Test
    void aFewWordsOnHowTheActorPlays_beforeAs_castSomeone_butAComparisonDoesNot() {
        assertThat(CastLinks.castsSomeone("Odile Brandt is dry and funny as Mirela Sava, the engineer.")).isTrue();
        assertThat(CastLinks.castsSomeone("In the lead, Tobi Ankrah carries it as Kessel, the driller.")).isTrue();
        assertThat(CastLinks.castsSomeone("Ines Pell plays Carys.")).isTrue();
        assertThat(CastLinks.castsSomeone("Nassim Belkacem is the scene-stealer as Yanis, the sous-chef.")).isTrue();
        assertThat(CastLinks.castsSomeone("Tobi Ankrah is nearly as good as Marlon Brando here.")).isFalse();
        assertThat(CastLinks.castsSomeone("Tobi Ankrah, at his very best, is gloriously and wickedly funny as Kessel.")).isFalse();
        assertThat(CastLinks.castsSomeone("Hanna Roe's screenplay plays fair with its clues.")).isFalse();
        assertThat(CastLinks.castIn("Nadine Oxenford, who is superb as Carmel: practical and funny."))
                .containsExactly(new Link("Nadine Oxenford", "Carmel"));
        assertThat(CastLinks.castIn("Neasa Akande gives Sabrina a growing, obsessive calm."))
                .containsExactly(new Link("Neasa Akande", "Sabrina"));
        assertThat(CastLinks.castIn("Neasa Akande gives Sabrina nothing to do.")).isEmpty();
        assertThat(CastLinks.castIn("Rainer Wendtland gives the finest performance in the film as Ebeling, a lonely man."))
                .containsExactly(new Link("Rainer Wendtland", "Ebeling"));
        assertThat(CastLinks.castIn("Ama Kyei turns in a sly, career-best turn as Dot, the waitress.")).containsExactly(new Link("Ama Kyei", "Dot"));
        assertThat(CastLinks.castIn("Audrey Catlow gives the performance of a lifetime as Gerty, funny and proud.")).containsExactly(new Link("Audrey Catlow", "Gerty"));
        assertThat(CastLinks.castIn("Ama Kyei gives the film a lift as soon as she appears.")).isEmpty();
        assertThat(CastLinks.castIn("Pieter Achebe is great fun as the oily rival, Count Várady, in a cape."))
                .containsExactly(new Link("Pieter Achebe", "Count Várady"));
    }

    @Test
    void aCharacterBeforeTheActor_isLinkedByBracketsOrPlayedBy() {
        assertThat(CastLinks.in("Together they stop Baron Papercut (Osric Vance), a sharp-edged aristocrat."))
                .containsExactly(new Link("Osric Vance", "Baron Papercut"));
        assertThat(CastLinks.in("It wakes up and says its name is Crinkle (voiced by Rufus Greaves)."))
                .containsExactly(new Link("Rufus Greaves", "Crinkle"));
        assertThat(CastLinks.in("Her father, Tom Wyn, played by Huw Bevan, barely speaks."))
                .containsExactly(new Link("Huw Bevan", "Tom Wyn"));
        assertThat(CastLinks.in("Mrs Grimsditch is played by Prudence Ormerod and she is scary."))
                .containsExactly(new Link("Prudence Ormerod", "Mrs Grimsditch"));
    }

    @Test
    void aWordCapitalisedOnlyForOpeningTheSentence_isNoName_unlessBracketsCastIt() {
        assertThat(CastLinks.in("It is Carys who hums back.")).isEmpty();
        assertThat(CastLinks.in("Carys hums back (Teo hears her).")).isEmpty();
        assertThat(CastLinks.in("Crinkle (voiced by Rufus Greaves) is grumpy.")).containsExactly(new Link("Rufus Greaves", "Crinkle"));
        assertThat(CastLinks.in("Carys Mott is a radio astronomer on the night shift.")).isEmpty();
    }

    @Test
    void aDescriptionNamesTheCharacter_byAWordOfTheirName() {
        Link carys = new Link("Ines Pell", "Carys");
        assertThat(CastLinks.describes("Carys Mott is a radio astronomer.", carys)).isTrue();
        assertThat(CastLinks.describes("Caryss is a radio astronomer.", carys)).isFalse();
        assertThat(CastLinks.describes("Mo is a radio astronomer.", new Link("Ines Pell", "Mo Carys"))).isFalse();
        assertThat(CastLinks.describes("The Mo Carys show.", new Link("Ines Pell", "Mo Carys"))).isTrue();
    }
}
