package dev.reviewbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * What every log line of a request carries: where it came from and its ids, set while the request is handled
 * (also on the worker that answers it) and put back as it was afterwards.
 */
class RequestContextTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    private static Map<String, String> logged() {
        Map<String, String> now = MDC.getCopyOfContextMap();
        return now == null ? Map.of() : now;
    }

    @Test
    void anEvent_isLoggedWithItsPlace_andTheThreadsContextComesBackAfterwards() {
        MDC.put("job", "poller");

        try (RequestContext ignored = RequestContext.open("discord", "g1", "c1", "evt-42")) {
            assertThat(logged()).containsEntry(RequestContext.PLATFORM, "discord").containsEntry(RequestContext.SPACE, "g1")
                    .containsEntry(RequestContext.CHANNEL, "c1").containsEntry(RequestContext.REQUEST_ID, "evt-42");
        }

        assertThat(logged()).isEqualTo(Map.of("job", "poller"));
    }

    @Test
    void anEventWithoutAnId_getsAShortNewOne_andWhatIsNotKnownIsNotLogged() {
        MDC.put(RequestContext.SPACE, "left over");

        try (RequestContext ignored = RequestContext.open("slack", null, " ", null)) {
            assertThat(logged()).containsEntry(RequestContext.PLATFORM, "slack")
                    .doesNotContainKeys(RequestContext.SPACE, RequestContext.CHANNEL);
            assertThat(logged().get(RequestContext.REQUEST_ID)).matches("[0-9a-f]{8}");
        }
        assertThat(RequestContext.newId()).matches("[0-9a-f]{8}").isNotEqualTo(RequestContext.newId());
        assertThat(logged()).isEqualTo(Map.of(RequestContext.SPACE, "left over"));
    }

    @Test
    void aCommand_logsTheRequestersPlace_overTheAdaptersContext_keepingItsRequestId() {
        try (RequestContext event = RequestContext.open("discord", "g0", "c0", "evt-1")) {
            Requester who = new Requester("discord", "ana", Requester.Place.channel("g1", "c1"));
            try (RequestContext command = RequestContext.of(who).question("q-7")) {
                assertThat(logged()).containsEntry(RequestContext.PLATFORM, "discord").containsEntry(RequestContext.SPACE, "g1")
                        .containsEntry(RequestContext.CHANNEL, "c1").containsEntry(RequestContext.REQUEST_ID, "evt-1")
                        .containsEntry(RequestContext.QUESTION_ID, "q-7");
            }
            // A DM has no server: what the adapter logged stays.
            try (RequestContext dm = RequestContext.of(new Requester("discord", "ana", Requester.Place.direct("dm-1")))) {
                assertThat(logged()).containsEntry(RequestContext.SPACE, "g0").containsEntry(RequestContext.CHANNEL, "dm-1");
            }
            assertThat(logged()).containsEntry(RequestContext.SPACE, "g0").containsEntry(RequestContext.CHANNEL, "c0")
                    .doesNotContainKey(RequestContext.QUESTION_ID);
        }
        assertThat(logged()).isEmpty();
    }

    @Test
    void aCommandWithNoAdapterContext_getsARequestIdOfItsOwn() {
        try (RequestContext command = RequestContext.of(Requester.console("s1"))) {
            assertThat(logged()).containsEntry(RequestContext.PLATFORM, "console").containsEntry(RequestContext.CHANNEL, "s1")
                    .doesNotContainKey(RequestContext.SPACE);
            assertThat(logged().get(RequestContext.REQUEST_ID)).matches("[0-9a-f]{8}");
        }
        assertThat(logged()).isEmpty();
    }

    @Test
    void aCarriedTask_runsWithTheHandingThreadsContext_andLeavesTheWorkerAsItWas() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            worker.submit(() -> MDC.put("worker", "w1")).get();
            AtomicReference<Map<String, String>> seen = new AtomicReference<>();
            Runnable task;
            try (RequestContext event = RequestContext.open("discord", "g1", "c1", "evt-9")) {
                task = RequestContext.carry(() -> seen.set(logged()));
            }

            worker.submit(task).get();

            assertThat(seen.get()).containsEntry(RequestContext.REQUEST_ID, "evt-9").containsEntry(RequestContext.SPACE, "g1")
                    .doesNotContainKey("worker");
            AtomicReference<Map<String, String>> after = new AtomicReference<>();
            worker.submit(() -> after.set(logged())).get();
            assertThat(after.get()).isEqualTo(Map.of("worker", "w1"));
        } finally {
            worker.shutdownNow();
        }
    }
}
