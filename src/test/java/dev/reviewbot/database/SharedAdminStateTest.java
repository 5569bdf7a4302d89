package dev.reviewbot.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.TestBots;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.command.ActivityReport;
import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.Reply;
import dev.reviewbot.command.Requester;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admins' state of two bots over one real PostgreSQL, as two processes behind a load balancer: a channel
 * list an admin sets through one is obeyed by the other, and the questions asked on both make one report.
 */
class SharedAdminStateTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();
    private static ReviewBot first;
    private static ReviewBot second;

    @BeforeAll
    static void startTwoProcesses() {
        Map<String, String> environment = Map.of("REVIEWBOT_DATABASE_URL", POSTGRES.url());
        first = TestBots.bundled(environment);
        second = TestBots.bundled(environment);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    @Test
    void aChannelListSetThroughOne_isObeyedByTheOther_andByOneRestarted() {
        Requester admin = new Requester("discord", "ada", Requester.Place.channel("g1", "c1"));
        Reply set = first.commands().execute(admin, new BotCommand.Channels(BotCommand.ChannelChange.SET, List.of("c1")));
        assertThat(set).isEqualTo(new Reply.ChannelList(List.of("c1")));

        Reply elsewhere = second.commands().execute(new Requester("discord", "ben", Requester.Place.channel("g1", "c2")),
                ask("How is the acting in Ballerina?"));
        Reply listed = second.commands().execute(new Requester("discord", "ben", Requester.Place.channel("g1", "c1")),
                ask("How is the acting in Ballerina?"));
        Reply otherServer = second.commands().execute(new Requester("discord", "ben", Requester.Place.channel("g2", "c2")),
                ask("How is the acting in Ballerina?"));

        assertThat(elsewhere).isEqualTo(new Reply.NotHere(List.of("c1")));
        assertThat(listed).isInstanceOf(Reply.AnswerReply.class);
        assertThat(otherServer).as("another server's list is its own").isInstanceOf(Reply.AnswerReply.class);

        second.commands().execute(admin, new BotCommand.Channels(BotCommand.ChannelChange.ALL, List.of()));
        assertThat(first.commands().execute(new Requester("discord", "ben", Requester.Place.channel("g1", "c2")),
                ask("How is the acting in Ballerina?"))).isInstanceOf(Reply.AnswerReply.class);
    }

    @Test
    void questionsAskedOnBoth_makeOneReport() {
        Requester onFirst = new Requester("slack", "U1", Requester.Place.channel("T-report", "C1"));
        Requester onSecond = new Requester("slack", "U2", Requester.Place.channel("T-report", "C2"));
        first.commands().execute(onFirst, ask("How is the acting in Ballerina?"));
        second.commands().execute(onSecond, ask("How is The Godfather?"));

        for (ReviewBot bot : List.of(first, second)) {
            Reply reply = bot.commands().execute(onFirst, new BotCommand.Report(Duration.ofDays(1)));
            ActivityReport report = ((Reply.ReportReply) reply).report();
            assertThat(report.answered()).isEqualTo(1);
            assertThat(report.declined()).isEqualTo(1);
            assertThat(report.byFilm()).extracting(ActivityReport.Group::name).contains("The Godfather");
        }
    }

    private static BotCommand.Ask ask(String question) {
        return new BotCommand.Ask(question, Optional.empty());
    }
}
