package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.TestBots;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.ReviewFormatException;
import dev.reviewbot.review.ReviewParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8, points 1 and 5, in phrasings of users the bundled set lacks: pacing asked apart from the direction,
 * a part of an aspect ("the ending"), a reviewer's possessive, fillers, part of a title, a title typed with
 * a space too few, and films not stored that share words with stored ones.
 */
class UsersWordsTest {

    private static final String SALT_ROAD = """
            ---
            title: The Salt Road
            reviewer: Odette Brill
            rating: 4/5
            ---

            A trucker's last run across the flats, told with patience.

            ## Story

            It is 1952, and Wade Corran hauls salt across the desert for a company that is about to fold. The ending, in which the truck finally breaks down within sight of the coast, is bold and quietly devastating.

            ## Direction

            Director Hal Menzies stages every scene with care. The sets and costumes show a fine eye for period detail. The weakness is pace: the middle hour crawls, and nothing happens for long stretches.

            ## Music

            Composer Tomas Brisk writes a brisk, jaunty score of banjo and whistles.

            ## Verdict

            The Salt Road is a handsome, patient film with a great lead. Recommended.
            """;

    private static final String SALT_ROAD_HATCH = """
            ---
            title: The Salt Road
            reviewer: Colm Hatch
            ---

            I found The Salt Road handsome but inert, a drive with no destination.

            Two stars out of five.
            """;

    private static final String OTTER = """
            ---
            title: Otter and the Paper Boat
            reviewer: Lise Amble
            ---

            An animated tale about an otter who sails a paper boat to the sea.

            ## The Songs

            The songs by Lena Orr are sweet and hummable, and the lullaby in the middle is lovely.

            ## Final Thoughts

            A gentle delight for small children and the adults who bring them.
            """;

    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("salt-road", UsersWordsTest::bot);

    private static ReviewBot bot() {
        ReviewParser parser = new ReviewParser(64 * 1024);
        ReviewBot bot = ReviewBot.inMemory(TestBots.config(Map.of()), TestBots.loader(Map.of()), TestBots.model());
        try {
            List<Review> reviews = List.of(parser.parse("salt-road.md", SALT_ROAD.getBytes(StandardCharsets.UTF_8), null),
                    parser.parse("salt-road-hatch.md", SALT_ROAD_HATCH.getBytes(StandardCharsets.UTF_8), null),
                    parser.parse("otter.md", OTTER.getBytes(StandardCharsets.UTF_8), null));
            bot.library().ingest(reviews);
        } catch (ReviewFormatException e) {
            throw new IllegalStateException(e);
        }
        return bot;
    }

    private static Answer ask(String question) {
        return BOT.ask(question);
    }

    @Test
    void doesItDrag_isAnsweredByTheSentenceOnPacing_notTheDirectionSectionsOpening() {
        Answer answer = ask("does the salt road drag");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).contains("the middle hour crawls");
    }

    @Test
    void partOfAnAspect_isAnsweredByTheSentenceNamingIt() {
        Answer answer = ask("salt road ending");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).quote()).startsWith("The ending, in which the truck");
    }

    @Test
    void aReviewersPossessive_namesTheReviewer_andWhatTheyRatedItIsTheirRating() {
        Answer verdict = ask("Odette Brill's verdict on the salt road");
        Answer rating = ask("what did Colm Hatch rate the salt road");

        assertThat(verdict.citations()).isNotEmpty().allMatch(c -> "Odette Brill".equals(c.reviewer()));
        assertThat(rating.grounded()).isTrue();
        assertThat(rating.citations()).hasSize(1);
        assertThat(rating.citations().get(0).reviewer()).isEqualTo("Colm Hatch");
        assertThat(rating.citations().get(0).quote()).containsIgnoringCase("two stars out of five");
    }

    @Test
    void fillers_carryNoTopic() {
        Answer answer = ask("so is otter and the paper boat actually good or nah");

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations().get(0).section()).isEqualTo("Final Thoughts");
    }

    @Test
    void partOfATitle_orATitleWithoutItsSpace_namesTheFilm() {
        Answer part = ask("how are the songs in paper boat");
        Answer joined = ask("saltroad ending");

        assertThat(part.grounded()).isTrue();
        assertThat(part.citations().get(0).review()).isEqualTo("Otter and the Paper Boat");
        assertThat(part.citations().get(0).quote()).contains("Lena Orr");
        assertThat(joined.grounded()).isTrue();
        assertThat(joined.citations().get(0).quote()).startsWith("The ending");
    }

    @Test
    void filmsNotStored_sharingWordsWithStoredOnes_areDeclinedByName() {
        Answer ofThe = ask("rate the salt of the earth");
        Answer review = ask("paper road review");

        assertThat(ofThe.grounded()).isFalse();
        assertThat(ofThe.text()).startsWith("I have no review of salt of the earth.");
        assertThat(review.grounded()).isFalse();
        assertThat(review.text()).startsWith("I have no review of paper road.");
    }

    @Test
    void aWordOneTypoFromOneTheReviewsUse_isReadAsThatWord_evenWhenTheTypoBreaksItsStem() {
        // "animaton" stems to itself, four edits from "anim" (animated): the stem's own typo check misses it.
        dev.reviewbot.retrieval.Terms terms = new dev.reviewbot.retrieval.Terms(BOT.bot().index().analyzer());
        dev.reviewbot.retrieval.LibraryWords words = new dev.reviewbot.retrieval.LibraryWords(
                new dev.reviewbot.library.LexicalSearch(BOT.bot().index()), terms);

        assertThat(words.misspelt("animaton")).isFalse();
        assertThat(words.correction("animaton", List.of())).startsWith("animat");
        assertThat(words.correction("brisk", List.of())).isNull();
        // "boast" is one typo from "boat" (the otter's) and from "coast" (the salt road's): the film asked about decides.
        assertThat(words.correction("boast", List.of("Otter and the Paper Boat"))).isEqualTo("boat");
        assertThat(words.correction("boast", List.of("The Salt Road"))).isEqualTo("coast");
        assertThat(ask("how is the animaton in otter and the paper boat").text())
                .isEqualTo(ask("how is the animation in otter and the paper boat").text());
    }
}
