package dev.reviewbot.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits prose into sentences, the unit the bot quotes. */
public final class Sentences {

    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("([a-z][.!?])([A-Z][a-z])");
    private static final java.util.regex.Pattern FOOTNOTE_BREAK = java.util.regex.Pattern.compile("(?<=[.!?]\\[\\d{1,3}\\])\\s+(?=\\p{Lu})");
    private static final java.util.regex.Pattern ABBREVIATION =
            java.util.regex.Pattern.compile("\\b(Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|etc|[Dd]ir|[A-Z])\\.$");

    /** The words a question is put with: auxiliaries and wh-words (grammar, a closed set). */
    private static final java.util.regex.Pattern ASKING_OPENING = java.util.regex.Pattern.compile("(?i)[\"'“‘(]*(?:is|are|was|were|"
            + "do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must|who|whom|whose|what|which|when|where|why|how)\\b");

    private Sentences() {
    }

    /**
     * Whether the sentence is itself a question ("Can I take the kids?", a Q&A's or an FAQ's own line): put as one,
     * opening on a word that asks and closing on a question mark, it tells nothing, so it never answers one. A
     * statement said with a rising tone ("kit reyes is the drifter ..., and he's fine?") still tells.
     */
    public static boolean asks(String sentence) {
        String stripped = sentence.strip();
        return stripped.replaceAll("[\"'”’)\\]*]+$", "").endsWith("?") && ASKING_OPENING.matcher(stripped).lookingAt();
    }

    /**
     * Whether the sentence reports what a publication said before, to put it right ("We said that the film runs 95
     * minutes. It runs 107 minutes.", a corrections column's grammar): the claim it repeats is withdrawn, so no
     * runtime or certificate is read from it; the sentence after it gives the film's.
     */
    public static boolean withdraws(String sentence) {
        return WITHDRAWN.matcher(sentence.strip()).lookingAt();
    }

    private static final java.util.regex.Pattern WITHDRAWN = java.util.regex.Pattern.compile(
            "(?:We|Our (?:review|critic)|The (?:printed )?review) (?:said|stated|wrote|described|credited|reported|called)\\b");

    public static List<String> split(String text) {
        // Reviews scraped from the web often lose the space after a full stop ("misnomer.Pocahontas").
        String spaced = GLUED.matcher(text).replaceAll("$1 $2");
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(spaced);
        List<String> sentences = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String sentence = spaced.substring(start, end).strip();
            if (sentence.isEmpty()) {
                continue;
            }
            // A footnote mark after a full stop ("forty seconds.[2] Aurelio's camera") ends the sentence, which
            // BreakIterator does not see.
            String[] footnoted = FOOTNOTE_BREAK.split(sentence);
            for (int i = 0; i < footnoted.length; i++) {
                pending.append(pending.length() > 0 ? " " : "").append(footnoted[i]);
                // BreakIterator splits after abbreviations such as "Dr." or a lone initial: glue those back.
                if (!endsWithAbbreviation(footnoted[i].replaceFirst("\\[\\d{1,3}\\]$", ""))) {
                    sentences.add(pending.toString());
                    pending.setLength(0);
                }
            }
        }
        if (pending.length() > 0) {
            sentences.add(pending.toString());
        }
        return sentences;
    }

    private static boolean endsWithAbbreviation(String sentence) {
        return ABBREVIATION.matcher(sentence).find();
    }
}
