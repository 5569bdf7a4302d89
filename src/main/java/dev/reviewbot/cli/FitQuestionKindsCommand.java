package dev.reviewbot.cli;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.embedding.InProcessModel;
import dev.reviewbot.embedding.QueryInstructionEmbeddingModel;
import dev.reviewbot.embedding.Vectors;
import dev.reviewbot.eval.EvalQuestion;
import dev.reviewbot.eval.Evaluator;
import dev.reviewbot.eval.QuestionKindFit;
import dev.reviewbot.opinion.OpinionKind;
import dev.reviewbot.opinion.QuestionKindModel;
import dev.reviewbot.retrieval.QuestionAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "fit-question-kinds", mixinStandardHelpOptions = true,
        description = {"Fits which questions ask for pros and cons, for where reviewers disagree, or to compare films:",
                "logistic regression over the question model's embeddings of labelled questions (the tuning parts of",
                "the outside eval sets) and the kinds' descriptions in the config, cross-validated with each eval set",
                "held out in turn; writes src/main/resources/kinds/<model>.json (bundled on the next build)."})
final class FitQuestionKindsCommand implements Callable<Integer> {

    @ParentCommand
    ReviewBotCli root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Labelled questions, .jsonl as `eval` reads (default: eval/*/tune.jsonl, never a held-out part).")
    List<Path> files;

    @Option(names = "--l2", defaultValue = "0.000001,0.00001,0.0001", split = ",", paramLabel = "X[,X...]",
            description = "Penalties tried; the one whose cross-validated mean recall is highest is kept (default: ${DEFAULT-VALUE}).")
    List<Double> l2;

    @Option(names = "--out", paramLabel = "PATH", description = "Where to write the weights (default: src/main/resources/kinds/<model>.json).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path home = ConfigLoader.defaultHome();
        if (l2.stream().anyMatch(x -> !(x > 0))) {
            throw new UserError("--l2 must be positive");
        }
        List<Path> sources = files != null && !files.isEmpty() ? files : tuningParts(home);
        for (Path file : sources) {
            if (!Files.isRegularFile(file)) {
                throw new UserError("no such file: " + file);
            }
            if (file.getFileName().toString().contains("heldout")) {
                throw new UserError("a held-out part is for reporting only, never for fitting: " + file);
            }
        }
        BotConfig config = BotLauncher.config(root);
        InProcessModel model = config.embedding().inProcessModel();
        err.printf("reviewbot: embedding questions with %s%n", model.id());
        EmbeddingModel questions = QueryInstructionEmbeddingModel.wrap(model.load(), config.embedding().questionInstruction());
        List<QuestionKindFit.Labelled> examples = new ArrayList<>();
        for (Map.Entry<String, List<String>> kind : config.opinions().kinds().entrySet()) {
            String routed = OpinionKind.named(kind.getKey()).map(OpinionKind::key).orElse(QuestionKindModel.OTHER);
            for (String description : kind.getValue()) {
                examples.add(new QuestionKindFit.Labelled(QuestionKindFit.ALWAYS, routed, embed(questions, description)));
            }
        }
        for (Path file : sources) {
            List<EvalQuestion> asked = Evaluator.read(file);
            // Titles are dropped, as the bot reads a question's kind: read as "the film", two of them made a comparison
            // of any question naming one film whose text says "the film" too.
            List<String> titles = asked.stream().map(EvalQuestion::film).filter(Objects::nonNull).distinct().toList();
            String group = file.toAbsolutePath().getParent().getFileName().toString();
            for (EvalQuestion question : asked) {
                String text = QuestionAnalyzer.withoutTitlesAsked(question.q(), titles);
                examples.add(new QuestionKindFit.Labelled(group, QuestionKindFit.routed(question.kind()), embed(questions, text)));
            }
        }
        err.printf("reviewbot: %,d questions from %d files; cross-validating%n",
                examples.stream().filter(e -> !QuestionKindFit.ALWAYS.equals(e.group())).count(), sources.size());
        QuestionKindFit.Scored best = QuestionKindFit.best(examples, l2).orElseThrow();
        String command = "./reviewbot fit-question-kinds --l2 " + l2.stream().map(String::valueOf).collect(Collectors.joining(","))
                + (files == null || files.isEmpty() ? "" : " " + sources.stream().map(Path::toString).collect(Collectors.joining(" ")));
        QuestionKindModel fitted = QuestionKindFit.fit(examples, best.l2(), model.id(), rounded(best.recall()), command);
        Path target = out != null ? out : home.resolve("src/main/resources" + QuestionKindModel.resource(model.id()));
        fitted.write(target);
        stdout.printf(Locale.ROOT, "%s: l2 %s; routed right with each eval set held out: %s (mean %.1f%%); wrote %s%n",
                model.id(), best.l2(), best.recall().entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %.1f%%", e.getKey(), 100 * e.getValue()))
                        .collect(Collectors.joining(", ")), 100 * best.mean(), target);
        return 0;
    }

    private static List<Path> tuningParts(Path home) throws IOException {
        Path eval = home.resolve("eval");
        if (!Files.isDirectory(eval)) {
            throw new UserError("no eval folder in " + home + "; name the labelled question files");
        }
        try (Stream<Path> sets = Files.list(eval)) {
            return sets.map(set -> set.resolve("tune.jsonl")).filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static float[] embed(EmbeddingModel model, String text) {
        return Vectors.unit(model.embed(text).content().vector());
    }

    private static Map<String, Double> rounded(Map<String, Double> values) {
        return values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> Math.round(e.getValue() * 1000) / 1000.0, (a, b) -> a, java.util.TreeMap::new));
    }
}
