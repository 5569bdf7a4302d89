package dev.reviewbot.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes the messy text that reviews and questions arrive in, so that a question typed with straight
 * quotes matches a review written with curly ones.
 */
public final class TextCleaner {

    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,7});");
    /**
     * Our readings of the entities most used in reviews, whatever their case: an ellipsis as three full stops, as a
     * sentence splitter reads them. Every other name is read as HTML 4 defines it (commons-text's table).
     */
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("quot", "\""), Map.entry("amp", "&"), Map.entry("apos", "'"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("nbsp", " "), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
            Map.entry("hellip", "..."), Map.entry("rsquo", "'"), Map.entry("lsquo", "'"),
            Map.entry("rdquo", "\""), Map.entry("ldquo", "\""), Map.entry("eacute", "é"));

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    /** The HTML elements that survive a copy from a web page's source: paragraphs, emphasis, links, lists. */
    private static final Pattern HTML_TAG = Pattern.compile("(?i)</?(?:p|em|strong|b|i|u|s|span|div|a|blockquote|h[1-6]"
            + "|ul|ol|li|small|sup|sub|cite|q|section|article|header|footer|figure|figcaption|img|mark)\\b[^<>]{0,300}>");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextCleaner() {
    }

    /** Decodes HTML entities, straightens quotes and apostrophes, and unifies line ends. */
    public static String clean(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        text = decodeEntities(text);
        return straightenQuotes(text).replace('\u00A0', ' ');
    }

    /**
     * Review text without the HTML tags a copy from a page's source leaves ("&lt;p&gt;", "&lt;em&gt;"): a line
     * break tag becomes a line end, any other tag goes.
     */
    public static String stripHtmlTags(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        return HTML_TAG.matcher(LINE_BREAK_TAG.matcher(text).replaceAll("\n")).replaceAll("");
    }

    /** Straight ASCII quotes for the typographic ones. */
    public static String straightenQuotes(String text) {
        return text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201B', '\'').replace('\u2032', '\'')
                .replace('\u201C', '"').replace('\u201D', '"').replace('\u201F', '"').replace('\u2033', '"');
    }

    /** The comparable form of a question or title: cleaned, lower case, single spaces. */
    public static String normalize(String text) {
        return SPACES.matcher(clean(text).toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Lower-case words only: punctuation dropped, so "Ballerina!" and "ballerina" compare equal. */
    public static String wordsOnly(String text) {
        return NOT_WORD.matcher(normalize(text).replace("'", "")).replaceAll(" ").strip();
    }

    /**
     * The text with accents set aside, as a keyboard without them types it: "Libuše Holubová" as "Libuse Holubova".
     * Lucene's folding covers the letters no accent makes ("ø", "æ", "ß"), not only the decomposable ones.
     */
    public static String withoutAccents(String text) {
        char[] chars = text.toCharArray();
        char[] folded = new char[chars.length * 4];
        int length = org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter.foldToASCII(chars, 0, folded, 0, chars.length);
        return new String(folded, 0, length);
    }

    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String decoded = decodeEntity(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(decoded == null ? m.group() : decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decodeEntity(String name) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : null;
        }
        String ours = NAMED_ENTITIES.get(name.toLowerCase(java.util.Locale.ROOT));
        if (ours != null) {
            return ours;
        }
        CharSequence html = org.apache.commons.text.translate.EntityArrays.HTML40_EXTENDED_UNESCAPE.get("&" + name + ";");
        if (html == null) {
            html = org.apache.commons.text.translate.EntityArrays.ISO8859_1_UNESCAPE.get("&" + name + ";");
        }
        return html == null ? null : html.toString();
    }
}
