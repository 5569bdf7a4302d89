package dev.reviewbot.cli;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.embedding.InProcessModel;
import dev.reviewbot.opinion.EmbeddingFileCache;
import dev.reviewbot.opinion.LabelledSentences;
import dev.reviewbot.eval.PolarityFit;
import dev.reviewbot.opinion.PolarityModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "fit-polarity", mixinStandardHelpOptions = true,
        description = {"Fits sentence polarity (praise .. criticism) as logistic regression over the in-process",
                "embeddings of labelled sentences stacked with one over their naive-Bayes-weighted word n-grams,",
                "reports nested k-fold cross-validated accuracy and writes the weights",
                "to src/main/resources/polarity/<model>.json (bundled in the jar on the next build)."})
final class FitPolarityCommand implements Callable<Integer> {

    @ParentCommand
    ReviewBotCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "Folder with pos.txt and neg.txt, one sentence a line (rt-polarity).")
    Path data;

    @Option(names = "--model", paramLabel = "ID[,ID...]", split = ",", description = {"Embedding model; with several, each is",
            "fitted and written, and the mean of their margins is cross-validated too (default: embedding.polarity-model",
            "from the config)."})
    List<String> models;

    @Option(names = "--l2", defaultValue = "0.01,0.03,0.1", split = ",", paramLabel = "X[,X...]",
            description = {"Penalty on the squared standardised embedding weights; with several, the one whose",
                    "out-of-fold margins score best in the inner folds (default: ${DEFAULT-VALUE})."})
    List<Double> l2;

    @Option(names = "--characters", defaultValue = "5",
            description = "Longest character n-gram (from 2), a part stacked beside the word n-grams; 0 for none (default: ${DEFAULT-VALUE}).")
    int characters;

    @Option(names = "--ngrams", defaultValue = "2",
            description = "Longest word n-gram weighed beside the embedding; 0 for the embedding alone (default: ${DEFAULT-VALUE}).")
    int ngrams;

    @Option(names = "--ngram-c", defaultValue = "1", description = "LIBLINEAR's C for the n-gram regression (default: ${DEFAULT-VALUE}).")
    double ngramC;

    @Option(names = "--negation", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also weigh the n-grams with words after a negation (up to the next punctuation) marked "
                    + "(default: ${DEFAULT-VALUE}; --no-negation for plain n-grams).")
    boolean negation;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--out", paramLabel = "PATH", description = {"Where to write the weights: a file for one model, a folder",
            "(for <model>.json each) for several (default: src/main/resources/polarity/<model>.json)."})
    Path out;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "target/polarity-cache",
            description = "Embeddings kept between runs (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path home = ConfigLoader.defaultHome();
        List<InProcessModel> chosen;
        try {
            chosen = (models != null ? models : BotLauncher.config(root).embedding().polarityModels()).stream()
                    .map(InProcessModel::byId).distinct().toList();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage().replace("embedding.model", "--model"));
        }
        if (!Files.isDirectory(data)) {
            throw new UserError("no such folder: " + data);
        }
        if (l2.stream().anyMatch(c -> !(c > 0)) || !(ngramC > 0) || folds < 2 || ngrams < 0 || characters < 0) {
            throw new UserError("--l2 and --ngram-c must be positive, --folds at least 2, --ngrams and --characters "
                    + "at least 0");
        }
        LabelledSentences sentences = LabelledSentences.readRtPolarity(data);
        if (sentences.size() < folds * 2) {
            throw new UserError("too few labelled sentences in " + data + ": " + sentences.size());
        }
        PolarityFit fitter = new PolarityFit(new PolarityFit.Settings(ngrams, ngramC, l2, folds, 42, negation,
                characters));
        double[] summed = new double[sentences.size()];
        for (InProcessModel model : chosen) {
            Path target = out == null ? home.resolve("src/main/resources" + PolarityModel.resource(model.id()))
                    : chosen.size() > 1 ? out.resolve(model.id() + ".json") : out;
            double[] margins = fitOne(model, sentences, fitter, target, home, stdout, err);
            for (int i = 0; i < summed.length; i++) {
                summed[i] += margins[i];
            }
        }
        if (chosen.size() > 1) {
            // The folds are the same for every model (same sentences, same seed): the mean margin is out of fold too.
            List<Double> accuracies = fitter.accuracies(summed, sentences.labels());
            stdout.printf(Locale.ROOT, "mean margin of %s: %d-fold cross-validated accuracy %.1f%% (folds %s)%n",
                    String.join(" and ", chosen.stream().map(InProcessModel::id).toList()), folds,
                    100 * accuracies.stream().mapToDouble(Double::doubleValue).average().orElse(0), folds(accuracies));
        }
        return 0;
    }

    /** Fits one model's weights, writes them and returns its sentences' out-of-fold margins. */
    private double[] fitOne(InProcessModel chosen, LabelledSentences sentences, PolarityFit fitter, Path target, Path home,
                            PrintWriter stdout, PrintWriter err) throws IOException {
        err.printf("reviewbot: embedding %,d sentences with %s%n", sentences.size(), chosen.id());
        EmbeddingModel embeddings = chosen.load();
        long start = System.nanoTime();
        float[][] x = new EmbeddingFileCache(home.resolve(cache)).embed(sentences.sentences(), embeddings, chosen.id(),
                done -> {
                    if (done % 2048 < 128) {
                        err.printf("reviewbot:   %,d embedded%n", done);
                    }
                });
        err.printf("reviewbot: embedded in %.0f s%n", (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        // The weights on every sentence are fitted while the folds are scored: neither needs the other.
        CompletableFuture<PolarityFit.Fitted> all = CompletableFuture.supplyAsync(
                () -> fitter.fit(sentences.sentences(), x, sentences.labels()));
        double[] margins = fitter.outOfFoldMargins(sentences.sentences(), x, sentences.labels());
        List<Double> accuracies = fitter.accuracies(margins, sentences.labels());
        double accuracy = accuracies.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        PolarityFit.Fitted fitted = all.join();
        err.printf("reviewbot: fitted and cross-validated in %.0f s%n", (System.nanoTime() - start) / 1e9);
        String command = String.format(Locale.ROOT,
                "./reviewbot fit-polarity --data %s --model %s --ngrams %d --characters %d --ngram-c %s --l2 %s "
                        + "--%snegation --folds %d", data, chosen.id(), ngrams, characters, ngramC,
                l2.stream().map(String::valueOf).collect(Collectors.joining(",")), negation ? "" : "no-", folds);
        Map<String, Double> ngramWeights = rounded(fitted.ngrams());
        PolarityModel weights = new PolarityModel(chosen.id(), fitted.weights(), fitted.bias(), ngramWeights,
                ngramWeights.isEmpty() ? 0 : ngrams, negation && !ngramWeights.isEmpty(),
                ngramWeights.isEmpty() ? 0 : characters, round(accuracy), folds, sentences.size(), fitted.l2(),
                "rt-polarity: sentence polarity dataset v1.0 (Pang and Lee, ACL 2005), "
                + "snippets of Rotten Tomatoes reviews, de-tokenised", command);
        weights.write(target);
        stdout.printf(Locale.ROOT, "%s: %d-fold cross-validated accuracy %.1f%% (folds %s) on %,d sentences, "
                        + "n-grams up to %d%s, characters up to %d (%,d weighed, C %s), l2 %s of %s%n",
                chosen.id(), folds, 100 * accuracy, folds(accuracies), sentences.size(), ngrams,
                weights.negation() ? " with negation marked" : "", weights.characterLength(), weights.ngrams().size(),
                ngramC, fitted.l2(), l2);
        stdout.println("weights written to " + target);
        return margins;
    }

    private static List<String> folds(List<Double> accuracies) {
        return accuracies.stream().map(a -> String.format(Locale.ROOT, "%.1f", 100 * a)).toList();
    }

    /** Five decimals are far finer than the fit; the ones that round to zero add nothing but size. */
    private static Map<String, Double> rounded(Map<String, Double> ngrams) {
        Map<String, Double> kept = new HashMap<>();
        ngrams.forEach((gram, w) -> {
            double r = Math.round(w * 1e5) / 1e5;
            if (r != 0) {
                kept.put(gram, r);
            }
        });
        return kept;
    }

    private static double round(double accuracy) {
        return Math.round(accuracy * 10000) / 10000.0;
    }
}
