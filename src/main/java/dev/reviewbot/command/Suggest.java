package dev.reviewbot.command;

import dev.reviewbot.text.TextCleaner;
import java.util.ArrayList;
import java.util.List;

/** Autocomplete's order: names starting with what was typed, then names containing it; all when nothing is typed. */
public final class Suggest {

    private Suggest() {
    }

    public static List<String> matching(List<String> names, String typed) {
        String wanted = TextCleaner.wordsOnly(typed == null ? "" : typed);
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String name : names) {
            String words = TextCleaner.wordsOnly(name);
            if (words.startsWith(wanted)) {
                starting.add(name);
            } else if (words.contains(wanted)) {
                containing.add(name);
            }
        }
        starting.addAll(containing);
        return List.copyOf(starting);
    }
}
