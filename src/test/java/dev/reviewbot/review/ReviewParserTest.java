package dev.reviewbot.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReviewParserTest {

    private final ReviewParser parser = new ReviewParser(64 * 1024);

    private Review parse(String name, String text) throws ReviewFormatException {
        return parser.parse(name, text.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void seedReview_parsesIntoOpeningAndSixHeadedSections() throws Exception {
        Review review = parser.parse("ballerina.txt", Files.readAllBytes(Path.of("data/reviews/ballerina.txt")), null);

        assertThat(review.title()).isEqualTo("Ballerina");
        assertThat(review.sections()).extracting(Section::name).containsExactly(Section.OPENING, "Direction", "Acting",
                "Writing", "Cinematography", "Special Effects", "Overall");
        assertThat(review.section("Acting").orElseThrow().text()).startsWith("Ana de Armas anchors the film superbly");
        assertThat(review.section("Overall").orElseThrow().text()).endsWith("it largely achieves with style.");
    }

    @Test
    void seedReview_curlyApostrophesBecomeStraight() throws Exception {
        Review review = parser.parse("ballerina.txt", Files.readAllBytes(Path.of("data/reviews/ballerina.txt")), null);

        assertThat(review.sections().get(0).text()).contains("Ballerina isn't just a spin-off").doesNotContain("’");
    }

    @Test
    void markdown_frontMatterGivesMetadataAndHeadingsGiveSections() throws Exception {
        Review review = parse("x.md", """
                ---
                title: Glass Orchard
                year: 2024
                reviewer: Maya Lindqvist
                rating: 4/5
                source: The Northern Screen
                ---
                An opening line.

                ## Performances
                Liv Ekdahl is superb.

                ## Score
                The score is lovely.
                """);

        assertThat(review).extracting(Review::title, Review::year, Review::reviewer, Review::rating, Review::source)
                .containsExactly("Glass Orchard", 2024, "Maya Lindqvist", "4/5", "The Northern Screen");
        assertThat(review.sections()).extracting(Section::name).containsExactly(Section.OPENING, "Performances", "Score");
        assertThat(review.id()).isEqualTo("glass-orchard/maya-lindqvist");
    }

    @Test
    void markdown_leadingHashTitleIsTheTitleNotASection() throws Exception {
        Review review = parse("whatever.md", "# Neon Harvest\n\nIntro.\n\n## Plot\nA plot.\n");

        assertThat(review.title()).isEqualTo("Neon Harvest");
        assertThat(review.sections()).extracting(Section::name).containsExactly(Section.OPENING, "Plot");
    }

    @Test
    void title_fallsBackToFileNameThenToTheUsersTitle() throws Exception {
        assertThat(parse("the-salt-road.txt", "Just one paragraph of review text.").title()).isEqualTo("The Salt Road");
        assertThat(ReviewParser.titleFromFileName("return_of_the_king.md")).isEqualTo("Return of the King");
        Review given = parser.parse("notes.txt", "A paragraph.".getBytes(StandardCharsets.UTF_8), "Heat");
        assertThat(given.title()).isEqualTo("Heat");
    }

    @Test
    void fileWithNoHeadings_isOneSection() throws Exception {
        Review review = parse("plain.txt", "First sentence of a review. Second sentence.\nAnother paragraph here.");

        assertThat(review.sections()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo(Section.WHOLE_REVIEW);
            assertThat(s.text()).contains("First sentence").contains("Another paragraph");
        });
    }

    @Test
    void messyText_isCleaned() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String body = "It’s a “bold” film &quot;really&quot; &amp; more — truly.\r\nActing\r\nShe’s great.\r\n";
        byte[] bytes = concat(bom, body.getBytes(StandardCharsets.UTF_8));

        Review review = parser.parse("messy.txt", bytes, null);

        assertThat(review.sections().get(0).text()).isEqualTo("It's a \"bold\" film \"really\" & more — truly.");
        assertThat(review.section("Acting").orElseThrow().text()).isEqualTo("She's great.");
    }

    @Test
    void badFiles_failWithTheFileNameAndLine() {
        assertThatThrownBy(() -> parser.parse("latin1.txt", new byte[] {'o', 'k', '\n', (byte) 0xE9, 't', 'e'}, null))
                .isInstanceOf(ReviewFormatException.class).hasMessage("latin1.txt:2: not UTF-8 text");
        assertThatThrownBy(() -> parse("empty.md", "  \n\n "))
                .hasMessage("empty.md: empty: there is no review text");
        assertThatThrownBy(() -> parser.parse("image.txt", new byte[] {'a', 0, 'b'}, null))
                .hasMessageStartingWith("image.txt:1: binary data");
        assertThatThrownBy(() -> parser.parse("huge.txt", new byte[64 * 1024 + 1], null))
                .hasMessage("huge.txt: too large (65537 bytes; the limit is 65536)");
        assertThatThrownBy(() -> parse("bad.md", "---\ntitle: [unclosed\n---\n## A\ntext\n"))
                .hasMessageStartingWith("bad.md:").hasMessageContaining("malformed front matter");
        assertThatThrownBy(() -> parse("open.md", "---\ntitle: X\n## A\ntext\n"))
                .hasMessage("open.md:1: front matter opened with '---' but never closed");
        assertThatThrownBy(() -> parse("year.md", "---\nyear: soon\n---\ntext\n"))
                .hasMessageContaining("year must be four digits");
    }

    @Test
    void reviewFiles_loadsGoodFilesAndReportsBadOnes(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.md"), "# Good Film\n\n## Acting\nFine acting.\n");
        Files.write(dir.resolve("bad.txt"), new byte[] {'o', 'k', (byte) 0xE9});
        Files.writeString(dir.resolve("ignored.json"), "{}");

        ReviewFiles.Loaded loaded = new ReviewFiles(parser).load(java.util.List.of(dir, dir.resolve("missing.md")), null);

        assertThat(loaded.reviews()).extracting(Review::title).containsExactly("Good Film");
        assertThat(loaded.errors()).extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).startsWith(dir.resolve("missing.md") + ": no such file"))
                .anySatisfy(m -> assertThat(m).isEqualTo("bad.txt:1: not UTF-8 text"));
    }

    @Test
    void headingsWithoutText_areOneNamedError_andTheOtherFilesLoad(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-good.md"), "# Good Film\n\n## Acting\nFine acting.\n");
        Files.writeString(dir.resolve("headings.md"), "## One\n## Two\n");
        Files.writeString(dir.resolve("title-only.md"), "# Title\n");

        ReviewFiles.Loaded loaded = new ReviewFiles(parser).load(java.util.List.of(dir), null);

        assertThat(loaded.reviews()).extracting(Review::title).containsExactly("Good Film");
        assertThat(loaded.errors()).extracting(Throwable::getMessage).containsExactly(
                "headings.md: no review text: headings, but nothing under them",
                "title-only.md: no review text: headings, but nothing under them");
    }

    @Test
    void sizeIsCheckedBeforeReading_andNoMoreThanTheLimitIsRead(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.txt");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024); // 3 GB, sparse: reading it whole would exhaust the heap
        }
        ReviewFiles files = new ReviewFiles(parser);

        assertThat(files.load(java.util.List.of(big), null).errors()).extracting(Throwable::getMessage)
                .containsExactly("big.txt: too large (3221225472 bytes; the limit is 65536)");
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero));
        assertThat(files.load(java.util.List.of(zero), null).errors()).extracting(Throwable::getMessage)
                .containsExactly("zero: too large (over 65536 bytes; the limit is 65536)");
    }

    @Test
    void aFolder_neverFollowsALinkOutOfIt_butANamedLinkIsRead(@org.junit.jupiter.api.io.TempDir Path dir,
                                                               @org.junit.jupiter.api.io.TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "Secret text that must stay outside.\n");
        Files.writeString(dir.resolve("good.txt"), "A good review of a film.\n");
        Path link = Files.createSymbolicLink(dir.resolve("passwd.txt"), secret);

        ReviewFiles files = new ReviewFiles(parser);

        assertThat(files.load(java.util.List.of(dir), null).reviews()).extracting(Review::title).containsExactly("Good");
        assertThat(files.load(java.util.List.of(link), null).reviews()).extracting(Review::title).containsExactly("Passwd");
    }

    @Test
    void wronglyTypedFrontMatter_isNamedInAWarning_andTheReviewStillLoads() throws Exception {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        String text = "---\ntitle: {a: 1}\nreviewer: [x, y]\nrating: [1,2]\n---\n## Acting\nFine.\n";

        Review review = parser.parse("typed.md", text.getBytes(StandardCharsets.UTF_8), null, warnings::add);

        assertThat(review.title()).isEqualTo("Typed");
        assertThat(review.reviewer()).isNull();
        assertThat(warnings).containsExactly(
                "typed.md:2: front matter 'title' ignored: expected text, found a mapping",
                "typed.md:3: front matter 'reviewer' ignored: expected text, found a list",
                "typed.md:4: front matter 'rating' ignored: expected text, found a list");
    }

    @Test
    void malformedYaml_isOneLineWithFileAndLine_andUtf16IsNamed() {
        assertThatThrownBy(() -> parse("bad.md", "---\ntitle: ok\nreviewer: [unclosed\nrating: 3\n---\n## A\ntext\n"))
                .hasMessageStartingWith("bad.md:").hasMessageContaining("malformed front matter: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").matches("bad\\.md:\\d+: .*"));
        byte[] utf16 = "A review in UTF-16.".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> parser.parse("wide.txt", utf16, null)).hasMessage("wide.txt: UTF-16 text; save it as UTF-8");
        assertThatThrownBy(() -> parser.parse("bom.txt", "A review.".getBytes(StandardCharsets.UTF_16), null))
                .hasMessage("bom.txt: UTF-16 text; save it as UTF-8");
    }

    @Test
    void controlCharactersInAFileName_neverReachTheTitle() throws Exception {
        Review review = parser.parse("evil\u001B]0;pwned\u0007-film\u001B[2J.txt", "Some review text.".getBytes(StandardCharsets.UTF_8), null);

        assertThat(review.title()).isEqualTo("Evil Film");
        assertThat(review.source()).doesNotContain("\u001B").doesNotContain("\u0007");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
