package dev.reviewbot.llm;

import dev.langchain4j.model.input.PromptTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The prompt text, read once at start-up from prompts/ (the only place prompt text exists). Each file comes
 * from the ReviewBot home's prompts/ folder when present, else from the copy bundled in the jar.
 *
 * @param system  the system prompt of every call: the rules, and that fenced content is data
 * @param answer  the answer request, with {{sections}} and {{question}}
 * @param rewrite the follow-up rewriting request, with {{history}} and {{question}}
 * @param version a short hash of the three texts: answers cached under one prompt version are not served
 *                under another
 */
public record Prompts(String system, PromptTemplate answer, PromptTemplate rewrite, String version) {

    public static final String SYSTEM_FILE = "system.txt";
    public static final String ANSWER_FILE = "answer.txt";
    public static final String REWRITE_FILE = "rewrite.txt";

    /** @throws IllegalArgumentException naming the file when a prompt is missing, empty or lacks a variable */
    public static Prompts load(Path folder) {
        String system = read(folder, SYSTEM_FILE, List.of());
        String answer = read(folder, ANSWER_FILE, List.of("sections", "question"));
        String rewrite = read(folder, REWRITE_FILE, List.of("history", "question"));
        Prompts prompts = new Prompts(system, PromptTemplate.from(answer), PromptTemplate.from(rewrite),
                hash(system, answer, rewrite));
        try {
            // A stray {{variable}} would otherwise fail every call at run time, silently falling back.
            prompts.answerRequest("sections", "question");
            prompts.rewriteRequest("history", "question");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("prompts in " + folder + ": " + e.getMessage(), e);
        }
        return prompts;
    }

    /** The prompt's own words (the system prompt and the request template): a reply must not repeat them. */
    public String ownText() {
        return system + "\n" + answer.template();
    }

    public String answerRequest(String sections, String question) {
        return answer.apply(Map.of("sections", sections, "question", question)).text();
    }

    public String rewriteRequest(String history, String question) {
        return rewrite.apply(Map.of("history", history, "question", question)).text();
    }

    private static String read(Path folder, String name, List<String> variables) {
        String text;
        Path local = folder.resolve(name);
        try (InputStream in = Files.isRegularFile(local) ? Files.newInputStream(local)
                : Prompts.class.getResourceAsStream("/reviewbot-defaults/prompts/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("prompt " + local + " is missing, and no copy is bundled in the jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt " + local, e);
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("prompt " + name + " is empty");
        }
        for (String variable : variables) {
            if (!text.contains("{{" + variable + "}}")) {
                throw new IllegalArgumentException("prompt " + name + " must contain {{" + variable + "}}");
            }
        }
        return text;
    }

    private static String hash(String... texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String text : texts) {
                sha.update(text.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
