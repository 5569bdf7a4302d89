package dev.reviewbot.library;

import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.Sentences;
import java.util.ArrayList;
import java.util.List;

/** Cuts each section into passages of a few sentences, small enough to quote and to embed well. */
public final class Chunker {

    private final int maxSentences;
    private final int maxWords;

    public Chunker(int maxSentences, int maxWords) {
        this.maxSentences = maxSentences;
        this.maxWords = maxWords;
    }

    public List<Passage> passages(Review review) {
        List<Passage> passages = new ArrayList<>();
        List<Section> sections = review.sections();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            int p = 0;
            for (String chunk : chunks(section.text())) {
                passages.add(new Passage(review.id() + "#" + s + "." + p, review.id(), review.title(), review.reviewer(),
                        section.name(), s, p, chunk));
                p++;
            }
        }
        return passages;
    }

    private List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        for (String paragraph : text.split("\n\n")) {
            List<String> current = new ArrayList<>();
            int words = 0;
            for (String sentence : Sentences.split(paragraph)) {
                int sentenceWords = sentence.split("\\s+").length;
                if (!current.isEmpty() && (current.size() >= maxSentences || words + sentenceWords > maxWords)) {
                    chunks.add(String.join(" ", current));
                    current.clear();
                    words = 0;
                }
                current.add(sentence);
                words += sentenceWords;
            }
            if (!current.isEmpty()) {
                chunks.add(String.join(" ", current));
            }
        }
        return chunks;
    }
}
