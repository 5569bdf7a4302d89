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
                lower(a.questionWords), lower(a.sectionWords), lower(a.aloneWords))));
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
     * The aspects a question asks about, in vocabulary order. A longer phrase wins over a word inside it:
     * "wrote the score" asks about music, not writing; "a true story" about the source, not the story.
     */
    public List<Aspect> aspectsIn(String question) {
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
        if (found.isEmpty()) {
            aspects.stream().filter(a -> a.aloneWords().stream().anyMatch(w -> find(padded, w) >= 0)).forEach(found::add);
        }
        return aspects.stream().filter(found::contains).toList();
    }

    /** The question words of {@code aspect} that occur in {@code text}. */
    public List<String> wordsOf(Aspect aspect, String text) {
        String padded = " " + TextCleaner.wordsOnly(text) + " ";
        return java.util.stream.Stream.concat(aspect.questionWords().stream(), aspect.aloneWords().stream())
                .filter(w -> find(padded, w) >= 0).toList();
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

    /** Whole-word (or whole-phrase) match, tolerating a plural s on the text's side. */
    static boolean containsWord(String paddedText, String word) {
        return find(paddedText, word) >= 0;
    }

    private static int find(String paddedText, String word) {
        int at = paddedText.indexOf(" " + word + " ");
        return at >= 0 ? at + 1 : (at = paddedText.indexOf(" " + word + "s ")) >= 0 ? at + 1 : -1;
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
        @JsonProperty("question-words")
        public List<String> questionWords = List.of();
        @JsonProperty("section-words")
        public List<String> sectionWords = List.of();
        @JsonProperty("alone-words")
        public List<String> aloneWords = List.of();
    }
}
