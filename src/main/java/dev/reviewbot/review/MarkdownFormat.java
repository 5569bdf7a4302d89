package dev.reviewbot.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown reviews: optional YAML front matter, an optional leading {@code # Title}, {@code ##} sections. */
final class MarkdownFormat {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");

    private final String fileName;

    MarkdownFormat(String fileName) {
        this.fileName = fileName;
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
        for (int i = bodyStart; i < lines.length; i++) {
            Matcher heading = HEADING.matcher(lines[i]);
            if (heading.matches()) {
                String name = stripEmphasis(heading.group(2));
                if (heading.group(1).length() == 1 && !seenContent && titleHeading == null) {
                    titleHeading = name;
                } else {
                    builder.heading(name);
                }
                seenContent = true;
            } else {
                builder.line(lines[i]);
                seenContent |= !lines[i].isBlank();
            }
        }
        return new ParsedDocument(frontMatter, titleHeading, builder.build());
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
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            throw new ReviewFormatException(fileName, line, "malformed front matter: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new ReviewFormatException(fileName, 2, "malformed front matter: expected 'key: value' lines");
        }
        return new ParsedDocument.FrontMatter(text(node, "title"), year(node), text(node, "reviewer"),
                text(node, "rating"), text(node, "source"));
    }

    private Integer year(JsonNode node) throws ReviewFormatException {
        JsonNode year = node.get("year");
        if (year == null || year.isNull()) {
            return null;
        }
        String value = year.asText().strip();
        if (!value.matches("\\d{4}")) {
            throw new ReviewFormatException(fileName, "malformed front matter: year must be four digits, was '" + value + "'");
        }
        return Integer.valueOf(value);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String stripEmphasis(String heading) {
        return heading.replaceAll("[*_`]", "").strip();
    }
}
