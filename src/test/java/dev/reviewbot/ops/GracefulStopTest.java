package dev.reviewbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The stop fits in Docker's 10 s: not ready at once, connections closed in parallel, the rest closed anyway. */
class GracefulStopTest {

    @Test
    void aConnectionThatFinishes_isWaitedFor_andTheLibraryClosedAfterIt() {
        Readiness readiness = new Readiness();
        AtomicBoolean answered = new AtomicBoolean();
        AtomicBoolean libraryClosedFirst = new AtomicBoolean();
        AtomicBoolean library = new AtomicBoolean();

        List<String> unfinished = new GracefulStop(readiness, Duration.ofSeconds(5)).stop(
                List.of(new GracefulStop.Part("discord", () -> {
                    libraryClosedFirst.set(library.get());
                    Thread.sleep(200); // an answer in flight
                    answered.set(true);
                })),
                List.of(new GracefulStop.Part("library", () -> library.set(true))));

        assertThat(unfinished).isEmpty();
        assertThat(answered).isTrue();
        assertThat(libraryClosedFirst).isFalse();
        assertThat(library).isTrue();
        assertThat(readiness.report().ready()).isFalse();
        assertThat(readiness.report().down()).containsEntry("process", "stopping");
    }

    @Test
    void aConnectionThatHangs_isLetGoAfterTheGrace_andTheRestIsClosedAnyway() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        AtomicBoolean library = new AtomicBoolean();
        AtomicBoolean slack = new AtomicBoolean();

        List<String> unfinished = new GracefulStop(new Readiness(), Duration.ofMillis(300)).stop(
                List.of(new GracefulStop.Part("discord", never::await), new GracefulStop.Part("slack", () -> slack.set(true))),
                List.of(new GracefulStop.Part("library", () -> library.set(true))));

        assertThat(unfinished).containsExactly("discord");
        assertThat(slack).isTrue();
        assertThat(library).isTrue();
        never.countDown();
    }
}
