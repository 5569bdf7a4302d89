package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.opinion.OpinionKind;
import dev.reviewbot.opinion.QuestionKindModel;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `fit-question-kinds` on labelled questions written here: weights, their held-out recall and command. */
class FitQuestionKindsCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ReviewBotCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of(),
                new ByteArrayInputStream(new byte[0]));
        return new Run(exit, out.toString(), err.toString());
    }

    private static String question(String q, String kind, String film) {
        return "{\"q\": \"" + q + "\", \"kind\": \"" + kind + "\", \"film\": \"" + film + "\", \"answerable\": true}";
    }

    private Path set(String name, String film) throws Exception {
        Path file = Files.createDirectories(dir.resolve(name)).resolve("tune.jsonl");
        Files.write(file, List.of(
                question("do the " + film + " reviewers agree about the music", "disagreement", film),
                question("which " + film + " critic hated the ending", "disagreement", film),
                question("who directed " + film, "crew", film),
                question("how long is " + film, "metadata", film),
                question("who plays the lead in " + film, "actor", film)));
        return file;
    }

    @Test
    void fitted_onEachSetHeldOutInTurn_writesWeightsThatRouteAsLabelled() throws Exception {
        Path first = set("one", "Moss Harbour");
        Path second = set("two", "Gull Point");
        Path out = dir.resolve("kinds.json");

        Run run = run("fit-question-kinds", "--l2", "0.000001", "--out", out.toString(), first.toString(), second.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("all-minilm-l6-v2-q: l2 1.0E-6; routed right with each eval set held out:")
                .contains("disagreement").contains("wrote " + out);
        QuestionKindModel fitted = QuestionKindModel.read(Files.newInputStream(out), out.toString());
        assertThat(fitted.kinds()).contains("disagreement", "other", "pros-cons", "comparison"); // the descriptions' kinds too
        assertThat(fitted.questions()).isEqualTo(10);
        assertThat(fitted.crossValidated()).containsKeys("disagreement", "other");
        assertThat(fitted.command()).isEqualTo("./reviewbot fit-question-kinds --l2 1.0E-6 " + first + " " + second);
        float[] asked = dev.reviewbot.embedding.Vectors.unit(dev.reviewbot.embedding.InProcessModel.byId("all-minilm-l6-v2-q").load()
                .embed("do the reviewers agree about the music").content().vector());
        assertThat(fitted.kindOf(asked)).contains(OpinionKind.DISAGREEMENT);
    }

    @Test
    void aHeldOutPart_isNeverFittedOn() throws Exception {
        Path heldOut = Files.createDirectories(dir.resolve("three")).resolve("heldout.jsonl");
        Files.write(heldOut, List.of(question("who directed it", "crew", "X")));

        Run run = run("fit-question-kinds", "--out", dir.resolve("k.json").toString(), heldOut.toString());

        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).isEqualTo("reviewbot: a held-out part is for reporting only, never for fitting: " + heldOut);
        assertThat(dir.resolve("k.json")).doesNotExist();
    }

    @Test
    void aMissingFile_isNamed() {
        Run run = run("fit-question-kinds", dir.resolve("nope.jsonl").toString());

        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).isEqualTo("reviewbot: no such file: " + dir.resolve("nope.jsonl"));
    }
}
