package dev.reviewbot.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reviewbot.TestBots;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.PlainTextRenderer;
import dev.reviewbot.command.Reply;
import dev.reviewbot.command.Requester;
import dev.reviewbot.library.Passage;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Polarity is scored at ingest and shown as a scorecard at the top of /review, in text and as a PNG. */
class ScorecardTest {

    private static final Review HARBOUR = new Review("the-harbour/test", "The Harbour", 2025, "Test Critic", "4/5",
            "test", List.of(
                    new Section("Acting", "The lead performance is superb, warm and utterly convincing. "
                            + "The supporting cast is wonderful too."),
                    new Section("Writing", "The script is a tedious, clumsy mess. The dialogue is painfully dull "
                            + "and the ending falls flat.")));

    private static ReviewBot bot;

    @BeforeAll
    static void ingest() {
        bot = ReviewBot.inMemory(TestBots.config(Map.of()), TestBots.loader(Map.of()), TestBots.model());
        bot.library().ingest(List.of(HARBOUR));
    }

    @AfterAll
    static void close() {
        bot.close();
    }

    @Test
    void ingest_storesEachSentencesPolarityWithItsPassage() {
        List<Passage> passages = bot.library().passagesOf(HARBOUR.id());

        assertThat(passages).hasSize(2);
        assertThat(passages.get(0).sentences()).hasSize(2).allSatisfy(s -> assertThat(s.polarity()).isPositive());
        assertThat(passages.get(1).sentences()).hasSize(2).allSatisfy(s -> assertThat(s.polarity()).isNegative());
    }

    @Test
    void scorecard_meanPolarityPerSection_andTheRating() {
        Scorecard card = Scorecard.of(HARBOUR, bot.library().passagesOf(HARBOUR.id()));

        assertThat(card.sections()).extracting(Scorecard.SectionScore::name).containsExactly("Acting", "Writing");
        Scorecard.SectionScore acting = card.sections().get(0);
        assertThat(acting.polarity()).isPositive();
        assertThat(acting.praise()).isEqualTo(2);
        assertThat(card.sections().get(1).polarity()).isNegative();
        assertThat(card.sections().get(1).criticism()).isEqualTo(2);
        assertThat(card.ratingShare()).hasValueSatisfying(share -> assertThat(share).isCloseTo(0.8, within(1e-9)));
    }

    @Test
    void reviewCommand_opensWithTheScorecard() {
        Reply reply = bot.commands().execute(Requester.console("t"),
                new BotCommand.ShowReview("the harbour", Optional.empty()));

        String text = new PlainTextRenderer().render(reply);

        assertThat(text).startsWith("At a glance").contains("The Harbour, review by Test Critic: rated 4/5");
        String acting = text.lines().filter(l -> l.strip().startsWith("Acting ")).findFirst().orElseThrow();
        String writing = text.lines().filter(l -> l.strip().startsWith("Writing ")).findFirst().orElseThrow();
        assertThat(acting).contains("│█").contains("2 praise, 0 criticism");
        assertThat(writing).contains("█│").contains("0 praise, 2 criticism");
        assertThat(text.indexOf("At a glance")).isLessThan(text.indexOf("The Harbour (review by Test Critic):"));
    }

    @Test
    void textBar_growsFromTheCentre() {
        assertThat(ScorecardText.bar(1)).isEqualTo("·····│█████");
        assertThat(ScorecardText.bar(-0.4)).isEqualTo("···██│·····");
        assertThat(ScorecardText.bar(0)).isEqualTo("·····│·····");
        assertThat(ScorecardText.signed(-0.001)).isEqualTo("+0.00");
        assertThat(ScorecardText.signed(-0.456)).isEqualTo("-0.46");
    }

    @Test
    void chart_isAPngWithARowPerSection() throws Exception {
        Scorecard card = Scorecard.of(HARBOUR, bot.library().passagesOf(HARBOUR.id()));

        byte[] png = ScorecardChart.png(card);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(640);
        Scorecard oneSection = new Scorecard("X", null, null, List.of(card.sections().get(0)));
        BufferedImage smaller = ImageIO.read(new ByteArrayInputStream(ScorecardChart.png(oneSection)));
        assertThat(image.getHeight()).isGreaterThan(smaller.getHeight());
        // Praise is drawn green right of the centre, criticism red left of it.
        assertThat(countColour(image, 0x2E8B57)).isPositive();
        assertThat(countColour(image, 0xC0392B)).isPositive();
    }

    private static int countColour(BufferedImage image, int rgb) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight() - 30; y++) { // above the criticism .. praise legend
                count += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return count;
    }
}
