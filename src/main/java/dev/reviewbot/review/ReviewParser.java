package dev.reviewbot.review;

import dev.reviewbot.text.DisplayText;
import dev.reviewbot.text.TextCleaner;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the bytes of a review file into a {@link Review}. Markdown (.md, or text with front matter or
 * {@code #} headings) and plain text in the style of the bundled ballerina.txt are understood.
 */
public final class ReviewParser {

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "at", "for", "in", "of", "on", "or",
            "the", "to", "vs");

    private final int maxBytes;

    public ReviewParser(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * @param fileName      the file's name, used in errors, as the last resort for the title, and as source
     * @param titleOverride the title the user gave, or null
     */
    public Review parse(String fileName, byte[] bytes, String titleOverride) throws ReviewFormatException {
        return parse(fileName, bytes, titleOverride, warning -> { });
    }

    /** @param warnings told of what was ignored in a file that still parsed (a wrongly typed field) */
    public Review parse(String rawFileName, byte[] bytes, String titleOverride, Consumer<String> warnings)
            throws ReviewFormatException {
        String fileName = DisplayText.oneLine(rawFileName); // a control character in a name never reaches a title
        String text = decode(fileName, bytes);
        ParsedDocument doc = looksLikeMarkdown(fileName, text)
                ? new MarkdownFormat(fileName, warnings).parse(text)
                : new PlainTextFormat().parse(text);
        if (doc.sections().isEmpty()) {
            throw new ReviewFormatException(fileName, "no review text: headings, but nothing under them");
        }
        String title = firstNonBlank(doc.frontMatter().title(), doc.heading(), titleOverride, titleFromFileName(fileName));
        // Front matter first; else the furniture lines around the prose (a byline, a star line), else what the
        // prose says (a byline, a rating line, a year), read once here. A masthead's date is when the review
        // was written or the film watched, never the film's year.
        List<Section> masthead = doc.masthead().isEmpty() ? List.of()
                : List.of(new Section(Section.OPENING, String.join("\n\n", doc.masthead())));
        String reviewer = firstNonNull(blankToNull(doc.frontMatter().reviewer()), ProseMetadata.byline(masthead)
                .or(() -> ProseMetadata.byline(doc.sections())).or(() -> ProseMetadata.speakers(doc.sections()))
                .or(() -> ProseMetadata.authorNote(doc.sections())).or(() -> ProseMetadata.signOff(doc.sections()))
                .or(() -> ProseMetadata.describedCritic(doc.sections())).orElse(null));
        // A review no person signs is credited to whoever published it (a festival jury's statement), so that
        // every answer still says whose words it quotes; the id stays the file's, as two such reviews may share it.
        String person = reviewer;
        reviewer = firstNonNull(reviewer, blankToNull(doc.frontMatter().source()));
        String rating = firstNonNull(blankToNull(doc.frontMatter().rating()), ProseMetadata.rating(masthead)
                .or(() -> ProseMetadata.rating(doc.sections())).orElse(null));
        Integer year = doc.frontMatter().year() != null ? doc.frontMatter().year() : ProseMetadata.year(title, doc.sections());
        year = year != null ? year : ProseMetadata.titleLineYear(title, doc.masthead());
        String source = firstNonBlank(doc.frontMatter().source(), ProseMetadata.outlet(masthead).orElse(null), fileName);
        String id = Review.idFor(title, person != null ? person : stripExtension(fileName));
        return new Review(id, title, year, reviewer, rating, source, doc.sections());
    }

    private String decode(String fileName, byte[] bytes) throws ReviewFormatException {
        if (bytes.length > maxBytes) {
            throw new ReviewFormatException(fileName, "too large (" + bytes.length + " bytes; the limit is " + maxBytes + ")");
        }
        if (isUtf16(bytes)) {
            throw new ReviewFormatException(fileName, "UTF-16 text; save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ReviewFormatException(fileName, lineAt(bytes, i), "binary data (a NUL byte), not a text review");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new ReviewFormatException(fileName, lineAt(bytes, in.position()), "not UTF-8 text");
        }
        String cleaned = TextCleaner.stripHtmlTags(TextCleaner.clean(text));
        if (cleaned.isBlank()) {
            throw new ReviewFormatException(fileName, "empty: there is no review text");
        }
        return cleaned;
    }

    /** The most reviews ever needs: kept by {@link ReviewFiles} so that it never reads more than this. */
    public int maxBytes() {
        return maxBytes;
    }

    /** A UTF-16 byte order mark, or ASCII text with a NUL beside every other byte (UTF-16 without a mark). */
    private static boolean isUtf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return true;
        }
        int pairs = Math.min(bytes.length / 2, 64);
        if (pairs < 2) {
            return false;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenNuls += bytes[i] == 0 && bytes[i + 1] != 0 ? 1 : 0;
            oddNuls += bytes[i + 1] == 0 && bytes[i] != 0 ? 1 : 0;
        }
        return evenNuls == pairs || oddNuls == pairs;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean looksLikeMarkdown(String fileName, String text) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") || text.startsWith("---\n")
                || text.lines().anyMatch(l -> l.matches("#{1,3} \\S.*"));
    }

    /** "the-salt-road.txt" becomes "The Salt Road". */
    public static String titleFromFileName(String fileName) {
        String[] words = stripExtension(fileName).replaceAll("[-_.]+", " ").strip().split("\\s+");
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                continue;
            }
            boolean small = i > 0 && SMALL_WORDS.contains(word);
            title.append(title.length() > 0 ? " " : "")
                    .append(small ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return title.toString();
    }

    static String stripExtension(String fileName) {
        String base = fileName.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "Untitled";
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
