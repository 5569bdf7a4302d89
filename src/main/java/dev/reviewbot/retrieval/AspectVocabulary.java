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
                lower(a.questionWords), lower(a.sectionWords))));
        return new AspectVocabulary(aspects, new LinkedHashSet<>(lower(file.genericWords)));
    }

    public List<Aspect> aspects() {
        return aspects;
    }

    /** Words that say nothing about what is asked ("film", "think", "review"): never evidence on their own. */
    public Set<String> genericWords() {
        return genericWords;
    }

    /** The aspects a question asks about, in vocabulary order. */
    public List<Aspect> aspectsIn(String question) {
        String padded = " " + TextCleaner.wordsOnly(question) + " ";
        return aspects.stream().filter(a -> a.questionWords().stream().anyMatch(w -> containsWord(padded, w))).toList();
    }

    /** The aspects a review heading covers: "Sound and Score" covers music, "Bottom line" the verdict. */
    public List<Aspect> aspectsOfSection(String sectionName) {
        String padded = " " + TextCleaner.wordsOnly(sectionName) + " ";
        return aspects.stream().filter(a -> a.sectionWords().stream().anyMatch(w -> containsWord(padded, w))).toList();
    }

    public boolean covers(String sectionName, Aspect aspect) {
        return aspectsOfSection(sectionName).contains(aspect);
    }

    /** Whole-word (or whole-phrase) match, tolerating a plural s on either side. */
    static boolean containsWord(String paddedText, String word) {
        return paddedText.contains(" " + word + " ") || paddedText.contains(" " + word + "s ")
                || (word.endsWith("s") && paddedText.contains(" " + word.substring(0, word.length() - 1) + " "));
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
    }
}
