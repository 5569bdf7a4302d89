package dev.reviewbot.cli;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.eval.SubjqaEvaluation;
import dev.reviewbot.library.LexicalSearch;
import dev.reviewbot.library.Passage;
import dev.reviewbot.retrieval.Terms;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import picocli.CommandLine.Model.CommandSpec;

/** `eval --subjqa DIR`: ReviewBot beside a plain BM25 ranking of the same passages, both scoped to the film. */
final class SubjqaReport {

    private final ReviewBotCli root;
    private final CommandSpec spec;

    SubjqaReport(ReviewBotCli root, CommandSpec spec) {
        this.root = root;
        this.spec = spec;
    }

    int run(Path dir, boolean verbose) throws IOException {
        if (!Files.isRegularFile(dir.resolve("dev_reviews.jsonl")) || !Files.isRegularFile(dir.resolve("dev_qa.jsonl"))) {
            throw new UserError("no SubjQA files (dev_reviews.jsonl, dev_qa.jsonl) in " + dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        var config = BotLauncher.config(root);
        try (ReviewBot bot = ReviewBot.inMemory(config, BotLauncher.loader(root))) {
            bot.library().ingest(SubjqaEvaluation.reviews(dir));
            List<SubjqaEvaluation.Item> items = SubjqaEvaluation.items(dir);
            Terms terms = new Terms(bot.index().analyzer());
            LexicalSearch bm25 = new LexicalSearch(bot.index());
            SubjqaEvaluation.Score ours = SubjqaEvaluation.score("ReviewBot", items,
                    (q, film) -> bot.answers().ask(null, q, Optional.of(film)).answer(),
                    miss -> {
                        if (verbose) {
                            out.println("  " + miss);
                        }
                    });
            SubjqaEvaluation.Score top1 = SubjqaEvaluation.score("BM25, top passage", items,
                    (q, film) -> bm25Answer(bm25, terms, q, film, 1));
            SubjqaEvaluation.Score top3 = SubjqaEvaluation.score("BM25, any of top 3 passages", items,
                    (q, film) -> bm25Answer(bm25, terms, q, film, 3));
            out.println("SubjQA movies dev: " + items.size() + " questions, answers scoped to the film");
            out.println("| ranking | answerable: quotes an annotated span | unanswerable: declined |");
            out.println("|---|---|---|");
            out.println(ours.row());
            out.println(top1.row());
            out.println(top3.row());
            return 0;
        }
    }

    /** BM25 alone: the top passages of the film for the question's words; it declines only when none match. */
    private static Answer bm25Answer(LexicalSearch bm25, Terms terms, String question, String film, int top) {
        List<LexicalSearch.Hit> hits = bm25.search(terms.of(question), List.of(),
                new IsEqualTo(Passage.FILM_KEY, Passage.filmKey(film)), top);
        if (hits.isEmpty()) {
            return new Answer.Declined(question, "no passage matches", List.of());
        }
        return new Answer.Grounded(question, hits.stream()
                .map(h -> new Citation(film, Passage.SECTION, null, h.segment().text())).toList());
    }
}
