package dev.reviewbot.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * What a reader sees in the scorecard picture, region by region, without OCR: the title and each section's
 * name in dark ink, the byline and "n/a" greyed, the values beside their bars, the legend in the bars'
 * colours, text kept inside its column, smooth edges. The layout (640 wide, rows of 26 from y 64) is the
 * chart's own.
 */
class ScorecardChartTest {

    private static final int BAR_RIGHT = 640 - 16 - 56;
    private static final int BACKGROUND = 0xFAFAF7;

    private static BufferedImage draw(Scorecard card) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(ScorecardChart.png(card)));
    }

    private static Scorecard lanternBay() {
        return new Scorecard("Lantern Bay", "Odette Brill", "4/5", List.of(
                new Scorecard.SectionScore("Music", Double.NaN, 0, 0),
                new Scorecard.SectionScore("Acting", 0.8, 4, 0),
                new Scorecard.SectionScore("Plot", -0.5, 0, 2)));
    }

    /** The darkest pixel's channels in the box [x0, x1) x [y0, y1), or null when the box is blank. */
    private static int[] darkest(BufferedImage image, int x0, int y0, int x1, int y1) {
        int[] best = null;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                int[] c = {rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF};
                if (rgb != BACKGROUND && (best == null || c[0] + c[1] + c[2] < best[0] + best[1] + best[2])) {
                    best = c;
                }
            }
        }
        return best;
    }

    private static boolean ink(int[] c) {
        return c != null && c[0] < 0x50 && c[1] < 0x50 && c[2] < 0x50;
    }

    private static boolean grey(int[] c) {
        return c != null && Math.abs(c[0] - c[1]) < 12 && Math.abs(c[1] - c[2]) < 12 && c[0] >= 0x60 && c[0] < 0xC8;
    }

    private static boolean reddish(int[] c) {
        return c != null && c[0] > c[1] + 60 && c[0] > c[2] + 60;
    }

    private static boolean greenish(int[] c) {
        return c != null && c[1] > c[0] + 40 && c[1] > c[2] + 20;
    }

    /** The rightmost column in the rows [y0, y1) holding anything but background. */
    private static int rightmostInk(BufferedImage image, int y0, int y1) {
        for (int x = image.getWidth() - 1; x >= 0; x--) {
            for (int y = y0; y < y1; y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != BACKGROUND) {
                    return x;
                }
            }
        }
        return -1;
    }

    @Test
    void theTitleIsInInk_theBylineGreyAndSmaller() throws Exception {
        BufferedImage chart = draw(lanternBay());

        assertThat(ink(darkest(chart, 16, 10, 300, 33))).isTrue();
        int[] byline = darkest(chart, 16, 36, 620, 50);
        assertThat(grey(byline)).as("byline %s", java.util.Arrays.toString(byline)).isTrue();
        // Eleven-point type: the byline ends well before the title's font would take it.
        assertThat(rightmostInk(chart, 36, 50)).isBetween(250, 470);
        assertThat(rightmostInk(draw(new Scorecard("Lantern Bay", null, null, lanternBay().sections())), 36, 50))
                .isBetween(150, 330);
    }

    @Test
    void theRatingRow_namesItself_andPrintsTheRatingInInk() throws Exception {
        BufferedImage chart = draw(lanternBay());

        assertThat(ink(darkest(chart, 16, 64, 80, 82))).isTrue();
        assertThat(ink(darkest(chart, BAR_RIGHT + 8, 64, 640, 82))).isTrue();
    }

    @Test
    void sectionNamesAreInInk_valuesInInk_andAnUnscoredSectionIsAGreyNa() throws Exception {
        BufferedImage chart = draw(lanternBay());
        int music = 64 + 34;
        int acting = music + 26;
        int plot = acting + 26;

        for (int row : new int[] {music, acting, plot}) {
            assertThat(ink(darkest(chart, 16, row, 70, row + 17))).as("label at y %d", row).isTrue();
        }
        int[] na = darkest(chart, BAR_RIGHT + 8, music, 640, music + 17);
        assertThat(grey(na)).as("n/a %s", java.util.Arrays.toString(na)).isTrue();
        assertThat(ink(darkest(chart, BAR_RIGHT + 8, acting, 640, acting + 17))).isTrue();
        assertThat(ink(darkest(chart, BAR_RIGHT + 8, plot, 640, plot + 17))).isTrue();
    }

    @Test
    void theFirstRowsLabel_isInkEvenWithoutARatingRowBeforeIt() throws Exception {
        BufferedImage chart = draw(new Scorecard("Lantern Bay", "Odette Brill", null, lanternBay().sections()));

        assertThat(ink(darkest(chart, 16, 64, 70, 64 + 17))).isTrue();
    }

    @Test
    void aGreyCentreLine_runsDownTheRows_andTheLegendIsInTheBarsColours() throws Exception {
        Scorecard card = new Scorecard("Lantern Bay", null, null, List.of(
                new Scorecard.SectionScore("Acting", 0.8, 4, 0),
                new Scorecard.SectionScore("Plot", -0.5, 0, 2)));
        BufferedImage chart = draw(card);
        int barLeft = 16 + labelWidthOf(chart);
        int centre = (barLeft + BAR_RIGHT) / 2;

        // Between the two rows' bars (y 64+16 .. 64+28) only the centre line is drawn.
        int[] line = darkest(chart, centre - 1, 64 + 19, centre + 2, 64 + 26);
        assertThat(grey(line)).as("centre line %s", java.util.Arrays.toString(line)).isTrue();
        assertThat(darkest(chart, centre + 3, 64 + 19, centre + 40, 64 + 26)).isNull();
        int legend = 64 + 2 * 26;
        int[] criticism = darkest(chart, barLeft, legend - 4, barLeft + 80, legend + 12);
        int[] praise = darkest(chart, BAR_RIGHT - 60, legend - 4, BAR_RIGHT + 1, legend + 12);
        assertThat(reddish(criticism)).as("criticism %s", java.util.Arrays.toString(criticism)).isTrue();
        assertThat(greenish(praise)).as("praise %s", java.util.Arrays.toString(praise)).isTrue();
        // "praise" ends at the bars' right end.
        assertThat(rightmostInk(chart, legend - 4, legend + 12)).isBetween(BAR_RIGHT - 4, BAR_RIGHT);
    }

    /** The label column's width, read from the picture: where the first row's grey track starts. */
    private static int labelWidthOf(BufferedImage chart) {
        for (int x = 16; x < 640; x++) {
            if ((chart.getRGB(x, 64 + 9) & 0xFFFFFF) == 0xE6E6E1) {
                return x - 16;
            }
        }
        throw new AssertionError("no track in the first row");
    }

    @Test
    void longTitlesAndNames_areCutToTheirColumn() throws Exception {
        String longName = "The Long and Winding Sequence of Events That Leads Up to the Final Confrontation";
        Scorecard card = new Scorecard(longName + " " + longName, null, null, List.of(
                new Scorecard.SectionScore(longName, 0.5, 1, 0)));
        BufferedImage chart = draw(card);

        assertThat(rightmostInk(chart, 10, 33)).isBetween(560, 640 - 16);
        // The label column is at most 180 wide: the name stops before its bar starts.
        assertThat(labelWidthOf(chart)).isEqualTo(180);
        assertThat(darkest(chart, 16 + 180 - 8, 64, 16 + 180, 64 + 17)).isNull();
        assertThat(ink(darkest(chart, 16, 64, 16 + 172, 64 + 17))).isTrue();
    }

    @Test
    void shortNames_narrowTheLabelColumn() throws Exception {
        BufferedImage chart = draw(new Scorecard("F", null, null, List.of(new Scorecard.SectionScore("Plot", 0.5, 1, 0))));

        assertThat(labelWidthOf(chart)).isBetween(30, 60);
    }

    @Test
    void edgesAreSmoothed() throws Exception {
        BufferedImage chart = draw(new Scorecard("F", null, null, List.of(new Scorecard.SectionScore("Plot", 0.5, 1, 0))));
        int barLeft = 16 + labelWidthOf(chart);

        // The track's rounded left end blends into the background: some pixels are neither colour.
        boolean blended = false;
        for (int y = 64 + 2; y < 64 + 16; y++) {
            for (int x = barLeft - 2; x < barLeft + 3; x++) {
                int rgb = chart.getRGB(x, y) & 0xFFFFFF;
                blended |= rgb != BACKGROUND && rgb != 0xE6E6E1;
            }
        }
        assertThat(blended).isTrue();
    }
}
