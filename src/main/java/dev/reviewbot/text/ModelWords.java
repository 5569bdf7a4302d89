package dev.reviewbot.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * The whole English words the embedding model knows: its tokenizer's vocabulary (BERT's uncased WordPiece, which
 * all-MiniLM-L6-v2 and bge-small-en-v1.5 share), read from the model's Maven artifact. A word in it is a word,
 * not a typo, even when no stored review uses it ("hated", "better"); a typo ("animaton", "actng") is not in it.
 */
public final class ModelWords {

    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static volatile Set<String> words;

    private ModelWords() {
    }

    /** Whether the model knows this lower-case word whole. */
    public static boolean known(String word) {
        return words().contains(word);
    }

    private static Set<String> words() {
        Set<String> loaded = words;
        if (loaded == null) {
            synchronized (ModelWords.class) {
                loaded = words;
                if (loaded == null) {
                    words = loaded = read();
                }
            }
        }
        return loaded;
    }

    private static Set<String> read() {
        try (InputStream in = ModelWords.class.getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                throw new IllegalStateException("the embedding model's tokenizer " + TOKENIZER + " is not on the class path");
            }
            JsonNode vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
            Set<String> result = new HashSet<>();
            for (Iterator<String> names = vocab.fieldNames(); names.hasNext(); ) {
                String token = names.next();
                if (token.length() > 1 && token.chars().allMatch(Character::isLetter)) {
                    result.add(token);
                }
            }
            return Set.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model's tokenizer", e);
        }
    }
}
