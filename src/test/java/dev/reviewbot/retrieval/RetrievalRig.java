package dev.reviewbot.retrieval;

import dev.reviewbot.SmallReviews;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.LexicalSearch;
import dev.reviewbot.text.TextCleaner;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Retrieval's parts over SmallReviews' two films (Lantern Bay, reviewed by Odette Brill; Marrow Lane, by
 * Nadia Ferris), wired as the bot wires them. Built once per JVM and never closed, like SharedBot: PIT runs
 * each test on its own, and a library per run would embed the reviews again for every mutant.
 */
final class RetrievalRig {

    private static RetrievalRig rig;

    final ReviewBot bot;
    final AspectVocabulary vocabulary;
    final Terms terms;
    final LexicalSearch lexical;
    final LibraryWords words;
    final QuestionAnalyzer analyzer;
    final HybridRetriever retriever;

    private RetrievalRig() {
        bot = SmallReviews.bot();
        vocabulary = bot.aspectParts().vocabulary();
        terms = new Terms(bot.index().analyzer());
        lexical = new LexicalSearch(bot.index());
        words = new LibraryWords(lexical, terms);
        analyzer = new QuestionAnalyzer(vocabulary, terms, words, bot.aspectParts().semantics());
        retriever = new HybridRetriever(bot.embeddingStore(), bot.aspectParts().model(), lexical, vocabulary,
                bot.config().retrieval(), new PassageFusion(bot.scoring().lexicalWeight(), bot.scoring().aspectBoost()));
    }

    static synchronized RetrievalRig get() {
        if (rig == null) {
            rig = new RetrievalRig();
        }
        return rig;
    }

    Catalog catalog() {
        return bot.library().catalog();
    }

    PeopleNames names() {
        return PeopleNames.of(catalog().reviews(),
                catalog().films().stream().map(TextCleaner::wordsOnly).collect(Collectors.toSet()));
    }

    /** The question as the bot reads it outside a conversation: any stored film may be named. */
    Question read(String question) {
        return analyzer.analyze(question, catalog().titles(), List.of(), catalog().reviewers(), names());
    }

    /** The question read, then retrieved, as the bot does when no earlier answer (metadata, opinion) applies. */
    Retrieval retrieve(String question) {
        return retriever.retrieve(read(question));
    }

    /**
     * The bot's answer to an unscoped question outside a conversation, its answer cache emptied first: the
     * library is shared across PIT's mutants, an answer cached under one planted mistake must not serve another.
     */
    dev.reviewbot.answer.Answer ask(String question) {
        bot.answers().answerCache().invalidateAll();
        return bot.answers().ask(null, question, Optional.empty()).answer();
    }

    Optional<ScoredPassage> top(String question) {
        return retrieve(question).passages().stream().findFirst();
    }
}
