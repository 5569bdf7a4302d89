package dev.reviewbot.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user uploading a review meets at the edges: the size limit, encodings, names that give the title. */
class ReviewLimitsTest {

    private static final int LIMIT = 64 * 1024;
    private final ReviewParser parser = new ReviewParser(LIMIT);

    private static byte[] reviewOfExactly(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        byte[] start = "A fine film.\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, bytes, 0, start.length);
        return bytes;
    }

    @Test
    void aFileOfExactlyTheLimitLoads_oneByteMoreIsRefused(@TempDir Path dir) throws Exception {
        assertThat(parser.parse("exact.txt", reviewOfExactly(LIMIT), null).title()).isEqualTo("Exact");
        Files.write(dir.resolve("exact.txt"), reviewOfExactly(LIMIT));
        Files.write(dir.resolve("over.txt"), reviewOfExactly(LIMIT + 1));

        ReviewFiles.Loaded loaded = new ReviewFiles(parser).load(List.of(dir), null);

        assertThat(loaded.reviews()).extracting(Review::title).containsExactly("Exact");
        assertThat(loaded.errors()).extracting(Throwable::getMessage)
                .containsExactly("over.txt: too large (65537 bytes; the limit is 65536)");
    }

    @Test
    void aLimitOfZeroIsRefused() {
        assertThatThrownBy(() -> new ReviewParser(0)).hasMessage("maxBytes must be positive, was 0");
        assertThat(new ReviewParser(1).maxBytes()).isEqualTo(1);
    }

    @Test
    void utf16IsNamed_withOrWithoutAByteOrderMark() {
        byte[] le = "A fine film.".getBytes(StandardCharsets.UTF_16LE);
        byte[] be = "A fine film.".getBytes(StandardCharsets.UTF_16BE);
        byte[] bom = "A fine film.".getBytes(StandardCharsets.UTF_16); // big-endian, with FE FF

        for (byte[] bytes : List.of(le, be, bom)) {
            assertThatThrownBy(() -> parser.parse("wide.txt", bytes, null))
                    .hasMessage("wide.txt: UTF-16 text; save it as UTF-8");
        }
        byte[] littleBom = {(byte) 0xFF, (byte) 0xFE, 'A', 0};
        assertThatThrownBy(() -> parser.parse("wide.txt", littleBom, null)).hasMessageContaining("UTF-16");
    }

    @Test
    void aNulByteIsReportedOnItsLine_notMistakenForUtf16() {
        assertThatThrownBy(() -> parser.parse("mixed.txt", "line one\nline two\nbad \0 here\n".getBytes(StandardCharsets.UTF_8), null))
                .hasMessage("mixed.txt:3: binary data (a NUL byte), not a text review");
        assertThatThrownBy(() -> parser.parse("short.txt", new byte[] {'a', 0}, null))
                .hasMessage("short.txt:1: binary data (a NUL byte), not a text review");
    }

    @Test
    void aBrokenUtf8SequenceIsReportedOnItsLine() {
        byte[] bytes = "one\ntwo\nthree \u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);
        assertThatThrownBy(() -> parser.parse("cut.txt", cut, null)).hasMessage("cut.txt:3: not UTF-8 text");
    }

    @Test
    void theTitleFromAFileName_keepsSmallWordsLowerExceptFirst() {
        assertThat(ReviewParser.titleFromFileName("the-lord_of.the  rings.md")).isEqualTo("The Lord of the Rings");
        assertThat(ReviewParser.titleFromFileName("of-mice-and-men.txt")).isEqualTo("Of Mice and Men");
        assertThat(ReviewParser.titleFromFileName("reviews/UP.TXT")).isEqualTo("Up");
        assertThat(ReviewParser.stripExtension(".hidden")).isEqualTo(".hidden");
        assertThat(ReviewParser.stripExtension("a\\b\\film.md")).isEqualTo("film");
    }

    @Test
    void metadataFallsBackInOrder_andBlankFieldsAreAbsent() throws Exception {
        String md = "---\ntitle: \"  \"\nreviewer: \" \"\nrating: \"\"\nsource: \"\"\n---\n# Heading Title\n\n## Plot\nIt moves.\n";
        Review review = parser.parse("file-name.md", md.getBytes(StandardCharsets.UTF_8), "Given");

        assertThat(review.title()).isEqualTo("Heading Title");
        assertThat(review.reviewer()).isNull();
        assertThat(review.rating()).isNull();
        assertThat(review.source()).isEqualTo("file-name.md");
        Review plain = parser.parse("x.txt", "Plain text only.".getBytes(StandardCharsets.UTF_8), "  Given Title ");
        assertThat(plain.title()).isEqualTo("Given Title");
    }

    @Test
    void onlyReviewExtensionsAreReadFromAFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.TXT"), "First review text.\n");
        Files.writeString(dir.resolve("b.markdown"), "# B Film\n\nSecond review text.\n");
        Files.writeString(dir.resolve("c.pdf"), "not a review");
        Files.createDirectory(dir.resolve("d.md"));

        assertThat(new ReviewFiles(parser).load(List.of(dir), null).reviews()).extracting(Review::title)
                .containsExactly("A", "B Film");
        assertThat(ReviewFiles.isReviewFile(dir.resolve("d.md"))).isFalse();
    }

    @Test
    void aReviewIsShownWithItsReviewer_andItsHashChangesWithItsText() throws Exception {
        Review jane = parse("up.md", "---\nreviewer: Jane\nyear: 2009\n---\n# Up\n\n## Score\nIt soars.\n");
        Review changed = parse("up.md", "---\nreviewer: Jane\nyear: 2009\n---\n# Up\n\n## Score\nIt sags.\n");
        Review anonymous = parse("up.md", "# Up\n\n## Score\nIt soars.\n");

        assertThat(jane.displayName()).isEqualTo("Up (review by Jane)");
        assertThat(anonymous.displayName()).isEqualTo("Up");
        assertThat(jane.year()).isEqualTo(2009);
        assertThat(jane.contentHash()).hasSize(32).isEqualTo(parse("up.md",
                "---\nreviewer: Jane\nyear: 2009\n---\n# Up\n\n## Score\nIt soars.\n").contentHash());
        assertThat(changed.contentHash()).isNotEqualTo(jane.contentHash());
    }

    @Test
    void anErrorNamesItsFile() {
        assertThat(new ReviewFormatException("a.md", "bad").file()).isEqualTo("a.md");
    }

    @Test
    void aWronglyTypedFieldIsWarnedAboutOnItsOwnLine() throws Exception {
        List<String> warnings = new java.util.ArrayList<>();
        String md = "---\nyear: 2001\nreviewer:\n  - Ann\n  - Bob\n---\nText.\n";

        parser.parse("two.md", md.getBytes(StandardCharsets.UTF_8), null, warnings::add);

        assertThat(warnings).containsExactly("two.md:3: front matter 'reviewer' ignored: expected text, found a list");
    }

    @Test
    void aLeadingHashTitleMayFollowBlankLines_butNotText() throws Exception {
        Review titled = parse("x.md", "\n\n# Glass Orchard\n\nIt is slow.\n");
        Review sectioned = parse("x.md", "Some opening words.\n# Glass Orchard\nIt is slow.\n");

        assertThat(titled.title()).isEqualTo("Glass Orchard");
        assertThat(sectioned.title()).isEqualTo("X");
        assertThat(sectioned.sections()).extracting(Section::name).containsExactly(Section.OPENING, "Glass Orchard");
    }

    @Test
    void plainText_aHeadingNeedsTextUnderIt_andParagraphsStayApart() throws Exception {
        Review review = parse("film.txt", "First line of the opening.\nSecond line.\n\nActing\nShe is great.\n\nShe is warm.\nLast Words\n");

        assertThat(review.sections()).extracting(Section::name).containsExactly(Section.OPENING, "Acting");
        assertThat(review.section("Acting").orElseThrow().text()).isEqualTo("She is great.\n\nShe is warm.\n\nLast Words");
        assertThat(PlainTextFormat.isHeading("A")).isTrue();
        assertThat(PlainTextFormat.isHeading("Ends with a stop.")).isFalse();
        assertThat(PlainTextFormat.isHeading("lower case heading")).isFalse();
        assertThat(PlainTextFormat.isHeading("One Two Three Four Five Six")).isTrue();
        assertThat(PlainTextFormat.isHeading("One Two Three Four Five Six Seven")).isFalse();
        assertThat(PlainTextFormat.isHeading("H" + "x".repeat(59))).isTrue();
        assertThat(PlainTextFormat.isHeading("H" + "x".repeat(60))).isFalse();
        assertThat(PlainTextFormat.isHeading("Em                 C")).as("a chord chart's columns").isFalse();
        assertThat(PlainTextFormat.isHeading("Em  C")).isTrue();
    }

    private Review parse(String name, String text) throws ReviewFormatException {
        return parser.parse(name, text.getBytes(StandardCharsets.UTF_8), null);
    }
}
