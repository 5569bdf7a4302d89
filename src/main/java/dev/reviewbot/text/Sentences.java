package dev.reviewbot.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits prose into sentences, the unit the bot quotes. */
public final class Sentences {

    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("([a-z][.!?])([A-Z][a-z])");
    private static final java.util.regex.Pattern ABBREVIATION =
            java.util.regex.Pattern.compile("\\b(Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|etc|[Dd]ir|[A-Z])\\.$");

    private Sentences() {
    }

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
            pending.append(pending.length() > 0 ? " " : "").append(sentence);
            // BreakIterator splits after abbreviations such as "Dr." or a lone initial: glue those back.
            if (!endsWithAbbreviation(sentence)) {
                sentences.add(pending.toString());
                pending.setLength(0);
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
