package dev.reviewbot.answer;

import dev.reviewbot.retrieval.Question;
import dev.reviewbot.retrieval.Terms;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a question that ask about a part of an aspect ("ending", "twist" of the writing; "drag" of the pacing),
 * not about the aspect as its sections are headed ("script", "story"). A sentence naming the part, or sitting under a
 * heading that names it ("The Ending, Vaguely"), is about what was asked more than one merely on the aspect.
 */
record AskedPart(List<String> terms) {

    static AskedPart of(Question question, Terms terms) {
        List<String> heading = headingTerms(question, terms);
        return new AskedPart(question.aspectTerms().stream().filter(t -> !heading.contains(t)).toList());
    }

    /** The question's aspect words that head sections on the aspect ("script", "music"): the aspect itself, no part. */
    static List<String> headingTerms(Question question, Terms terms) {
        Set<String> heading = new HashSet<>();
        question.aspects().forEach(a -> {
            a.sectionWords().forEach(w -> heading.addAll(terms.of(w)));
            heading.addAll(terms.of(a.label()));
        });
        return question.aspectTerms().stream().filter(heading::contains).toList();
    }

    /** The sentence, or the heading of its section, holds a word of the part. */
    boolean namedBy(String sentence, String section, Terms stems) {
        return terms.stream().anyMatch(SentenceWords.of(sentence, stems).contains())
                || (section != null && terms.stream().anyMatch(SentenceWords.of(section, stems).contains()));
    }
}
