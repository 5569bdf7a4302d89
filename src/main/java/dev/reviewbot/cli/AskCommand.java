package dev.reviewbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.AnswerResult;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.answer.InvalidQuestionException;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.command.PlainTextRenderer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answer QUESTION, or with none, each line of standard input in order.",
                "A line may be a JSON object {\"question\": ..., \"film\": ...}. Lines are answered independently."})
final class AskCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    ReviewBotCli root;

    @Spec
    CommandSpec spec;

    @Mixin
    ReviewsOption reviews;

    @Option(names = "--film", paramLabel = "TITLE", description = "Scope the question(s) to one film.")
    String film;

    @Option(names = "--json", description = "One JSON object per question, one per line.")
    boolean json;

    @Option(names = "--llm", paramLabel = "PROVIDER", description = "${COMPLETION-CANDIDATES}: overrides llm.provider.")
    LlmChoice llm;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question (quotes optional).")
    List<String> question;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ReviewBot bot = BotLauncher.open(root, reviews.dir, err, LlmChoice.name(llm))) {
            Optional<String> scope = Optional.ofNullable(film);
            scope.ifPresent(f -> bot.answers().resolveFilm(f, bot.library().catalog())); // unknown film fails up front
            if (question != null && !question.isEmpty()) {
                print(bot.answers().ask(null, String.join(" ", question), scope), out);
                return 0;
            }
            return answerLines(bot, scope, out, err);
        }
    }

    private int answerLines(ReviewBot bot, Optional<String> scope, PrintWriter out, PrintWriter err) {
        int failures = 0;
        int lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(root.in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String text = line;
                try {
                    Optional<String> lineScope = scope;
                    if (line.stripLeading().startsWith("{")) {
                        JsonNode node = parseLine(line, lineNumber);
                        text = node.path("question").asText("");
                        lineScope = node.hasNonNull("film") ? Optional.of(node.get("film").asText()) : scope;
                    }
                    print(bot.answers().ask(null, text, lineScope), out);
                } catch (InvalidQuestionException e) {
                    failures++;
                    reportLineError(text, lineNumber, e.getMessage(), out, err);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return failures == 0 ? 0 : 1;
    }

    private static JsonNode parseLine(String line, int lineNumber) {
        try {
            JsonNode node = JSON.readTree(line);
            if (!node.isObject() || !node.path("question").isTextual()) {
                throw new InvalidQuestionException("line " + lineNumber + ": expected {\"question\": \"...\", \"film\": \"...\"}");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidQuestionException("line " + lineNumber + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private void reportLineError(String question, int lineNumber, String message, PrintWriter out, PrintWriter err) {
        if (json) {
            ObjectNode node = JSON.createObjectNode().put("question", question).put("error", message);
            out.println(node);
        }
        err.println("reviewbot: line " + lineNumber + ": " + message);
    }

    private void print(AnswerResult result, PrintWriter out) {
        if (!json) {
            out.println(new PlainTextRenderer().answer(result.answer()));
            out.println();
            out.flush();
            return;
        }
        ObjectNode node = JSON.createObjectNode()
                .put("question", result.answer().question())
                .put("answer", result.answer().text())
                .put("grounded", result.answer().grounded());
        var citations = node.putArray("citations");
        for (Citation c : result.answer().citations()) {
            citations.addObject().put("review", c.review()).put("section", c.section())
                    .put("reviewer", c.reviewer()).put("quote", c.quote());
        }
        if (result.answer() instanceof Answer.Grounded grounded && grounded.note() != null) {
            node.put("note", grounded.note()); // only with an LLM: why the quotes were shown instead
        }
        node.put("cached", result.cached()).put("millis", result.elapsed().toNanos() / 1_000_000.0);
        out.println(node);
        out.flush();
    }
}
