package dev.reviewbot.retrieval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.reviewbot.text.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The aspect vocabulary from config/aspects.yaml: which question words ask about which aspect, and which
 * review headings (Acting, Performances, Cast...) cover it. Kept in config so it changes without a build.
 */
public final class AspectVocabulary {

    /** The aspect of questions about the whole review ("summarize", "is it worth watching"). */
    public static final String SUMMARY = "summary";
    public static final String VERDICT = "verdict";
    public static final String DIRECTION = "direction";
    /** The aspect of questions about the cast ("who's in it?"). */
    public static final String ACTING = "acting";
    /** The aspect of questions about a film's title ("why is it called that?"). */
    public static final String TITLE = "title";
    /** The aspect of questions about whom a film suits ("is it ok for kids?"). */
    public static final String AUDIENCE = "audience";

    private final List<Aspect> aspects;
    private final Set<String> genericWords;

    public AspectVocabulary(List<Aspect> aspects, Set<String> genericWords) {
        this.aspects = List.copyOf(aspects);
        this.genericWords = Set.copyOf(genericWords);
    }

    public static AspectVocabulary load(InputStream yaml) throws IOException {
        File file = new ObjectMapper(new YAMLFactory()).readValue(yaml, File.class);
        if (file.aspects == null || file.aspects.isEmpty()) {
            throw new IOException("aspects.yaml defines no aspects");
        }
        List<Aspect> aspects = new ArrayList<>();
        file.aspects.forEach((name, a) -> aspects.add(new Aspect(name, a.label == null ? name : a.label,
                lower(a.questionWords), lower(a.sectionWords), lower(a.aloneWords), a.description, lower(a.personWords))));
        return new AspectVocabulary(aspects, new LinkedHashSet<>(lower(file.genericWords)));
    }

    public List<Aspect> aspects() {
        return aspects;
    }

    /** Words that say nothing about what is asked ("film", "think", "review"): never evidence on their own. */
    public Set<String> genericWords() {
        return genericWords;
    }

    /**
     * The aspects a question's words name, in vocabulary order. A longer phrase wins over a word inside it:
     * "wrote the score" asks about music, not writing; "a true story" about the source, not the story.
     */
    public List<Aspect> namedAspectsIn(String question) {
        String padded = " " + TextCleaner.wordsOnly(question) + " ";
        List<int[]> spans = new ArrayList<>();
        List<Aspect> owners = new ArrayList<>();
        for (Aspect aspect : aspects) {
            for (String word : aspect.questionWords()) {
                int at = find(padded, word);
                if (at >= 0) {
                    spans.add(new int[] {at, at + word.length()});
                    owners.add(aspect);
                }
            }
        }
        Set<Aspect> found = new LinkedHashSet<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            boolean inside = false;
            for (int j = 0; j < spans.size() && !inside; j++) {
                int[] other = spans.get(j);
                inside = owners.get(j) != owners.get(i) && other[0] <= span[0] && other[1] >= span[1]
                        && other[1] - other[0] > span[1] - span[0];
            }
            if (!inside) {
                found.add(owners.get(i));
            }
        }
        return aspects.stream().filter(found::contains).toList();
    }

    /**
     * The aspects a question asks about: those its words name ({@link #namedAspectsIn}), else those its
     * vaguer words ask about when nothing more specific is asked ("is it good?" asks for the verdict).
     */
    public List<Aspect> aspectsIn(String question) {
        List<Aspect> named = namedAspectsIn(question);
        return named.isEmpty() ? aloneAspectsIn(question) : named;
    }

    /** The aspects whose alone-words occur in the question ("good", "like": the verdict). */
    public List<Aspect> aloneAspectsIn(String question) {
        String padded = " " + TextCleaner.wordsOnly(question) + " ";
        return aspects.stream().filter(a -> a.aloneWords().stream().anyMatch(w -> find(padded, w) >= 0)).toList();
    }

    /**
     * The aspects whose single question words a typed word misspells ("actng", "cinematograpy") or opens with
     * ("camerawork"): for words the reviews never use, which are typos or compounds more often than topics.
     */
    public List<Aspect> aspectsMisspeltIn(List<String> unknownWords) {
        java.util.Set<Aspect> found = new LinkedHashSet<>();
        for (String typed : unknownWords) {
            for (Aspect aspect : aspects) {
                for (String word : aspect.questionWords()) {
                    if (word.contains(" ") || word.length() < 4) {
                        continue;
                    }
                    int tolerance = Math.min(dev.reviewbot.text.Fuzzy.tolerance(word.length()), dev.reviewbot.text.Fuzzy.tolerance(typed.length()));
                    boolean typo = tolerance > 0 && Math.abs(word.length() - typed.length()) <= tolerance
                            && dev.reviewbot.text.Fuzzy.distance(typed, word) <= tolerance;
                    boolean compound = word.length() >= 5 && typed.length() > word.length() + 2 && typed.startsWith(word);
                    // A short word missing one letter ("musc"): a typo only where no word of its own ("scar" is one).
                    boolean dropped = typed.length() == 4 && word.length() == 5 && !dev.reviewbot.text.ModelWords.known(typed)
                            && dev.reviewbot.text.Fuzzy.distance(typed, word) == 1;
                    if (typo || compound || dropped) {
                        found.add(aspect);
                    }
                }
            }
        }
        return aspects.stream().filter(found::contains).toList();
    }

    /** The question words of {@code aspect} that occur in {@code text}. */
    public List<String> wordsOf(Aspect aspect, String text) {
        return wordsInWords(aspect, TextCleaner.wordsOnly(text));
    }

    /** {@link #mentions} for a text already reduced to {@link TextCleaner#wordsOnly its words}. */
    public boolean mentionsInWords(String words, Aspect aspect) {
        return !wordsInWords(aspect, words).isEmpty();
    }

    private List<String> wordsInWords(Aspect aspect, String words) {
        String padded = " " + words + " ";
        return java.util.stream.Stream.concat(aspect.questionWords().stream(), aspect.aloneWords().stream())
                .filter(w -> find(padded, w) >= 0 || superlative(padded, w) >= 0).toList();
    }

    /** Whether {@code text} mentions the aspect in so many words ("the score", "a composer"). */
    public boolean mentions(String text, Aspect aspect) {
        return !wordsOf(aspect, text).isEmpty();
    }

    /** The aspects a review heading covers: "Sound and Score" covers music, "Bottom line" the verdict. */
    public List<Aspect> aspectsOfSection(String sectionName) {
        String padded = " " + TextCleaner.wordsOnly(sectionName) + " ";
        return aspects.stream().filter(a -> a.sectionWords().stream().anyMatch(w -> containsWord(padded, w))).toList();
    }

    public boolean covers(String sectionName, Aspect aspect) {
        return aspectsOfSection(sectionName).contains(aspect);
    }

    /** Whole-word (or whole-phrase) match, tolerating a plural s on the text's side (a heading's "What it sounds like" too). */
    static boolean containsWord(String paddedText, String word) {
        return paddedText.contains(" " + word + " ") || paddedText.contains(" " + word + "s ");
    }

    /**
     * The word or its plural in prose; not the same letters as a verb after a thing's pronoun ("harder than it sounds",
     * "it plays like a sitcom", "which scores"), whose "s" makes no plural.
     */
    private static int find(String paddedText, String word) {
        int at = paddedText.indexOf(" " + word + " ");
        if (at >= 0) {
            return at + 1;
        }
        for (at = paddedText.indexOf(" " + word + "s "); at >= 0; at = paddedText.indexOf(" " + word + "s ", at + 1)) {
            if (!VERB_SUBJECT.matcher(paddedText.substring(0, at)).find()) {
                return at + 1;
            }
        }
        return -1;
    }

    /** A thing's pronoun closing the words before: what follows it is its verb. Grammar, a closed set. */
    private static final java.util.regex.Pattern VERB_SUBJECT = java.util.regex.Pattern.compile("(?:^|\\s)(?:it|that|this|which|what)$");

    /**
     * A one-word adjective of the vocabulary in its superlative ("the funniest scene", "the scariest moment", "its
     * slowest stretch"): English grammar, which the stemmer leaves apart from the word ("funniest" is no "funni").
     * A review's text only: in a question ("which has the funniest jokes") it asks to rank, which is read elsewhere.
     */
    private static int superlative(String paddedText, String word) {
        if (word.length() < 4 || word.indexOf(' ') >= 0) {
            return -1;
        }
        String form = word.endsWith("y") ? word.substring(0, word.length() - 1) + "iest" : word + "est";
        int at = paddedText.indexOf(" " + form + " ");
        return at >= 0 ? at + 1 : -1;
    }

    private static List<String> lower(List<String> words) {
        return words == null ? List.of() : words.stream().map(TextCleaner::wordsOnly).toList();
    }

    /** The YAML shape. */
    static final class File {
        public Map<String, AspectEntry> aspects = new LinkedHashMap<>();
        @JsonProperty("generic-words")
        public List<String> genericWords = List.of();
    }

    static final class AspectEntry {
        public String label;
        public String description;
        @JsonProperty("question-words")
        public List<String> questionWords = List.of();
        @JsonProperty("section-words")
        public List<String> sectionWords = List.of();
        @JsonProperty("alone-words")
        public List<String> aloneWords = List.of();
        @JsonProperty("person-words")
        public List<String> personWords = List.of();
    }
}
