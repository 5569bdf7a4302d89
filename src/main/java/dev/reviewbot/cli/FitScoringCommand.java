package dev.reviewbot.cli;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.AnswerService;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.answer.ExtractiveAnswerer;
import dev.reviewbot.answer.ScoringModel;
import dev.reviewbot.answer.SentenceSimilarity;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.HashMap;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.eval.EvalQuestion;
import dev.reviewbot.eval.Evaluator;
import dev.reviewbot.eval.ScoringFit;
import dev.reviewbot.eval.SubjqaEvaluation;
import dev.reviewbot.library.Passage;
import dev.reviewbot.retrieval.ScoredPassage;
import dev.reviewbot.text.Sentences;
import dev.reviewbot.text.TextCleaner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "fit-scoring", mixinStandardHelpOptions = true,
        description = {"Fits the sentence scoring (which sentence answers, and when to decline) as logistic regression",
                "over per-sentence features, on SubjQA's movie reviews and our own tuning questions; reports figures",
                "cross-validated by film and writes the weights to config/scoring-fitted-<model>.json (answers.scoring-file)."})
final class FitScoringCommand implements Callable<Integer> {

    @ParentCommand
    ReviewBotCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--subjqa", paramLabel = "DIR", required = true,
            description = "SubjQA movies dev (dev_reviews.jsonl, dev_qa.jsonl); read where it lies, never copied.")
    Path subjqa;

    @Option(names = "--tune", paramLabel = "FILE", defaultValue = "eval/unseen/tune.jsonl",
            description = "Our tuning questions (default: ${DEFAULT-VALUE}; the held-out part is never used).")
    Path tune;

    @Option(names = "--tune-reviews", paramLabel = "DIR", defaultValue = "eval/unseen/reviews", description = "Their reviews.")
    Path tuneReviews;

    @Option(names = "--bundled", paramLabel = "FILE", defaultValue = "eval/questions.jsonl",
            description = "The bundled set's questions (default: ${DEFAULT-VALUE}).")
    Path bundled;

    @Option(names = "--bundled-reviews", paramLabel = "DIR", defaultValue = "data/reviews", description = "Their reviews.")
    Path bundledReviews;

    @Option(names = "--l2", defaultValue = "0.0001,0.001,0.01", split = ",",
            description = "Penalties on the squared weights to try; the best cross-validated is written (default: ${DEFAULT-VALUE}).")
    List<Double> l2s;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds, by film (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--passages", defaultValue = "4,8", split = ",",
            description = "Best passages searched for a sentence, to try (default: ${DEFAULT-VALUE}).")
    List<Integer> passageCounts;

    @Option(names = "--pool", defaultValue = "8", description = "Best passages whose sentences are fitted on (default: ${DEFAULT-VALUE}).")
    int pool;

    @Option(names = "--sentence-vectors",
            description = "Measure only: embed each sentence on the fly for its own similarity to the question (the library stores passage vectors only); writes nothing unless --out is given.")
    boolean sentenceVectors;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the weights (default: config/scoring-fitted-<model>.json; answers.scoring-file uses them).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(subjqa.resolve("dev_qa.jsonl")) || !Files.isRegularFile(subjqa.resolve("dev_reviews.jsonl"))) {
            throw new UserError("no SubjQA files (dev_reviews.jsonl, dev_qa.jsonl) in " + subjqa);
        }
        if (l2s.stream().anyMatch(l -> !(l > 0)) || folds < 2 || passageCounts.stream().anyMatch(p -> p < 1 || p > pool)) {
            throw new UserError("--l2 must be positive, --folds at least 2, and each --passages from 1 to --pool");
        }
        if (sentenceVectors && out == null) {
            throw new UserError("--sentence-vectors measures a feature answers do not have: give --out for its weights");
        }
        List<ScoringFit.Case> cases = new ArrayList<>();
        ScoringModel template;
        var config = BotLauncher.config(root);
        try (ReviewBot bot = ReviewBot.inMemory(config, BotLauncher.loader(root))) {
            err.println("reviewbot: ingesting SubjQA's reviews");
            err.flush();
            bot.library().ingest(SubjqaEvaluation.reviews(subjqa));
            template = bot.scoring();
            SentenceSimilarity similarity = similarity(bot);
            for (SubjqaEvaluation.Item item : SubjqaEvaluation.items(subjqa)) {
                cases.add(subjqaCase(bot, similarity, item));
            }
        }
        try (ReviewBot bot = BotLauncher.open(root, tuneReviews, err)) {
            SentenceSimilarity similarity = similarity(bot);
            for (EvalQuestion q : Evaluator.read(tune)) {
                cases.add(evalCase(bot, similarity, "our tuning part", q));
            }
        }
        try (ReviewBot bot = BotLauncher.open(root, bundledReviews, err)) {
            SentenceSimilarity similarity = similarity(bot);
            for (EvalQuestion q : Evaluator.read(bundled)) {
                cases.add(evalCase(bot, similarity, "our bundled set", q));
            }
        }
        String data = "SubjQA movies dev (" + subjqa.getFileName() + "), " + tune + " over " + tuneReviews + ", "
                + bundled + " over " + bundledReviews;
        stdout.println("| l2 | passages | data (cross-validated by film) | answerable | answered right | answerable declined | unanswerable | declined | all right |");
        stdout.println("|---|---|---|---|---|---|---|---|---|");
        ScoringFit.score(cases, template).values().forEach(t -> stdout.println("| as bundled | " + template.passages() + " " + t.row()));
        ScoringModel best = null;
        double bestMean = -1;
        Map<String, String> bestFigures = Map.of();
        for (double l2 : l2s) {
            for (int passages : passageCounts) {
                String command = String.format(Locale.ROOT, "./reviewbot fit-scoring --subjqa %s --l2 %s --folds %d --passages %d --pool %d%s",
                        subjqa, l2, folds, passages, pool, sentenceVectors ? " --sentence-vectors" : "");
                ScoringModel start = new ScoringModel(template.model(), template.features(), template.weights(), template.bias(),
                        template.fusion(), 0, passages, l2, folds, Map.of(), data, command);
                err.println("reviewbot: cross-validating over " + cases.size() + " questions, l2 " + l2 + ", " + passages + " passages");
                err.flush();
                Map<String, ScoringFit.Tally> cv = new ScoringFit(l2, folds, 42).crossValidate(cases, start);
                Map<String, String> figures = new LinkedHashMap<>();
                cv.values().forEach(t -> {
                    stdout.println("| " + l2 + " | " + passages + " " + t.row());
                    figures.put(t.dataset(), t.row());
                });
                stdout.flush();
                double mean = cv.values().stream().mapToDouble(ScoringFit.Tally::allRight).average().orElse(0);
                if (mean > bestMean) {
                    bestMean = mean;
                    best = start;
                    bestFigures = figures;
                }
            }
        }
        ScoringModel fitted = new ScoringFit(best.l2(), folds, 42).fit(cases, best);
        fitted = new ScoringModel(fitted.model(), fitted.features(), fitted.weights(), fitted.bias(), fitted.fusion(),
                fitted.declineBelow(),
                best.passages(), best.l2(), folds, bestFigures, data, best.command());
        stdout.printf(Locale.ROOT, "best: l2 %s, %d passages (mean of the sets' all-right %.1f%%); fitted on all:%n",
                best.l2(), best.passages(), 100 * bestMean);
        for (int j = 0; j < fitted.features().size(); j++) {
            stdout.printf(Locale.ROOT, "  %-26s %+.3f%n", fitted.features().get(j), fitted.weights()[j]);
        }
        stdout.printf(Locale.ROOT, "  %-26s %+.3f%n  decline below %.3f; retrieval: lexical %.3f, aspect %.3f%n", "bias",
                fitted.bias(), fitted.declineBelow(), fitted.lexicalWeight(), fitted.aspectBoost());
        Path target = out != null ? out : ConfigLoader.defaultHome().resolve("config/scoring-fitted-" + fitted.model() + ".json");
        fitted.write(target);
        stdout.println("weights written to " + target);
        return 0;
    }

    /** Sentence vectors made on the fly with the bot's model, when measuring them; none otherwise. */
    private SentenceSimilarity similarity(ReviewBot bot) {
        if (!sentenceVectors) {
            return SentenceSimilarity.NONE;
        }
        EmbeddingModel model = bot.aspectParts().model();
        Map<String, float[]> vectors = new HashMap<>();
        return (question, sentence) -> {
            float[] q = vectors.computeIfAbsent("\u0000" + question.searchText(), t -> model.embed(t.substring(1)).content().vector());
            float[] s = vectors.computeIfAbsent(sentence, t -> model.embed(t).content().vector());
            double dot = 0;
            double nq = 0;
            double ns = 0;
            for (int i = 0; i < q.length; i++) {
                dot += q[i] * s[i];
                nq += q[i] * q[i];
                ns += s[i] * s[i];
            }
            return dot / Math.sqrt(nq * ns);
        };
    }

    private ScoringFit.Case subjqaCase(ReviewBot bot, SentenceSimilarity similarity, SubjqaEvaluation.Item item) {
        AnswerService.Prepared prepared = bot.answers().prepare(item.question(), Optional.of(item.film()));
        BiPredicate<Passage, String> answers = (passage, sentence) -> item.answerable()
                && SubjqaEvaluation.quotesASpan(List.of(new Citation(passage.film(), passage.section(), null, sentence)), item.spans());
        Predicate<Answer> right = a -> {
            SubjqaEvaluation.Score s = SubjqaEvaluation.score("", List.of(item), (q, f) -> a);
            return s.hits() + s.declined() == 1;
        };
        return replayable(bot, similarity, "SubjQA movies dev", item.film(), item.answerable(), prepared, answers, right);
    }

    private ScoringFit.Case evalCase(ReviewBot bot, SentenceSimilarity similarity, String dataset, EvalQuestion q) {
        AnswerService.Prepared prepared = bot.answers().prepare(q.q(), Optional.empty());
        List<String> facts = (q.facts().isEmpty() ? q.all() : q.facts()).stream().map(TextCleaner::normalize).toList();
        BiPredicate<Passage, String> answers = (passage, sentence) -> q.answerable() && q.film() != null
                && Passage.filmKey(passage.film()).equals(Passage.filmKey(q.film()))
                && (q.sections().isEmpty() || q.sections().stream().anyMatch(s -> s.equalsIgnoreCase(passage.section())))
                && facts.stream().anyMatch(TextCleaner.normalize(sentence)::contains);
        Predicate<Answer> right = a -> Evaluator.evaluate(List.of(q), x -> a).right().right() == 1;
        // Films are grouped across our two sets: the tuning part's reviews include the bundled ones.
        String group = q.film() != null ? Passage.filmKey(q.film()) : dataset + ":" + q.q();
        return replayable(bot, similarity, dataset, group, q.answerable(), prepared, answers, right);
    }

    private ScoringFit.Case replayable(ReviewBot bot, SentenceSimilarity similarity, String dataset, String group, boolean answerable,
                                       AnswerService.Prepared prepared, BiPredicate<Passage, String> answers,
                                       Predicate<Answer> right) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<double[]> passageRows = new ArrayList<>();
        List<Boolean> passageLabels = new ArrayList<>();
        if (prepared.early() != null) {
            boolean r = right.test(prepared.early());
            double confidence = prepared.early().grounded() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            return new ScoringFit.Case(dataset, group, answerable, rows, labels, passageRows, passageLabels,
                    m -> new ScoringFit.Outcome(confidence, r, r));
        }
        ExtractiveAnswerer base = bot.extractiveAnswerer(bot.scoring(), similarity);
        for (ExtractiveAnswerer.Candidate c : base.candidates(prepared.question(), prepared.retrieval(), pool)) {
            if (c.eligible()) {
                rows.add(c.features().vector());
                // A quote is the sentence and the one after it: a sentence answers when that quote holds the answer
                // ("How is the acting?" is answered by the section's opening, its next sentence names the lead).
                List<String> sentences = Sentences.split(c.passage().passage().text());
                int at = sentences.indexOf(c.sentence());
                String next = at >= 0 && at + 1 < sentences.size() ? sentences.get(at + 1) : "";
                labels.add(answers.test(c.passage().passage(), c.sentence())
                        || (!next.isEmpty() && answers.test(c.passage().passage(), c.sentence() + " " + next)));
            }
        }
        if (!labels.contains(true)) {
            // Which sentence answers is learnt from questions a sentence answers; whether to answer at all is
            // the threshold's job, fitted on every question.
            rows.clear();
            labels.clear();
        }
        // Retrieval's fusion, fitted on every passage retrieved: does it hold a sentence that answers?
        for (ScoredPassage p : prepared.retrieval().passages()) {
            passageRows.add(new double[] {p.similarity(), p.lexical(), p.aspectMatch() ? 1 : 0});
            passageLabels.add(Sentences.split(p.passage().text()).stream().anyMatch(t -> answers.test(p.passage(), t)));
        }
        boolean rightIfDeclined = right.test(new Answer.Declined(prepared.question().text(), "declined", List.of()));
        return new ScoringFit.Case(dataset, group, answerable, rows, labels, passageRows, passageLabels, model -> {
            ExtractiveAnswerer answerer = bot.extractiveAnswerer(model, similarity);
            Answer a = answerer.answer(prepared.question(), prepared.retrieval(), prepared.catalog());
            if (!a.grounded()) {
                return new ScoringFit.Outcome(Double.NEGATIVE_INFINITY, false, rightIfDeclined);
            }
            double confidence = prepared.question().summary() ? Double.POSITIVE_INFINITY
                    : answerer.candidates(prepared.question(), prepared.retrieval(), model.passages()).stream()
                            .filter(ExtractiveAnswerer.Candidate::eligible)
                            .mapToDouble(ExtractiveAnswerer.Candidate::score).max().orElse(Double.NEGATIVE_INFINITY);
            return new ScoringFit.Outcome(confidence, right.test(a), rightIfDeclined);
        });
    }
}
