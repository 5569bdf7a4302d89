package dev.reviewbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where the bot answers, as a server's admins set it and its users meet it: every channel until a list is
 * set; then users' commands elsewhere are refused with the list, while buttons, autocomplete, admin commands,
 * DMs and the console still work; each server (and platform) keeps a list of its own.
 */
class ChannelRulesTest {

    private final ChannelRules rules = new ChannelRules(new InMemoryAllowedChannels());

    private static final Requester ADMIN = new Requester("discord", "ada", Requester.Place.channel("g1", "c9"));

    private static final List<BotCommand> USER_COMMANDS = List.of(
            new BotCommand.Ask("how is the acting?", Optional.empty()), new BotCommand.Empty(),
            new BotCommand.ListReviews(), new BotCommand.ShowReview("Ballerina", Optional.empty()),
            new BotCommand.Help(), new BotCommand.Stats(), new BotCommand.Recall("a1"));

    private static final List<BotCommand> ANYWHERE = List.of(
            new BotCommand.Vote("a1", true), new BotCommand.SuggestFilms("bal"), new BotCommand.CancelRemoval(),
            new BotCommand.Report(Duration.ofDays(7)), new BotCommand.Channels(BotCommand.ChannelChange.LIST, List.of()));

    private static Requester in(String server, String channel) {
        return new Requester("discord", "ben", Requester.Place.channel(server, channel));
    }

    private Reply change(Requester who, BotCommand.ChannelChange change, String... channels) {
        return rules.change(who, new BotCommand.Channels(change, List.of(channels)));
    }

    @Test
    void withoutAList_everyChannelIsAnswered() {
        assertThat(change(ADMIN, BotCommand.ChannelChange.LIST)).isEqualTo(new Reply.ChannelList(List.of()));
        for (BotCommand command : USER_COMMANDS) {
            assertThat(rules.refusal(in("g1", "c3"), command)).as(command.toString()).isEmpty();
        }
    }

    @Test
    void aListedServer_refusesUsersCommandsElsewhere_namingTheListedChannels() {
        assertThat(change(ADMIN, BotCommand.ChannelChange.SET, "c2", "c1")).isEqualTo(new Reply.ChannelList(List.of("c1", "c2")));

        for (BotCommand command : USER_COMMANDS) {
            assertThat(rules.refusal(in("g1", "c3"), command)).as(command.toString())
                    .contains(new Reply.NotHere(List.of("c1", "c2")));
            assertThat(rules.refusal(in("g1", "c1"), command)).as(command.toString()).isEmpty();
            assertThat(rules.refusal(in("g1", "c2"), command)).as(command.toString()).isEmpty();
        }
        for (BotCommand command : ANYWHERE) {
            assertThat(rules.refusal(in("g1", "c3"), command)).as(command.toString()).isEmpty();
        }
    }

    @Test
    void aList_holdsOnlyInItsOwnServer_andNeverInDmsOrTheConsole() {
        change(ADMIN, BotCommand.ChannelChange.SET, "c1");
        Requester dm = new Requester("discord", "ben", Requester.Place.direct("dm-7"));
        Requester slackSameIds = new Requester("slack", "ben", Requester.Place.channel("g1", "c3"));
        Requester slackAdmin = new Requester("slack", "ada", Requester.Place.channel(null, "C1"));
        BotCommand ask = USER_COMMANDS.get(0);

        assertThat(rules.refusal(in("g2", "c3"), ask)).isEmpty();
        assertThat(rules.refusal(dm, ask)).isEmpty();
        assertThat(rules.refusal(Requester.console("s1"), ask)).isEmpty();
        assertThat(rules.refusal(slackSameIds, ask)).isEmpty();

        // A platform with one workspace per bot (no space id) keeps its own list too.
        assertThat(change(slackAdmin, BotCommand.ChannelChange.SET, "C1")).isEqualTo(new Reply.ChannelList(List.of("C1")));
        assertThat(rules.refusal(new Requester("slack", "ben", Requester.Place.channel(null, "C2")), ask))
                .contains(new Reply.NotHere(List.of("C1")));
        assertThat(rules.refusal(in("g1", "c3"), ask)).contains(new Reply.NotHere(List.of("c1")));
        assertThat(change(in("g2", "c9"), BotCommand.ChannelChange.LIST)).isEqualTo(new Reply.ChannelList(List.of()));
    }

    @Test
    void channels_areAddedAndRemovedOneByOne_andAllAnswersEverywhereAgain() {
        change(ADMIN, BotCommand.ChannelChange.ADD, "c2");

        assertThat(change(ADMIN, BotCommand.ChannelChange.ADD, "c1", "c3")).isEqualTo(new Reply.ChannelList(List.of("c1", "c2", "c3")));
        assertThat(change(ADMIN, BotCommand.ChannelChange.REMOVE, "c2")).isEqualTo(new Reply.ChannelList(List.of("c1", "c3")));
        assertThat(change(ADMIN, BotCommand.ChannelChange.LIST)).isEqualTo(new Reply.ChannelList(List.of("c1", "c3")));
        assertThat(rules.refusal(in("g1", "c2"), new BotCommand.Help())).contains(new Reply.NotHere(List.of("c1", "c3")));

        assertThat(change(ADMIN, BotCommand.ChannelChange.ALL)).isEqualTo(new Reply.ChannelList(List.of()));
        assertThat(rules.refusal(in("g1", "c2"), new BotCommand.Help())).isEmpty();
        change(ADMIN, BotCommand.ChannelChange.SET, "c1");
        assertThat(change(ADMIN, BotCommand.ChannelChange.SET)).isEqualTo(new Reply.ChannelList(List.of()));
    }

    @Test
    void addingOrRemovingNoChannel_orRemovingOneNotListed_isAProblem_andChangesNothing() {
        change(ADMIN, BotCommand.ChannelChange.SET, "c1");

        assertThat(change(ADMIN, BotCommand.ChannelChange.ADD)).isEqualTo(new Reply.Problem(ChannelRules.NAME_A_CHANNEL));
        assertThat(change(ADMIN, BotCommand.ChannelChange.REMOVE)).isEqualTo(new Reply.Problem(ChannelRules.NAME_A_CHANNEL));
        assertThat(change(ADMIN, BotCommand.ChannelChange.REMOVE, "c1", "c5")).isEqualTo(new Reply.Problem(ChannelRules.NOT_LISTED));
        // Adding a channel not listed yet is what ADD is for.
        assertThat(change(ADMIN, BotCommand.ChannelChange.ADD, "c5")).isEqualTo(new Reply.ChannelList(List.of("c1", "c5")));
        assertThat(change(ADMIN, BotCommand.ChannelChange.LIST)).isEqualTo(new Reply.ChannelList(List.of("c1", "c5")));
    }
}
