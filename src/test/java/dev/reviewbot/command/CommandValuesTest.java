package dev.reviewbot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.answer.ConversationId;
import dev.reviewbot.text.TitleMatcher;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The small values the command layer hands around: who asks, removal tickets, cache figures, no limit. */
class CommandValuesTest {

    @Test
    void theConversation_isTheThread_theChannel_theDm_orTheUsersOwnInAChannel() {
        assertThat(new Requester("slack", "U1", Requester.Place.thread("T1", "C1", "171.2")).conversation())
                .isEqualTo(new ConversationId("slack", "C1/171.2"));
        assertThat(new Requester("slack", "U1", Requester.Place.channel("T1", "C1")).conversation())
                .isEqualTo(new ConversationId("slack", "C1"));
        assertThat(new Requester("discord", "U1", Requester.Place.direct("D9")).conversation())
                .isEqualTo(new ConversationId("discord", "dm/D9"));
        assertThat(new Requester("slack", "U1", Requester.Place.privateIn("T1", "C1")).conversation())
                .isEqualTo(new ConversationId("slack", "C1/private/U1"));
    }

    @Test
    void aUsersKey_isPerPlatform_andOnlyTheConsoleIsLocal() {
        Requester slack = new Requester("slack", "U1", Requester.Place.channel("T1", "C1"));

        assertThat(slack.userKey()).isEqualTo("slack:U1");
        assertThat(new Requester("discord", "U1", Requester.Place.direct("D1")).userKey()).isEqualTo("discord:U1");
        assertThat(slack.local()).isFalse();
        assertThat(Requester.console("s1").local()).isTrue();
        assertThat(Requester.console("s1").conversation()).isEqualTo(new ConversationId("console", "dm/s1"));
    }

    @Test
    void aRequester_needsAPlatformAUserAndAChannel() {
        Requester.Place place = Requester.Place.channel("T1", "C1");
        assertThatThrownBy(() -> new Requester(" ", "U1", place)).hasMessage("a requester needs a platform and a user");
        assertThatThrownBy(() -> new Requester(null, "U1", place)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Requester("slack", "", place)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Requester("slack", null, place)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Requester.Place.channel("T1", " ")).hasMessage("a place needs a channel");
        assertThatThrownBy(() -> Requester.Place.channel("T1", null)).hasMessage("a place needs a channel");
    }

    @Test
    void aRemovalTicket_roundTripsThroughItsValue_andRefusesAnythingElse() {
        RemovalTicket ticket = new RemovalTicket(42, "f3");

        assertThat(ticket.value()).isEqualTo("42:f3");
        assertThat(RemovalTicket.parse("42:f3")).isEqualTo(ticket);
        assertThat(RemovalTicket.parse("7:r12")).isEqualTo(new RemovalTicket(7, "r12"));
        for (String bad : new String[] {"", ":f3", "f3", "x:f3", "42:g3", "42:f", "42:f1234567890"}) {
            assertThatThrownBy(() -> RemovalTicket.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> RemovalTicket.parse(null)).hasMessage("not a removal ticket: null");
        assertThatThrownBy(() -> RemovalTicket.parse("x:f3")).hasMessage("not a removal ticket: x:f3");
        assertThatThrownBy(() -> RemovalTicket.parse(":f3")).hasMessage("not a removal ticket: :f3");
        assertThatThrownBy(() -> RemovalTicket.parse("42:g3")).hasMessage("not a removal target: g3");
    }

    @Test
    void aCachesHitRate_isTheShareOfLookupsItServed_zeroBeforeAny() {
        assertThat(new BotStats.CacheStat(5, 3, 1).hitRate()).isEqualTo(0.75);
        assertThat(new BotStats.CacheStat(5, 0, 4).hitRate()).isZero();
        assertThat(new BotStats.CacheStat(0, 0, 0).hitRate()).isZero();
        assertThat(new BotStats.CacheStat(1, 2, 0).hitRate()).isEqualTo(1.0);
        assertThat(new BotStats.CacheStat(1, 2, 2).hitRate()).isEqualTo(0.5);
    }

    @Test
    void aLimitedUser_isToldOnce_andToldAgainAfterTheAllowanceRefilledAndRanOut() {
        AtomicLong nanos = new AtomicLong();
        RateLimiter limiter = new RateLimiter(2, nanos::get);
        limiter.admit("slack:U1");
        limiter.admit("slack:U1");

        assertThat(limiter.admit("slack:U1")).isEqualTo(RateLimits.Admission.TELL_LIMITED);
        assertThat(limiter.admit("slack:U1")).isEqualTo(RateLimits.Admission.STAY_QUIET);
        nanos.addAndGet(Duration.ofSeconds(30).toNanos()); // half a minute refills one of two questions
        assertThat(limiter.admit("slack:U1")).isEqualTo(RateLimits.Admission.ANSWER);
        assertThat(limiter.admit("slack:U1")).isEqualTo(RateLimits.Admission.TELL_LIMITED);
        assertThat(limiter.admit("slack:U2")).isEqualTo(RateLimits.Admission.ANSWER);
    }

    @Test
    void aOneWordTitle_isFoundBeforeTheSection() {
        TextCommandParser parser = new TextCommandParser(() -> new TitleMatcher(List.of("Ballerina", "Glass Orchard")));

        assertThat(parser.parse("/review ballerina acting")).isEqualTo(new BotCommand.ShowReview("Ballerina", Optional.of("acting")));
        assertThat(parser.parse("/show Glass Orchard")).isEqualTo(new BotCommand.ShowReview("Glass Orchard", Optional.empty()));
    }

    @Test
    void aLimitOfZero_answersEveryQuestion() {
        RateLimiter off = new RateLimiter(0, () -> 0L);

        for (int i = 0; i < 50; i++) {
            assertThat(off.admit("slack:U1")).isEqualTo(RateLimits.Admission.ANSWER);
        }
        assertThat(off.perMinute()).isZero();
    }
}
