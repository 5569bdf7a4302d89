package dev.reviewbot.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata that web reviews carry in their prose rather than in front matter: a rating line ("Rating: 3/5",
 * "★★★★☆", "Four stars out of five"), a byline ("By Jane Doe"), a year ("Year: 2024", "Heat (1995)").
 * Read once at ingest; each value is kept as written, so an answer can quote it.
 */
public final class ProseMetadata {

    private static final String NUMBER = "\\d{1,3}(?:\\.\\d)?|one|two|three|four|five|six|seven|eight|nine|ten";
    private static final List<Pattern> RATINGS = List.of(
            Pattern.compile("(?i)\\b(?:rating|score|grade|verdict|stars)\\s*[:\\-–—]\\s*((?:" + NUMBER + ")(?:\\s*(?:/|out of)\\s*(?:\\d{1,3}|five|ten|four))?(?:\\s*stars?)?|[★☆✩✭½]{1,10}|[A-F][+-]?(?![\\w]))"),
            Pattern.compile("[★✭][★☆✩✭½]{0,9}"),
            Pattern.compile("(?i)\\b(?:" + NUMBER + ")(?: and a half)?[- ]stars? out of (?:five|ten|four|5|10|4)\\b"),
            Pattern.compile("(?i)\\b(?:" + NUMBER + ")(?: and a half)? out of (?:five|ten|four|5|10|4)(?: stars)?\\b"),
            Pattern.compile("\\b\\d{1,2}(?:\\.\\d)?\\s?/\\s?(?:5|10|100)\\b"),
            // "One and a half stars." as a sentence of its own, closing a paragraph: a verdict, not "the three stars of it"
            Pattern.compile("(?i)(?<=^|[.!?]\\s)(?:" + NUMBER + ")(?: and a half)? stars?(?=[.!]\\s*$)"));
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:[Bb]y|[Rr]eviewed by|[Rr]eview by|[Ww]ords by|[Ww]ritten by)\\s*[:\\-]?\\s+((?:\\p{Lu}[\\p{L}.'’-]+)(?:\\s+(?:de|van|von|da|di|\\p{Lu}[\\p{L}.'’-]+)){0,3})\\s*(?:[,|—–-].*)?$");
    /** "a 2022 British comedy", "released in 2019": a year the review gives as the film's. */
    private static final Pattern YEAR_PROSE = Pattern.compile(
            "\\b(?:[Aa]n?|[Tt]his|[Hh]is|[Hh]er|[Tt]heir)\\s+((?:19|20)\\d{2})\\s+(?:[\\p{L}-]+\\s+){0,3}(?:film|movie|comedy|drama|thriller|documentary|feature|horror|musical|romance|picture|animation|western|mystery)\\b"
                    + "|\\b(?:released|premiered|made|came out|opened) in ((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR_LINE = Pattern.compile("(?im)^\\s*(?:year|released|release year)\\s*[:\\-]\\s*((?:19|20)\\d{2})\\b");
    private static final Map<String, Double> WORDS = Map.of("one", 1.0, "two", 2.0, "three", 3.0, "four", 4.0,
            "five", 5.0, "six", 6.0, "seven", 7.0, "eight", 8.0, "nine", 9.0, "ten", 10.0);

    private ProseMetadata() {
    }

    /** The first rating line in the sections, as written, or empty. A short line is read before prose. */
    public static Optional<String> rating(List<Section> sections) {
        for (Section section : sections) {
            for (String paragraph : section.text().split("\n\n")) {
                for (Pattern pattern : RATINGS) {
                    Matcher m = pattern.matcher(paragraph);
                    if (m.find() && (pattern != RATINGS.get(4) || paragraph.split("\\s+").length <= 12)) {
                        return Optional.of(m.group().strip());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A byline among the opening paragraphs ("By Jane Doe", "Reviewed by Jane Doe | Screen Daily"), or empty. */
    public static Optional<String> byline(List<Section> sections) {
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        String[] paragraphs = sections.get(0).text().split("\n\n");
        for (int i = 0; i < Math.min(3, paragraphs.length); i++) {
            Matcher m = BYLINE.matcher(paragraphs[i].strip());
            if (m.matches()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** Whether a line is a byline ("By Jane Doe", "Reviewed by Jane Doe"). */
    static boolean isByline(String line) {
        return BYLINE.matcher(line.strip()).matches();
    }

    /**
     * A year line ("Year: 2024"), the title followed by a year in brackets ("Heat (1995)"), or a year the
     * prose gives the film ("a 2022 British comedy", "released in 2019"); null when none.
     */
    public static Integer year(String title, List<Section> sections) {
        Pattern titled = Pattern.compile("(?i)" + Pattern.quote(title) + "\\W{0,3}\\(((?:19|20)\\d{2})\\)");
        for (Section section : sections) {
            Matcher line = YEAR_LINE.matcher(section.text());
            if (line.find()) {
                return Integer.valueOf(line.group(1));
            }
            Matcher inProse = titled.matcher(section.text());
            if (inProse.find()) {
                return Integer.valueOf(inProse.group(1));
            }
        }
        for (Section section : sections) {
            Matcher described = YEAR_PROSE.matcher(section.text());
            if (described.find()) {
                return Integer.valueOf(described.group(1) != null ? described.group(1) : described.group(2));
            }
        }
        return null;
    }

    /**
     * A rating as written, on a 0..1 scale so ratings on different scales compare: "4/5" is 0.8, "★★★☆☆"
     * 0.6, "Two stars out of five" 0.4; a letter grade A+ to F. Empty when it cannot be read.
     */
    public static Optional<Double> scale(String rating) {
        if (rating == null) {
            return Optional.empty();
        }
        String r = rating.toLowerCase(Locale.ROOT);
        long full = r.chars().filter(c -> c == '★' || c == '✭').count();
        long empty = r.chars().filter(c -> c == '☆' || c == '✩').count();
        if (full + empty > 0) {
            double stars = full + (r.contains("½") ? 0.5 : 0);
            return Optional.of(stars / (full + empty > 1 && empty > 0 ? full + empty + (r.contains("½") ? 1 : 0) : 5));
        }
        Matcher grade = Pattern.compile("(?:^|[:\\s])([a-f])([+-]?)\\s*$").matcher(r);
        if (grade.find() && !r.matches(".*\\d.*")) {
            double base = switch (grade.group(1)) { case "a" -> 0.95; case "b" -> 0.85; case "c" -> 0.75; case "d" -> 0.65; default -> 0.4; };
            return Optional.of(base + (grade.group(2).equals("+") ? 0.03 : grade.group(2).equals("-") ? -0.03 : 0));
        }
        Matcher m = Pattern.compile("(" + NUMBER + ")( and a half)?[^\\d]*?(?:/|out of)\\s*(\\d{1,3}|five|ten|four)").matcher(r);
        if (m.find()) {
            double value = number(m.group(1)) + (m.group(2) != null ? 0.5 : 0);
            double of = number(m.group(3));
            return of > 0 ? Optional.of(Math.min(1, value / of)) : Optional.empty();
        }
        Matcher stars = Pattern.compile("(" + NUMBER + ")( and a half)?\\s*stars?").matcher(r);
        if (stars.find()) {
            return Optional.of(Math.min(1, (number(stars.group(1)) + (stars.group(2) != null ? 0.5 : 0)) / 5));
        }
        return Optional.empty();
    }

    private static double number(String text) {
        Double word = WORDS.get(text.strip());
        return word != null ? word : Double.parseDouble(text.strip());
    }
}
