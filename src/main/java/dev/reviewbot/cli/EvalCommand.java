package dev.reviewbot.cli;

import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.eval.EvalQuestion;
import dev.reviewbot.eval.EvalReport;
import dev.reviewbot.eval.Evaluator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run a question set and print the scores.",
                "A line: {\"q\": str, \"kind\": str, \"film\": title or null, \"sections\": [...] ([] any),",
                "  \"facts\": [...] (any one), \"all\": [...] (every one), \"answerable\": bool}",
                "Prints film@1, section@1, fact recall, refusals and a per-kind table (right %%, declined %%)."})
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    ReviewBotCli root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.jsonl", arity = "0..1", description = "The question set.")
    Path file;

    @Option(names = "--subjqa", paramLabel = "DIR",
            description = "Instead: score on SubjQA's movie reviews in DIR (dev_reviews.jsonl, dev_qa.jsonl), beside plain BM25.")
    Path subjqa;

    @Option(names = "--fit-aspects",
            description = "Instead: how well aspects recognised by embeddings agree with the vocabulary's words, per threshold, on --reviews DIR and FILE's questions.")
    boolean fitAspects;

    @Mixin
    ReviewsOption reviews;

    @Option(names = "--verbose", description = "List every miss.")
    boolean verbose;

    @Option(names = "--llm", paramLabel = "PROVIDER", description = "${COMPLETION-CANDIDATES}: overrides llm.provider.")
    LlmChoice llm;

    /** A question set is UTF-8 text: a binary file is named as such, with the line where it stops being text. */
    private static void checkText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new IOException(file + ":" + lineAt(bytes, i) + ": binary data (a NUL byte), not a JSONL question set");
            }
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ":" + lineAt(bytes, in.position()) + ": not UTF-8 text, not a JSONL question set");
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }

    @Override
    public Integer call() throws IOException {
        if (subjqa != null) {
            return new SubjqaReport(root, spec).run(subjqa, verbose);
        }
        if (file == null) {
            throw new UserError("give a question set FILE.jsonl, or --subjqa DIR");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError("no such file: " + file);
        }
        List<EvalQuestion> questions;
        try {
            checkText(file);
            questions = Evaluator.read(file);
        } catch (IOException e) {
            throw new UserError(e.getMessage().lines().findFirst().orElse(file + ": cannot be read"));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (fitAspects) {
            try (ReviewBot bot = BotLauncher.open(root, reviews.dir, spec.commandLine().getErr(), LlmChoice.name(llm))) {
                var parts = bot.aspectParts();
                out.println(dev.reviewbot.eval.AspectFit.report(bot.library().catalog().reviews(),
                        questions.stream().map(EvalQuestion::q).toList(), parts.vocabulary(), parts.semantics(), parts.model()));
                return 0;
            }
        }
        try (ReviewBot bot = BotLauncher.open(root, reviews.dir, spec.commandLine().getErr(), LlmChoice.name(llm))) {
            EvalReport report = Evaluator.evaluate(questions, q -> bot.answers().ask(null, q, Optional.empty()).answer());
            out.println(report.summary());
            out.println();
            out.println(report.kindTable());
            if (verbose) {
                report.misses().forEach(m -> out.println("  " + m));
            }
            return 0;
        } catch (UncheckedIOException e) {
            throw new UserError(e.getMessage());
        }
    }
}
