package dev.reviewbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.AnswerResult;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.library.IngestReport;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every renderer of {@link Reply} must do: show each kind of reply, in words a user can read. Each
 * renderer's test extends this. A new reply type fails {@link #everyReplyType_hasASample} until it has a
 * sample here, and then every renderer's test until the renderer shows it.
 */
public abstract class ReplyRendererContract {

    /** The reply as the platform shows it, reduced to its visible text. */
    protected abstract String visibleText(Reply reply);

    private static final Review REVIEW = new Review(Review.idFor("Contract Film", "Ada Quill"), "Contract Film", 2024,
            "Ada Quill", "4/5", "test", List.of(new Section("Acting", "The lead is superb. The rest follow."),
            new Section("Overall", "Worth seeing.")));
    private static final Citation CITATION = new Citation("Contract Film", "Acting", "Ada Quill", "The lead is superb.");

    private static final ActivityReport REPORT = new ActivityReport(java.time.Instant.parse("2026-11-24T00:00:00Z"),
            java.time.Instant.parse("2026-12-01T00:00:00Z"), 3, 2, 1, 1,
            List.of(new ActivityReport.Vote(java.time.Instant.parse("2026-11-30T00:00:00Z"), false, "how is the lead?",
                    List.of("Contract Film, Acting (Ada Quill)"))),
            List.of(new ActivityReport.Group("Contract Film", 2, List.of("who wrote the score?"))),
            List.of(new ActivityReport.Group("music", 1, List.of("who wrote the score?"))));

    /** One sample of every reply type, with a word each renderer must show. */
    public static Stream<Sample> samples() {
        BotStats.CacheStat cache = new BotStats.CacheStat(3, 2, 1);
        return Stream.of(
                new Sample(new Reply.AnswerReply(new AnswerResult(new Answer.Grounded("how is the lead?",
                        List.of(CITATION)), false, Duration.ZERO), "abc123"), "superb"),
                new Sample(new Reply.AnswerReply(new AnswerResult(new Answer.Declined("box office?",
                        "The reviews don't say.", List.of("Acting")), false, Duration.ZERO), "def456"), "don't say"),
                new Sample(new Reply.ReviewList(List.of(REVIEW)), "Contract Film"),
                new Sample(new Reply.ReviewOutline("Contract Film", List.of(REVIEW)), "Acting"),
                new Sample(new Reply.SectionText("Contract Film", List.of(new Reply.ReviewSection(REVIEW,
                        REVIEW.sections().get(0)))), "superb"),
                new Sample(new Reply.HelpText(CommandService.COMMANDS), "review"),
                new Sample(new Reply.StatsReply(new BotStats(1, 1, 2, 7, cache, cache, 0, 5, 1, 2, 0)), "5"),
                new Sample(new Reply.Problem("unknown film 'Nope'"), "Nope"),
                new Sample(new Reply.RateLimited("You have asked 2 questions in the last minute, the limit", false), "limit"),
                new Sample(new Reply.Hint(CommandService.HINT, false), "help"),
                new Sample(new Reply.Notice(CommandService.THANKS_HELPFUL), "Thanks"),
                new Sample(new Reply.Suggestions(List.of("Contract Film")), "Contract Film"),
                new Sample(new Reply.ReviewStored(REVIEW, new IngestReport(List.of(REVIEW.id()), List.of(), List.of(), 3, 8),
                        List.of()), "Contract Film"),
                new Sample(new Reply.NotStored("notes.pdf: not a review file"), "notes.pdf"),
                new Sample(new Reply.RemovalPreview(List.of(REVIEW.displayName()), new RemovalTicket(8, "r0")),
                        "Contract Film"),
                new Sample(new Reply.Removed(List.of("Contract Film")), "Contract Film"),
                new Sample(new Reply.ReportReply(REPORT), "who wrote the score?"),
                new Sample(new Reply.ChannelList(List.of("C0123")), "C0123"),
                new Sample(new Reply.NotHere(List.of("C0456")), "C0456"));
    }

    /** A reply and a word that must show when it is rendered. */
    public record Sample(Reply reply, String mustShow) {
        @Override
        public String toString() {
            return reply.getClass().getSimpleName();
        }
    }

    @Test
    void everyReplyType_hasASample() {
        Set<Class<?>> sampled = samples().map(s -> s.reply().getClass()).collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(Arrays.asList(Reply.class.getPermittedSubclasses()));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyReply_isRendered_showingWhatItSays(Sample sample) {
        assertThat(visibleText(sample.reply())).containsIgnoringCase(sample.mustShow());
    }
}
