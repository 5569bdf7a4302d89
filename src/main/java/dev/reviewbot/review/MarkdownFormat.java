package dev.reviewbot.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown reviews: optional YAML front matter, an optional leading {@code # Title}, {@code ##} sections. */
final class MarkdownFormat {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /**
     * Other names front matter gives each field, from blog templates and schema.org's Review (itemReviewed,
     * author, reviewRating, publisher). A review's own date ("date", "posted") is not the film's year.
     */
    private static final java.util.Map<String, List<String>> ALIASES = java.util.Map.of(
            "title", List.of("film", "movie", "itemReviewed"),
            "year", List.of("released", "release", "release_year", "release_date", "releaseYear"),
            "reviewer", List.of("critic", "author", "reviewed_by", "by"),
            "rating", List.of("score", "grade", "reviewRating"),
            "source", List.of("outlet", "publication", "publisher", "site", "website"));
    private static final Pattern YEAR_IN_DATE = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    /** A line that is bold and nothing else ("**The performances**"): how many blogs write their headings. */
    private static final Pattern BOLD_LINE = Pattern.compile("^\\s*(\\*\\*|__)([^*_]+?):?\\1:?\\s*$");
    /** A paragraph led by a bold label and a colon ("**The good:** It looks gorgeous."): a run-in heading. */
    private static final Pattern RUN_IN = Pattern.compile("^\\s*(\\*\\*|__)([^*_]+?)(?::\\1|\\1:)\\s+(\\S.*)$");

    private final String fileName;
    private final Consumer<String> warnings;

    /** @param warnings told of each front matter field that is ignored, and why */
    MarkdownFormat(String fileName, Consumer<String> warnings) {
        this.fileName = fileName;
        this.warnings = warnings;
    }

    ParsedDocument parse(String text) throws ReviewFormatException {
        String[] lines = text.split("\n", -1);
        int bodyStart = 0;
        ParsedDocument.FrontMatter frontMatter = ParsedDocument.FrontMatter.NONE;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            int end = closingFence(lines);
            frontMatter = frontMatter(lines, end);
            bodyStart = end + 1;
        }
        SectionBuilder builder = new SectionBuilder();
        String titleHeading = null;
        boolean seenContent = false;
        // A "# Title" opening the body, then perhaps a byline, a rating or a date line before the prose.
        int first = bodyStart;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        Matcher opening = first < lines.length ? HEADING.matcher(lines[first]) : null;
        if (opening != null && opening.matches() && opening.group(1).length() == 1) {
            titleHeading = stripEmphasis(opening.group(2));
            seenContent = true;
            first++;
        }
        int start = Masthead.end(lines, first);
        int end = Math.max(start, Masthead.closingStart(lines, lines.length));
        List<String> masthead = new ArrayList<>(Masthead.lines(lines, first, start));
        masthead.addAll(Masthead.lines(lines, end, lines.length));
        for (int i = start; i < end; i++) {
            Matcher heading = HEADING.matcher(lines[i]);
            Matcher runIn = runInHeading(lines, i);
            if (heading.matches()) {
                String name = stripEmphasis(heading.group(2));
                if (heading.group(1).length() == 1 && !seenContent && titleHeading == null) {
                    titleHeading = name;
                } else {
                    builder.heading(name);
                }
                seenContent = true;
            } else if (isBoldHeading(lines, i)) {
                builder.heading(stripEmphasis(lines[i]).replaceFirst(":$", ""));
                seenContent = true;
            } else if (runIn != null) {
                builder.heading(runIn.group(2).strip());
                builder.line(withoutInlineEmphasis(runIn.group(3)));
                seenContent = true;
            } else if (TABLE_ROW.matcher(lines[i]).matches()) {
                // A table's header and rule are layout; each row is a line of its own, "Director: Beatrix Sandoval".
                boolean header = i + 1 < end && TABLE_RULE.matcher(lines[i + 1]).matches();
                if (!header && !TABLE_RULE.matcher(lines[i]).matches()) {
                    builder.line(tableRow(lines[i]));
                    builder.line("");
                }
                seenContent = true;
            } else {
                builder.line(withoutInlineEmphasis(lines[i]));
                seenContent |= !lines[i].isBlank();
            }
        }
        return new ParsedDocument(frontMatter, titleHeading, builder.build(), masthead);
    }

    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?(\\s*:?-{3,}:?\\s*\\|)+\\s*(:?-{3,}:?\\s*)?$");

    /** "| Director | Beatrix Sandoval |" as "Director: Beatrix Sandoval"; a row of one cell is that cell. */
    static String tableRow(String line) {
        List<String> cells = java.util.Arrays.stream(line.strip().replaceAll("^\\||\\|$", "").split("\\|"))
                .map(String::strip).filter(c -> !c.isEmpty()).toList();
        return cells.size() < 2 ? String.join("", cells) : cells.get(0) + ": " + String.join(", ", cells.subList(1, cells.size()));
    }

    private int closingFence(String[] lines) throws ReviewFormatException {
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return i;
            }
        }
        throw new ReviewFormatException(fileName, 1, "front matter opened with '---' but never closed");
    }

    private ParsedDocument.FrontMatter frontMatter(String[] lines, int end) throws ReviewFormatException {
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end));
        if (yaml.isBlank()) {
            return ParsedDocument.FrontMatter.NONE;
        }
        JsonNode node;
        try {
            node = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            // The YAML parser's message spans several lines (with a drawing of the spot): keep its first.
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            String problem = String.valueOf(e.getOriginalMessage()).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).findFirst().orElse("not YAML");
            throw new ReviewFormatException(fileName, line, "malformed front matter: " + problem);
        }
        if (node == null || !node.isObject()) {
            throw new ReviewFormatException(fileName, 2, "malformed front matter: expected 'key: value' lines");
        }
        String[] yamlLines = java.util.Arrays.copyOfRange(lines, 0, end);
        return new ParsedDocument.FrontMatter(text(node, "title", yamlLines), year(node), text(node, "reviewer", yamlLines),
                rating(node, yamlLines), text(node, "source", yamlLines));
    }

    private Integer year(JsonNode node) throws ReviewFormatException {
        JsonNode year = node.get("year");
        if (year == null || year.isNull()) {
            // "released: 2025" or "release_date: 2025-03-14": the year of a date is the film's year.
            return ALIASES.get("year").stream().map(node::get).filter(v -> v != null && v.isValueNode())
                    .map(v -> YEAR_IN_DATE.matcher(v.asText())).filter(Matcher::find)
                    .map(m -> Integer.valueOf(m.group())).findFirst().orElse(null);
        }
        String value = year.asText().strip();
        if (!value.matches("\\d{4}")) {
            throw new ReviewFormatException(fileName, "malformed front matter: year must be four digits, was '" + value + "'");
        }
        return Integer.valueOf(value);
    }

    /** "rating: 4/5" as written; "stars: 3", a bare number under a name that says what it counts, as "3 stars". */
    private String rating(JsonNode node, String[] frontMatterLines) {
        String rating = text(node, "rating", frontMatterLines);
        JsonNode stars = node.get("stars");
        if (rating == null && stars != null && stars.isValueNode() && stars.asText().strip().matches("\\d{1,2}(\\.\\d)?")) {
            return stars.asText().strip() + (stars.asText().strip().equals("1") ? " star" : " stars");
        }
        return rating;
    }

    /**
     * A text field, under its own name or one that blogs and site generators use for it ("film", "critic",
     * "outlet"); a list or a mapping where text belongs is ignored, and the warning says so.
     */
    private String text(JsonNode node, String field, String[] frontMatterLines) {
        for (String name : names(field)) {
            String value = fieldText(node.get(name), name, frontMatterLines);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static List<String> names(String field) {
        List<String> names = new ArrayList<>(List.of(field));
        names.addAll(ALIASES.getOrDefault(field, List.of()));
        return names;
    }

    private String fieldText(JsonNode value, String field, String[] frontMatterLines) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            int line = 1;
            for (int i = 0; i < frontMatterLines.length; i++) {
                if (frontMatterLines[i].startsWith(field + ":")) {
                    line = i + 1;
                }
            }
            warnings.accept(fileName + ":" + line + ": front matter '" + field + "' ignored: expected text, found "
                    + (value.isArray() ? "a list" : "a mapping"));
            return null;
        }
        return value.asText();
    }

    /** A bold line standing alone, heading-shaped (short, capitalised, no sentence's end), with text after it. */
    private static boolean isBoldHeading(String[] lines, int i) {
        Matcher bold = BOLD_LINE.matcher(lines[i]);
        return bold.matches() && (i == 0 || lines[i - 1].isBlank()) && PlainTextFormat.isHeading(bold.group(2).strip());
    }

    /**
     * A paragraph opening with a heading-shaped bold label and then prose, as family and blog reviews write their
     * parts ("**The scary bits:** Very mild."). Not a rating ("**Rating:** 4/5") nor a credits line ("**Cast:** Ana
     * Vance, Tor Achebe"), which stay in the text for the metadata readers.
     *
     * @return the line matched, its label in group 2 and its text in group 3; null when it is no run-in heading
     */
    private static Matcher runInHeading(String[] lines, int i) {
        Matcher runIn = RUN_IN.matcher(lines[i]);
        if (!runIn.matches() || (i > 0 && !lines[i - 1].isBlank())) {
            return null;
        }
        String plain = stripEmphasis(runIn.group(2).strip() + ": " + runIn.group(3).strip());
        boolean heading = PlainTextFormat.isHeading(runIn.group(2).strip()) && !Masthead.isMetadataLine(plain)
                && !Section.isCreditsLine(plain);
        return heading ? runIn : null;
    }

    /** "**strong**", "__strong__", "*title*", "_title_" inside prose: markup, not text to quote or search. */
    private static final List<Pattern> INLINE_EMPHASIS = List.of(
            Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"),
            Pattern.compile("(?<![\\w*])(\\*)(?=[^\\s*])([^*\n]+?)(?<=[^\\s*])\\*(?![\\w*])"),
            // Underscores inside a word stay ("reelgrinder_88"): only a span with no word character either side.
            Pattern.compile("(?<![\\w_])(_)(?=[^\\s_])([^_\n]+?)(?<=[^\\s_])_(?![\\w_])"));

    /**
     * A line of prose as it reads: a list item written in bold ("**3. The supporting cast.** Dev Pattani plays...")
     * keeps its number for the list to take off, and its sentence is quoted without the asterisks.
     */
    static String withoutInlineEmphasis(String line) {
        String plain = line;
        for (Pattern emphasis : INLINE_EMPHASIS) {
            plain = emphasis.matcher(plain).replaceAll("$2");
        }
        return plain;
    }

    private static String stripEmphasis(String heading) {
        return heading.replaceAll("[*_`]", "").strip();
    }
}
