package dev.reviewbot.opinion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences labelled praise (1) or criticism (0). {@link #readRtPolarity} reads the rt-polarity layout
 * (pos.txt and neg.txt, one lower-cased, tokenised sentence a line) and undoes its tokenisation
 * ("it 's good , n't it ?" reads "it's good, n't it?") so that it looks like the reviews the model scores.
 */
public record LabelledSentences(List<String> sentences, int[] labels) {

    public LabelledSentences {
        if (sentences.size() != labels.length) {
            throw new IllegalArgumentException("one label per sentence");
        }
        sentences = List.copyOf(sentences);
    }

    public int size() {
        return sentences.size();
    }

    public static LabelledSentences readRtPolarity(Path dir) throws IOException {
        Path pos = dir.resolve("pos.txt");
        Path neg = dir.resolve("neg.txt");
        if (!Files.isRegularFile(pos) || !Files.isRegularFile(neg)) {
            throw new IOException("expected pos.txt and neg.txt in " + dir);
        }
        List<String> sentences = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (String line : Files.readAllLines(pos, StandardCharsets.UTF_8)) {
            add(line, 1, sentences, labels);
        }
        for (String line : Files.readAllLines(neg, StandardCharsets.UTF_8)) {
            add(line, 0, sentences, labels);
        }
        return new LabelledSentences(sentences, labels.stream().mapToInt(Integer::intValue).toArray());
    }

    private static void add(String line, int label, List<String> sentences, List<Integer> labels) {
        String text = detokenize(line);
        if (!text.isEmpty()) {
            sentences.add(text);
            labels.add(label);
        }
    }

    static String detokenize(String line) {
        return line.strip()
                .replaceAll(" ([,.!?;:%)\\]])", "$1")
                .replaceAll("([(\\[]) ", "$1")
                .replaceAll(" (n't|'s|'re|'ve|'ll|'d|'m)\\b", "$1")
                .replaceAll("\\s+", " ");
    }
}
