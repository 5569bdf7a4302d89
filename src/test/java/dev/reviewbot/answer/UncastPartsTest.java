package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.retrieval.Terms;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

class UncastPartsTest {

    private static final Terms TERMS = new Terms(new EnglishAnalyzer());
    private static final List<String> LIFTMAN = TERMS.of("liftman");
    private static final List<String> CASTING = TERMS.of("plays played playing voices voiced voice portrays role actor actress cast stars");

    private static List<Review> film(String... paragraphs) {
        return List.of(new Review("lift/ann", "Lift", 2026, "Ann", null, "lift.md",
                List.of(new Section("Review", String.join("\n\n", paragraphs)))));
    }

    @Test
    void aPartNamedBetweenCommas_thatNoSentenceCasts_isUncast() {
        assertThat(UncastParts.uncast(LIFTMAN, "", CASTING, film("Four skiers are stuck when the liftman, Erchie, collapses.",
                "Tova Ballantyne plays Euna."), TERMS)).contains("Erchie");
        assertThat(UncastParts.uncast(TERMS.of("erchie"), "", CASTING, film("Four skiers are stuck when the liftman, Erchie, collapses."), TERMS))
                .as("asked by the name in lower case").contains("Erchie");
        assertThat(UncastParts.uncast(TERMS.of("erchie"), "", CASTING, film("Erchie collapses.", "Tam Dougal plays Erchie."), TERMS)).isEmpty();
        assertThat(UncastParts.uncast(TERMS.of("foreman"), "", CASTING, film("The foreman, Mr Hattersley, is a stock villain."), TERMS))
                .contains("Mr Hattersley");
    }

    @Test
    void aPartCastAnywhereInTheFilmsReviews_byANameOfTheCharacterOrBesideItsWords_isNot() {
        assertThat(UncastParts.uncast(LIFTMAN, "", CASTING, film("The liftman, Erchie, collapses.", "Tam Dougal plays Erchie Munro."), TERMS)).isEmpty();
        assertThat(UncastParts.uncast(LIFTMAN, "", CASTING, film("The liftman, Erchie, collapses.", "Tam Dougal is fine as the liftman."), TERMS)).isEmpty();
        assertThat(UncastParts.uncast(LIFTMAN, "", CASTING, film("The liftman, Erchie (Tam Dougal), collapses."), TERMS)).isEmpty();
        assertThat(UncastParts.uncast(LIFTMAN, "", CASTING, film("As the liftman, Tam Dougal, is wonderful."), TERMS)).as("an actor, named after 'As the'").isEmpty();
        assertThat(UncastParts.uncast(LIFTMAN, "", CASTING, film("The liftman, Erchie, collapses.", "Tam Dougal plays him without a word."), TERMS))
                .as("cast by a pronoun").isEmpty();
        assertThat(UncastParts.uncast(LIFTMAN, "", CASTING, film("And the liftman voice, Tam Dougal, is so good."), TERMS))
                .as("a part named by a casting word is named by its actor").isEmpty();
    }

    @Test
    void aCharacterNamed_isUncast_unlessCastByANameOfTheirs_byAPronoun_orAnActorThemselves() {
        assertThat(UncastParts.uncastNamed("Mr Grimoldby", film("The owner Mr Grimoldby never switches it off.",
                "Tyrese Ibekwe plays Dale."))).contains("Mr Grimoldby");
        assertThat(UncastParts.uncastNamed("Mr Grimoldby", film("Mr Grimoldby never switches it off.",
                "Tyrese Ibekwe plays Arthur Grimoldby."))).isEmpty();
        assertThat(UncastParts.uncastNamed("Mr Grimoldby", film("Mr Grimoldby never switches it off.",
                "Tyrese Ibekwe plays him with relish."))).isEmpty();
        assertThat(UncastParts.uncastNamed("Mr Grimoldby", film("Mr Grimoldby never switches it off.",
                "Tyrese Ibekwe is the reason to go. He stars as the owner, and he is wonderful."))).isEmpty();
        assertThat(UncastParts.uncastNamed("Valdis", film("Dmitri Oduya brings a gentle, sly humour to Valdis, a deckhand.")))
                .as("cast in words no pattern reads, beside another's full name").isEmpty();
        assertThat(UncastParts.uncastNamed("Ximena Tamayo", film("Yaretzi Huerta, who plays the team captain, Ximena Tamayo.")))
                .isEmpty();
        assertThat(UncastParts.uncastNamed("Mr Grimoldby", film("At Saltfleet Sands the owner Mr Grimoldby never switches it off.")))
                .as("another name, but no word that casts").contains("Mr Grimoldby");
        assertThat(UncastParts.uncast(LIFTMAN, "", CASTING, film("As a joke, Tam Dougal named the liftman, Erchie, after his dog."), TERMS))
                .as("beside a casting word").isEmpty();
        assertThat(UncastParts.uncastNamed("Tyrese Ibekwe", film("Tyrese Ibekwe plays Dale."))).as("an actor").isEmpty();
        assertThat(UncastParts.uncastNamed("Mr Grimoldby", film("Tyrese Ibekwe plays Dale."))).as("named nowhere").isEmpty();
    }

    @Test
    void aPartPlayedAsAPronounsPerformance_afterASentenceOpeningOnItsActor_isCast() {
        List<String> eileen = TERMS.of("eileen");
        assertThat(UncastParts.uncast(eileen, "", CASTING, film("Spouse: Eileen.", "Poonam Elston is the heart of the film. "
                + "Her Eileen is sharp with the customers."), TERMS)).isEmpty();
        assertThat(UncastParts.uncast(eileen, "", CASTING, film("Spouse: Eileen.", "The shop is the heart of the film. "
                + "Her Eileen is sharp with the customers."), TERMS)).as("no actor before the pronoun").contains("Eileen");
        assertThat(UncastParts.uncast(eileen, "", CASTING, film("Spouse: Eileen.", "Poonam Elston is the heart of the film. "
                + "She is sharp with Eileen."), TERMS)).as("no part after the pronoun").contains("Eileen");
        assertThat(UncastParts.performedByPronoun("Poonam Elston gives the film its heart.", "His Jim is all charm.")).isTrue();
        assertThat(UncastParts.performedByPronoun("Poonam Elston gives the film its heart.", "Later, her Eileen is kinder.")).isFalse();
    }

    @Test
    void aNameClosingItsSentence_isUncastWithoutTheFullStop() {
        assertThat(UncastParts.uncast(TERMS.of("eileen"), "", CASTING, film("Spouse: Eileen.", "Tova Ballantyne plays Euna."), TERMS))
                .contains("Eileen");
    }

    @Test
    void aPartNamedByNoneOrDescribedByOtherWords_isNoneOfItsBusiness() {
        assertThat(UncastParts.uncast(LIFTMAN, "", CASTING, film("The liftman collapses, and nobody is cast as anyone."), TERMS)).isEmpty();
        assertThat(UncastParts.uncast(TERMS.of("banker"), "the banker", CASTING, film("The liftman, Erchie, collapses."), TERMS)).isEmpty();
        assertThat(UncastParts.uncast(List.of(), "", CASTING, film("The liftman, Erchie, collapses."), TERMS)).isEmpty();
    }

    @Test
    void aPartTheReviewsSpeakOfWithoutAName_thatNobodyIsCastAs_isUncastAsAsked() {
        List<String> rival = TERMS.of("cheating rival");
        assertThat(UncastParts.uncast(rival, "the cheating rival", CASTING, film("A subplot about a cheating rival from Leeuwarden is dropped.",
                "Hendrik Vlietstra plays Wiebren, and he is magnificent."), TERMS)).contains("the cheating rival");
        assertThat(UncastParts.uncast(TERMS.of("surveyor"), "the surveyor", CASTING, film("The romance between Turi's sister and the council "
                + "surveyor leads nowhere.", "Ada Kell plays Rosalia."), TERMS)).contains("the surveyor");
    }

    @Test
    void anUnnamedPart_mayBeCast_byACharacterItsSentenceNames_anActorBesideACastingWord_orACastingWordAfterIt() {
        assertThat(UncastParts.uncast(TERMS.of("farmer"), "the farmer", CASTING, film("Tomas, a farmer, loses his llamas.",
                "Ivo Quispe plays Tomas."), TERMS)).as("the character the part's sentence names is cast").isEmpty();
        assertThat(UncastParts.uncast(TERMS.of("lead"), "the lead", CASTING, film("Marlene Hinchliffe, in the lead, gives a "
                + "performance of tempered steel."), TERMS)).as("an actor beside a casting word").isEmpty();
        assertThat(UncastParts.uncast(TERMS.of("lead"), "the lead", CASTING, film("The lead role is underwritten.",
                "Ada Kell is superb."), TERMS)).as("the part's word before a casting word").isEmpty();
        assertThat(UncastParts.uncast(TERMS.of("lead"), "the lead", CASTING, film("The subplot leads nowhere.",
                "Ada Kell is superb."), TERMS)).as("the part's word as a verb is no part").isEmpty();
    }

    @Test
    void aPartNamedAfterAPossessive_asCalled_orByAWordOfItsName_isUncastByThatName() {
        assertThat(UncastParts.uncast(TERMS.of("widow"), "the widow", CASTING, film("The romance with the sutler's widow, Susannah "
                + "Prewitt, is dull.", "Garrett Lindell plays Pennefather."), TERMS)).contains("Susannah Prewitt");
        assertThat(UncastParts.uncast(TERMS.of("caiman"), "the caiman", CASTING, film("A hungry caiman called Yacaré is on her tail.",
                "Horacio Benedetti voices Don Zancudo."), TERMS)).contains("Yacaré");
        assertThat(UncastParts.uncast(TERMS.of("josias"), "the josias", CASTING, film("The romance with the journeyman Josias Spurway "
                + "never catches.", "Solène Mabire plays Suzanne."), TERMS)).contains("Josias Spurway");
        assertThat(UncastParts.uncast(TERMS.of("crow"), "the crow", CASTING, film("A young crow called Jinty lands on his hat.",
                "Torquil Shand plays Tattie."), TERMS)).as("a surname's particle is a whole word: no 'Jinty la'").contains("Jinty");
    }

    @Test
    void anUnnamedPart_isCastByACastingWordBeforeIt_anActorsPossessive_orAnActorInBracketsBetweenDashesOrAfterACopula() {
        List<String> mother = TERMS.of("mother");
        assertThat(UncastParts.uncast(mother, "the mother", CASTING, film("The mother holds the house together.",
                "Ada Kell plays Nan."), TERMS)).as("spoken of, cast by no one").contains("the mother");
        assertThat(UncastParts.uncast(mother, "the mother", CASTING, film("The mother (Marta Kellaway) holds the house together."),
                TERMS)).isEmpty();
        assertThat(UncastParts.uncast(mother, "the mother", CASTING, film("Marta Kellaway's flinty mother holds the house together."),
                TERMS)).isEmpty();
        assertThat(UncastParts.uncast(mother, "the mother", CASTING, film("In the role of the mother, Marta Kellaway is superb."),
                TERMS)).isEmpty();
        for (String cast : List.of("Marta Kellaway (the mother) holds the house together.", "Playing the mother, Marta Kellaway is superb.",
                "Marta Kellaway takes the part of the mother.", "The mother - Marta Kellaway - holds the house together.",
                "The mother is Marta Kellaway, quietly superb.")) {
            assertThat(UncastParts.uncast(mother, "the mother", CASTING, film(cast), TERMS)).as(cast).isEmpty();
        }
        assertThat(UncastParts.uncast(mother, "the mother", CASTING, film("The mother holds the house together.",
                "It rains. It rains more. Ada Kell is the star. She plays Nan as a woman who never sits."), TERMS))
                .as("a part never named may be the one a pronoun casts, however far away").isEmpty();
        assertThat(UncastParts.uncast(TERMS.of("leader"), "the leader", CASTING, film("Tariq is the planner, and Naveen Akerele plays him well.",
                "The leader, Councillor Eddie Ince, is a stock villain."), TERMS))
                .as("a named part after a pronoun's casting, which stands for someone before").contains("Councillor Eddie Ince");
        assertThat(UncastParts.uncast(mother, "the mother", CASTING, film("Nora's mother holds the house together.",
                "Ada Kell plays Nan."), TERMS)).as("a first name's possessive is a character's").contains("the mother");
    }
}
