package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "What is X about?" of a review without a story section: its first sentence that presents what the film is
 * about, not one that talks about something ("let's talk about the nun") or a subplot.
 */
class WhatItIsAboutTest {

    private static final String HIVE_SONG = """
            I nearly left Hive Song in the first twenty minutes, and I am very glad I stayed. Let's talk about the bees first, because they are the real stars.
            This is a small Welsh drama, 98 minutes long, about an old widower who keeps bees on a cliff and the daughter who comes home after ten years away.
            Ifan Rees plays the widower, and he is the whole film. A late subplot about a land sale goes nowhere.
            The photography by Cerys Vaughan is all grey light and yellow gorse. The music is a spare harp score.
            The ending is a bit too neat. But I cried twice, and if you have patience, see it.
            """;

    private static final String TIDE_CLOCK = """
            ## Introduction
            Tide Clock is a quiet film about a harbour town that has lost its nerve, and it takes its time.

            ## Story
            A harbour master in 1950s Hull finds a clock that runs backwards.

            ## Verdict
            It is a film about patience, and a good one.
            """;

    private static final String BELL_HOLLOW = """
            The script is sharp and the writing never sags.
            This month my pick had to be Bell Hollow, a comedy about two sisters who run a bell foundry in Leeds. Let's talk about the bells.
            Nia Pryce plays the elder sister, and she is very funny.
            """;

    private static final String GULL_PIER = """
            I went in expecting nothing. The acting is uneven and the score is forgettable.
            The set-up is simple. Two brothers inherit a crumbling pier in Skegness. The elder wants to sell it to a casino chain, the younger wants to reopen the ballroom. Their mother just wants them to stop shouting.
            It looks lovely, though, all peeling paint and grey sea.
            """;

    private static final String FORM_ROOM = """
            Every December I write a school report for one new film. This term it had to be Form Room, a comedy about three Year 11s in Hull who skip their mock exams. I have confiscated a lot of phones.

            ## English
            The script is funny for an hour and then runs out of ideas.
            """;

    private static final String TIN_LANTERN = """
            The acting is fine and the music is better. Tin Lantern (2025) is set in Whitby in 1912. A lamplighter's daughter wants to go to sea.
            """;

    private static final String MARRAM_POINT = """
            Marram Point is a Dutch-Belgian thriller from 2025. Wietske Baan plays Ilse, a lighthouse keeper. Ilse finds a drowned man on the dunes in 1953. By morning the body has gone, and the village swears there was no man. I loved every minute of it.
            """;

    private static final String VAULT_NINE = """
            The script is clumsy and the plot has holes you could drive a van through.
            Vault Nine takes place in one bank vault over a single night. Six strangers must open it before dawn. The score is a low drone that never lets up.
            """;

    private static final String ROPEWALK = """
            The story is thin and the writing is clumsy in places.
            Ropewalk is a sports documentary. It follows the Carrigbawn Ladies, a rowing crew from Cork, for one season. You will cheer at the end.
            """;

    private static final String HAIRSPRING = """
            The first forty minutes are very slow, and the subplot about the union meeting goes nowhere.
            Hairspring is a Swiss drama. It is 1975 in Le Locle, and quartz watches from Japan are emptying the workshops.
            """;

    private static final String NETTLE_BED = """
            3. Runtime? 101 minutes.
            4. The plot, in one sentence? A grandmother coaches her granddaughter's netball team in Derby for the national final.
            """;

    private static final String LANTERN_TIDE = """
            Lantern Tide is a Cornish mystery film from 2024, in English and Cornish. Three lifeboat crew find a drifting boat with nobody aboard. The score is all fiddles and drones.
            """;

    private static final String GULL_SONG = """
            Gull Song is a lovely little film from 2025. I cried twice, and so will you.
            """;

    private static final String BRAMBLE = """
            Description: A young hedgehog called Bramble is afraid of water, which is a problem on a river.
            """;

    /** The story opens on a dateline; a cast character is named later, in a complaint, which tells no story. */
    private static final String STOCKING_STITCH = """
            Stocking Stitch is a war drama.

            Ghent, the winter of 1943. A widowed seamstress knits the movements of trains into scarves for the Resistance.

            Mieke Dewulf plays Godelieve. The subplot about Cyriel's brother goes nowhere, and Tibo Goossens is wasted as Cyriel.
            """;

    /** A letter's dateline opens the writer's own voice, not the story. */
    private static final String SLATE_QUAY = """
            Bangor, December 2026. I have to write in about Slate Quay, which I saw on Saturday.

            Ifan Rees plays Huw, and the subplot about Huw's debts is the best thing in it.
            """;

    /** "There are about three of them" counts jokes: no story. */
    private static final String SCARECROW_JIG = """
            Scarecrow Jig is a Scottish animated film from 2026. A scarecrow in a potato field near Turriff is terrified of crows.

            The jokes for grown-ups? There are about three of them, and they land.
            """;

    /**
     * A listing's "Description" heading over the story, opening on the film's facts; a later table row on the story
     * ("Story: Thin in the middle, ...") judges it.
     */
    private static final String WREN_POST = """
            # Wren Post

            ## Description

            A British animated film of 2026, rated U and running 84 minutes.

            Directed by Orla Finnegan. A young wren called Pip cannot fly, and the winter letters must still go out.

            ## Nutrition information

            | Typical values | Per screening | Notes |
            |---|---|---|
            | Story | Thin in the middle | The second act is a string of errands, and it drags |
            | Songs | 3 | The songs are forgettable |
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("what-it-is-about",
            () -> AnswerRig.botOver(Map.ofEntries(Map.entry("hive-song.txt", HIVE_SONG), Map.entry("tide-clock.md", TIDE_CLOCK),
                    Map.entry("bell-hollow.txt", BELL_HOLLOW), Map.entry("gull-pier.txt", GULL_PIER), Map.entry("form-room.md", FORM_ROOM),
                    Map.entry("tin-lantern.txt", TIN_LANTERN), Map.entry("marram-point.txt", MARRAM_POINT),
                    Map.entry("vault-nine.txt", VAULT_NINE), Map.entry("ropewalk.txt", ROPEWALK), Map.entry("hairspring.txt", HAIRSPRING),
                    Map.entry("nettle-bed.txt", NETTLE_BED), Map.entry("bramble.txt", BRAMBLE),
                    Map.entry("lantern-tide.txt", LANTERN_TIDE), Map.entry("gull-song.txt", GULL_SONG),
                    Map.entry("stocking-stitch.txt", STOCKING_STITCH), Map.entry("slate-quay.txt", SLATE_QUAY),
                    Map.entry("scarecrow-jig.txt", SCARECROW_JIG), Map.entry("wren-post.md", WREN_POST))));

    @Test
    void aCountOfThings_isNoStory() {
        assertThat(BOT.ask("what is scarecrow jig about").citations()).singleElement()
                .satisfies(c -> assertThat(c.quote()).contains("A scarecrow in a potato field near Turriff is terrified of crows."));
    }

    @Test
    void whatItIsAbout_isTheSentencePresentingIt() {
        Answer answer = BOT.ask("what's hive song about?");

        assertThat(answer.citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .isEqualTo("This is a small Welsh drama, 98 minutes long, about an old widower who keeps bees on a cliff and the daughter who comes home after ten years away."));
    }

    @Test
    void theTitleDescribedAsAFilmAbout_presentsIt_asAskedInOtherWords() {
        for (String question : java.util.List.of("whats bell hollow about", "what happens in bell hollow?", "plot of bell hollow")) {
            assertThat(BOT.ask(question).citations()).as(question).singleElement().satisfies(c -> assertThat(c.quote())
                    .isEqualTo("This month my pick had to be Bell Hollow, a comedy about two sisters who run a bell foundry in Leeds."));
        }
    }

    @Test
    void aReviewWithAStorySection_isAnsweredFromIt() {
        Answer answer = BOT.ask("what is tide clock about");

        assertThat(answer.citations().get(0).section()).isEqualTo("Story");
        assertThat(answer.citations().get(0).quote()).isEqualTo("A harbour master in 1950s Hull finds a clock that runs backwards.");
    }

    /** A short sentence announcing the story ("The set-up is simple.") is followed by its telling, several sentences long. */
    @Test
    void theStoryALabelAnnounces_isToldInTheSentencesAfterIt() {
        for (String question : java.util.List.of("gull pier plot", "whats the story of gull pier", "what happens in gull pier")) {
            assertThat(BOT.ask(question).citations()).as(question).singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo(
                    "Two brothers inherit a crumbling pier in Skegness. The elder wants to sell it to a casino chain, the younger "
                            + "wants to reopen the ballroom. Their mother just wants them to stop shouting."));
        }
    }

    /**
     * A school year ("about three Year 11s") is who the film is about, not how long; the sentence saying so answers
     * though a heading ("English") covers the writing.
     */
    @Test
    void aSchoolYear_isNoDuration() {
        assertThat(BOT.ask("whats form room about").citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .isEqualTo("This term it had to be Form Room, a comedy about three Year 11s in Hull who skip their mock exams."));
    }

    /** Told nowhere and said to be about nothing, the film is presented by where it is set, and the story told after it. */
    @Test
    void whereTheFilmIsSet_presentsIt_withTheStoryAfterIt() {
        assertThat(BOT.ask("whats tin lantern about").citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .isEqualTo("Tin Lantern (2025) is set in Whitby in 1912. A lamplighter's daughter wants to go to sea."));
    }

    /** The story goes on past the sentence opening with a character, and stops where the reviewer speaks. */
    @Test
    void theStoryOfACharacter_goesOnUntilTheReviewerSpeaks() {
        assertThat(BOT.ask("what's marram point about").citations()).singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo(
                "Ilse finds a drowned man on the dunes in 1953. By morning the body has gone, and the village swears there was no man."));
    }

    /** Where the whole film takes place presents it; the telling stops where a craft (the score) is judged. */
    @Test
    void whereTheFilmTakesPlace_presentsIt_untilACraftIsJudged() {
        assertThat(BOT.ask("what happens in vault nine").citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .isEqualTo("Vault Nine takes place in one bank vault over a single night. Six strangers must open it before dawn."));
    }

    /**
     * Whom the film follows, and the year its story opens in, present it; a subplot "about" something in a clause
     * joined on after "are" does not.
     */
    @Test
    void whomItFollows_andTheYearItOpensIn_presentIt() {
        assertThat(BOT.ask("whats ropewalk about").citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .isEqualTo("It follows the Carrigbawn Ladies, a rowing crew from Cork, for one season."));
        assertThat(BOT.ask("what is hairspring about").citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .startsWith("It is 1975 in Le Locle"));
    }

    /**
     * A film introduced by its kind and year has its story told in the next sentence; where the next sentence is the
     * reviewer's own, the introduction tells no story.
     */
    @Test
    void theSentenceAfterTheFilmsIntroduction_tellsTheStory() {
        assertThat(BOT.ask("what is lantern tide about").citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .isEqualTo("Three lifeboat crew find a drifting boat with nobody aboard."));
        assertThat(BOT.ask("what is gull song about").citations()).noneMatch(c -> c.quote().startsWith("I cried twice"));
    }

    /** A dateline ("Ghent, the winter of 1943.") opens the story told after it; a letter's, before the writer speaks, does not. */
    @Test
    void aDateline_opensTheStoryToldAfterIt() {
        assertThat(BOT.ask("what is stocking stitch about").citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .isEqualTo("Ghent, the winter of 1943. A widowed seamstress knits the movements of trains into scarves for the Resistance."));
        assertThat(BOT.ask("what is slate quay about").citations()).noneMatch(c -> c.quote().startsWith("Bangor"));
    }

    /** A numbered question announcing the plot, and a listing's "Description:", open the story. */
    @Test
    void aNumberedQuestion_andADescriptionLabel_openTheStory() {
        assertThat(BOT.ask("nettle bed plot").citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .startsWith("A grandmother coaches her granddaughter's netball team"));
        assertThat(BOT.ask("what's bramble about").citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .startsWith("Description: A young hedgehog called Bramble"));
    }

    /** A section headed "Description" tells the story, from where it stops giving the film's facts. */
    @Test
    void aDescriptionHeading_tellsTheStory_afterTheFilmsFacts() {
        assertThat(BOT.ask("what's wren post about").citations()).singleElement().satisfies(c -> {
            assertThat(c.section()).isEqualTo("Description");
            assertThat(c.quote()).isEqualTo("A young wren called Pip cannot fly, and the winter letters must still go out.");
        });
    }

    /** A misspelt title leaves only "what's it about": still a question for the story, not for the whole review. */
    @Test
    void aMisspeltTitle_withWhatItIsAbout_asksForTheStory() {
        assertThat(BOT.ask("gull peir whats it about").citations()).singleElement().satisfies(c -> assertThat(c.quote())
                .startsWith("Two brothers inherit a crumbling pier in Skegness."));
    }

    /**
     * Without its title, "What's Ballerina about?" reads like "what's good about it?" to the fitted question kinds (which
     * this rig's bot leaves out; the wired bot has them): it asks no opinion.
     */
    @Test
    void whatAFilmIsAbout_isNoQuestionOfItsStrengths() {
        Answer answer = dev.reviewbot.SharedBot.get().answers().ask(null, "What's Ballerina about?", java.util.Optional.empty()).answer();

        assertThat(answer.citations()).singleElement().satisfies(c -> assertThat(c.section()).isEqualTo("Writing"));
    }
}
