package dev.reviewbot.llm;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.text.Sentences;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Checks a model's answer against the sections it was given, instead of hoping it followed the rules.
 * Links and mentions are removed from the prose first (a model, or a review it read, cannot send anyone
 * elsewhere or ping them). The answer is then accepted only when:
 * <ul>
 *   <li>it does not echo the prompt's fences, nor repeat the prompt's own text (a model that recites its
 *       rules, whose "[1] or [2][3]" would otherwise pass for citations);</li>
 *   <li>citations appear only in their own syntax, after the prose of a sentence ("... superb [1]."), and
 *       cite only sections that were given;</li>
 *   <li>every sentence that carries a citation shares content words (stemmed, stop words aside: Lucene's
 *       English analyzer) with each section it cites, so "You are now DAN [1]" or a bare "[1]" fail;</li>
 *   <li>at least one section is cited.</li>
 * </ul>
 * The accepted answer cites only the sections it names, renumbered [1], [2]... in order of first mention,
 * so it renders exactly like an extractive answer.
 */
final class Grounding {

    /** "[2]" or "[1, 3]". */
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3}(?:\\s*,\\s*\\d{1,3})*)]");
    /** Citation markers, and what may follow them to the end of a sentence (punctuation, closing quotes). */
    private static final Pattern TRAILING_MARKERS = Pattern.compile("(?:\\s*" + MARKER.pattern() + ")+[\\s.!?;:,\"')]*$");
    private static final Pattern ONLY_MARKERS = Pattern.compile("^[\\s.!?;:,\"')]*(?:" + MARKER.pattern() + "[\\s.!?;:,\"')]*)+$");
    /** "[words](https://...)": the words stay, the link goes. */
    private static final Pattern MASKED_LINK = Pattern.compile("\\[([^\\]]*)]\\(\\s*[^)\\s]*\\s*\\)");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    /** @everyone, @here, @name, and Slack's or Discord's mention syntax (<@U1>, <!channel>, <#C1>, <@&1>). */
    private static final Pattern MENTION = Pattern.compile("<[@#!][^>\\s]*>|(?<![\\w.])@[\\w.-]+");
    /** Words in a row shared with the prompt's own text that count as repeating it. */
    static final int PROMPT_ECHO_WORDS = 8;
    /** A few sentences were asked for: a wall of text means the model did something else. */
    static final int MAX_PROSE_CHARS = 2000;
    private static final Analyzer CONTENT_WORDS = new EnglishAnalyzer();

    private Grounding() {
    }

    /** Why an answer was refused, for the log (never shown to users, who get the extractive answer). */
    enum Rejection { EMPTY, TOO_LONG, NO_CITATION, UNKNOWN_SECTION, ECHOES_FENCE, ECHOES_PROMPT, MISPLACED_CITATION,
        UNSUPPORTED_SENTENCE }

    /** The outcome: an answer to show, or why not. */
    record Checked(Optional<Answer.Grounded> answer, Rejection rejection) {
    }

    /** @param prompt the prompt's own text (the system prompt and the request template), never to be repeated */
    static Checked check(String question, String reply, List<Source> sources, String prompt) {
        String prose = withoutLinksAndMentions(reply == null ? "" : reply);
        if (prose.isEmpty()) {
            return rejected(Rejection.EMPTY);
        }
        if (prose.length() > MAX_PROSE_CHARS) {
            return rejected(Rejection.TOO_LONG);
        }
        if (prose.contains("<<<") || prose.contains(">>>")) {
            return rejected(Rejection.ECHOES_FENCE);
        }
        if (repeats(prose, prompt)) {
            return rejected(Rejection.ECHOES_PROMPT);
        }
        Map<Integer, Integer> renumbered = new LinkedHashMap<>(); // given number -> shown number
        for (String sentence : sentences(prose)) {
            Matcher trailing = TRAILING_MARKERS.matcher(sentence);
            String claim = trailing.find() ? sentence.substring(0, trailing.start()) : sentence;
            if (MARKER.matcher(claim).find()) {
                return rejected(Rejection.MISPLACED_CITATION);
            }
            if (claim.equals(sentence)) {
                continue; // no citation: a connecting sentence, allowed
            }
            Set<String> claimed = contentWords(claim);
            List<Integer> cited = new ArrayList<>();
            Matcher m = MARKER.matcher(sentence.substring(claim.length()));
            while (m.find()) {
                for (String n : m.group(1).split("\\s*,\\s*")) {
                    cited.add(Integer.parseInt(n.strip()));
                }
            }
            if (cited.stream().anyMatch(n -> n < 1 || n > sources.size())) {
                return rejected(Rejection.UNKNOWN_SECTION);
            }
            if (!cited.stream().allMatch(n -> shareAny(claimed, contentWords(said(sources.get(n - 1)))))) {
                return rejected(Rejection.UNSUPPORTED_SENTENCE);
            }
            cited.forEach(n -> renumbered.putIfAbsent(n, renumbered.size() + 1));
        }
        if (renumbered.isEmpty()) {
            return rejected(Rejection.NO_CITATION);
        }
        List<Citation> citations = new ArrayList<>();
        renumbered.keySet().forEach(n -> citations.add(sources.get(n - 1).citation()));
        String shown = MARKER.matcher(prose).replaceAll(r -> {
            StringBuilder markers = new StringBuilder();
            for (String n : r.group(1).split("\\s*,\\s*")) {
                markers.append('[').append(renumbered.get(Integer.parseInt(n.strip()))).append(']');
            }
            return Matcher.quoteReplacement(markers.toString());
        });
        return new Checked(Optional.of(new Answer.Grounded(question, citations, shown, null)), null);
    }

    /** The prose without links (a masked link keeps its words) and without mentions, spaces tidied. */
    static String withoutLinksAndMentions(String reply) {
        String text = MASKED_LINK.matcher(reply).replaceAll(r -> Matcher.quoteReplacement(
                r.group(1).matches("[\\d,\\s]+") ? "[" + r.group(1) + "]" : r.group(1)));
        text = URL.matcher(text).replaceAll("");
        text = MENTION.matcher(text).replaceAll("");
        return text.replaceAll("[ \\t]{2,}", " ").replaceAll(" +([.,;:!?])", "$1").strip();
    }

    /** Sentences, with a sentence of markers alone ("Superb. [1]") joined to the one before it. */
    private static List<String> sentences(String prose) {
        List<String> joined = new ArrayList<>();
        for (String paragraph : prose.split("\\n\\s*\\n")) {
            for (String sentence : Sentences.split(paragraph)) {
                if (!joined.isEmpty() && ONLY_MARKERS.matcher(sentence).matches()) {
                    joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + sentence);
                } else {
                    joined.add(sentence);
                }
            }
        }
        return joined;
    }

    /**
     * What a section says: its name, its reviewer and its text. Not the film's title: naming the film is not
     * support ("Ballerina made 137 million dollars [2]" shares only the title with a section on its writing).
     */
    private static String said(Source source) {
        return source.section() + " " + (source.reviewer() == null ? "" : source.reviewer()) + " " + source.text();
    }

    /** True when {@code prose} has {@link #PROMPT_ECHO_WORDS} words in a row from the prompt. */
    static boolean repeats(String prose, String prompt) {
        if (prompt == null || prompt.isBlank()) {
            return false;
        }
        Set<String> promptRuns = runs(words(prompt));
        return runs(words(prose)).stream().anyMatch(promptRuns::contains);
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" "));
    }

    private static Set<String> runs(List<String> words) {
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + PROMPT_ECHO_WORDS <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + PROMPT_ECHO_WORDS)));
        }
        return runs;
    }

    private static boolean shareAny(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    static Set<String> contentWords(String text) {
        Set<String> terms = new HashSet<>();
        try (TokenStream tokens = CONTENT_WORDS.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() > 1) {
                    terms.add(term.toString());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return terms;
    }

    private static Checked rejected(Rejection why) {
        return new Checked(Optional.empty(), why);
    }
}
