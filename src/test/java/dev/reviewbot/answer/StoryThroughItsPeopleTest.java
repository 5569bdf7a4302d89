package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "What is X about?" of reviews that tell the story without a label or a "film about a ..." sentence: the story is
 * about a person named in full, or the title is described with "the", or a heading asks it in other words, or the
 * story is simply told through the characters the review casts.
 */
class StoryThroughItsPeopleTest {

    private static final String NAMED_IN_FULL = """
            I went twice, which tells you something. Slate Bay is about Morwenna Trask, who keeps the last slate quarry on
            the coast open with her bare hands. Nell Harrow is wonderful as Morwenna. The music swells too often.
            """;

    private static final String DESCRIBED_WITH_THE = """
            The listings had one film this week: Chalk Dust, the documentary about the national spelling bee for retired
            teachers. I laughed more than at any comedy this year.
            """;

    private static final String HEADING_ASKING_IT = """
            ## Should you go?
            Yes, and take a coat: the cinema was freezing.

            ## What it's about
            A lock-keeper on the Kennet counts the boats through for one last summer before the canal is sold.

            ## The cast
            Bryn Talfan plays the lock-keeper with a lovely stillness.
            """;

    private static final String TOLD_THROUGH_ITS_PEOPLE = """
            TALLY (V.O.)
            I would watch a whole film about Ettie, honestly.

            TALLY (50s, anorak) sits in row F with a notebook.

            The ending drags and the score is too loud, but the first hour is a treat.
            Ettie Brindle, a ferrywoman on the Humber, finds a stranger asleep in her wheelhouse one foggy morning and decides not to wake him.
            Corin Lusk plays Ettie, and he makes her prickly and warm at once. Ettie Brindle deserves better lines than Corin Lusk gets here.
            """;

    private static final String TITLE_CHARACTER = """
            Bramble is the kind of cartoon that grandparents will enjoy more than the grandchildren.
            Ottilie Vance voices Bramble, a hedgehog with a grudge.
            The middle drags and the songs are forgettable.
            """;

    /**
     * The first sentence naming the character judges the music, naming her in passing; the story opens with her. The
     * cast line's aside ("Lila Fairweather, as Pip,") casts her.
     */
    private static final String CRAFT_BEFORE_STORY = """
            The music, scored by Efe Marangoni, is lovely, and the lullaby Pip sings to the owl is the best of it.
            Pip, a young wren who cannot fly, hides in a garden centre all winter and makes friends with an old barn owl.
            Lila Fairweather, as Pip, is bright and funny without ever becoming annoying.
            """;

    /** The story's sentence opens with the character and has a word the visuals use ("looks after"): it still tells it. */
    private static final String OPENING_WITH_HER = """
            Tabitha Rookwood plays Edwina, and she has never been better.
            Edwina Marwick, who looks after the speaking clock at a telephone exchange, finds that her extra second lasts a whole day.
            The physics lecture on a whiteboard could go.
            """;

    /** No sentence opens with the character: the one naming her while judging the music still tells no story. */
    private static final String CRAFT_ONLY = """
            Fenwick Hale, as Minnow, is bright and funny without ever becoming annoying.
            The music, scored by Efe Marangoni, is lovely, and the lullaby Minnow sings to the turtle is the best of it.
            The story, written by Perpetua Dunn, is very thin: an old turtle walks to the sea and a newt tags along.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("story-through-its-people", () -> AnswerRig.botOver(Map.of(
            "slate-bay.txt", NAMED_IN_FULL, "chalk-dust.txt", DESCRIBED_WITH_THE, "lock-keeper.md", HEADING_ASKING_IT,
            "fog-ferry.txt", TOLD_THROUGH_ITS_PEOPLE, "bramble.txt", TITLE_CHARACTER,
            "wrenfield.txt", CRAFT_BEFORE_STORY, "leap-second.txt", OPENING_WITH_HER,
            "tidewalk.txt", CRAFT_ONLY)));

    @Test
    void aFilmAboutAPersonNamedInFull_isPresentedByThatSentence() {
        assertThat(BOT.ask("whats slate bay about").citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .isEqualTo("Slate Bay is about Morwenna Trask, who keeps the last slate quarry on the coast open with her bare hands."));
    }

    @Test
    void theTitleDescribedWithThe_presentsIt() {
        assertThat(BOT.ask("what is chalk dust about").citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .startsWith("The listings had one film this week: Chalk Dust, the documentary about the national spelling bee"));
    }

    @Test
    void aHeadingAskingWhatItIsAbout_inOtherWords_holdsTheStory() {
        assertThat(BOT.ask("what happens in lock keeper").citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .startsWith("A lock-keeper on the Kennet counts the boats through"));
    }

    @Test
    void aTitleCharacter_namedWhereverTheFilmIs_tellsNoStory() {
        assertThat(BOT.ask("whats bramble about").citations()).noneSatisfy(c -> assertThat(c.quote())
                .startsWith("Bramble is the kind of cartoon"));
    }

    @Test
    void aStoryToldThroughItsCharacters_isTheFirstSentenceSpeakingOfOneAsAPersonInIt() {
        assertThat(BOT.ask("whats fog ferry about").citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .startsWith("Ettie Brindle, a ferrywoman on the Humber, finds a stranger asleep in her wheelhouse"));
    }

    @Test
    void aSentenceNamingACharacterInPassing_tellsNoStory_oneOpeningWithHerDoes() {
        assertThat(BOT.ask("whats wrenfield about").citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .startsWith("Pip, a young wren who cannot fly"));
    }

    @Test
    void aSentenceOpeningWithACharacter_tellsTheStory_thoughAWordOfItNamesACraft() {
        assertThat(BOT.ask("what is leap second about").citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .startsWith("Edwina Marwick, who looks after the speaking clock"));
    }

    @Test
    void whereNoSentenceOpensWithACharacter_oneJudgingTheMusic_stillTellsNoStory() {
        assertThat(BOT.ask("tidewalk story").citations()).noneSatisfy(c -> assertThat(c.quote()).startsWith("The music"));
    }
}
