package dev.reviewbot.cli;

import dev.reviewbot.command.ActivityReports;
import dev.reviewbot.command.ReportPeriod;
import dev.reviewbot.command.ReportText;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.database.Database;
import dev.reviewbot.feedback.FeedbackLog;
import dev.reviewbot.feedback.QuestionLog;
import dev.reviewbot.state.PostgresFeedback;
import dev.reviewbot.state.PostgresQuestions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What was asked on every platform over a period, read from the logs in the data directory, or from the
 * tables every process shares when a database is configured: no library or model is opened, so it runs
 * beside running bots.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Questions answered and declined, feedback, and the declined questions by film and aspect.")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    ReviewBotCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--since", paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "How far back: 7d, 24h, 30m (default 7d).")
    Duration since = ReportPeriod.DEFAULT;

    /** The time the report ends at; tests could replace it. */
    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        BotConfig config = BotLauncher.config(root);
        if (config.library().database().configured()) {
            try (Database database = Database.open(config.library().database(),
                    BotLauncher.loader(root).secret("REVIEWBOT_DATABASE_PASSWORD"))) {
                return print(new ActivityReports(new QuestionLog(new PostgresQuestions(database.dataSource(), clock,
                        PostgresQuestions.KEPT)), new FeedbackLog(new PostgresFeedback(database.dataSource()))));
            }
        }
        Path dataDir = config.library().dataDir();
        return print(new ActivityReports(new QuestionLog(dataDir.resolve(QuestionLog.FILE)),
                new FeedbackLog(dataDir.resolve(FeedbackLog.FILE))));
    }

    private int print(ActivityReports reports) {
        Instant now = clock.instant();
        spec.commandLine().getOut().println(ReportText.render(
                reports.between(now.minus(since), now, ActivityReports.Where.everywhere())));
        return 0;
    }

    /** "7d" to a duration, with the one-line message of {@link ReportPeriod#parse}. */
    static final class PeriodConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return ReportPeriod.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
