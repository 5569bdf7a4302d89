package dev.reviewbot.app;

import dev.reviewbot.command.ChatAdapter;
import dev.reviewbot.ops.GracefulStop;
import dev.reviewbot.ops.JvmMeters;
import dev.reviewbot.ops.OpsServer;
import dev.reviewbot.ops.Readiness;
import dev.reviewbot.ops.ReadinessCheck;
import java.util.List;
import java.util.Optional;

/**
 * What `reviewbot run` adds for operators: the readiness checks (the library, then each chat connection as it
 * starts; a database-aware store adds its own with {@link #check}), the meters, the ops port when
 * {@code ops.port} is set, and the graceful stop.
 */
public final class Operations implements AutoCloseable {

    private final ReviewBot bot;
    private final Readiness readiness = new Readiness();
    private final JvmMeters jvm;
    private final OpsServer server;

    /** @param port the ops port, 0 for a free one, null for none */
    private Operations(ReviewBot bot, Integer port) {
        this.bot = bot;
        readiness.add(ReadinessCheck.of("library", () -> bot.isOpen() ? Optional.empty() : Optional.of("closed")));
        jvm = JvmMeters.bindTo(bot.meters());
        server = port != null ? OpsServer.start(port, readiness, bot.meters()::scrape) : null;
    }

    /** Starts the ops port when ops.port is set; the meters are bound either way. */
    public static Operations start(ReviewBot bot) {
        return new Operations(bot, bot.config().ops().enabled() ? bot.config().ops().port() : null);
    }

    /** With the ops port on a free port (tests). */
    static Operations onFreePort(ReviewBot bot) {
        return new Operations(bot, 0);
    }

    /** Another readiness check, e.g. "database". */
    public Operations check(ReadinessCheck check) {
        readiness.add(check);
        return this;
    }

    /** A chat connection about to start: the bot is ready only while it is connected. */
    public void watch(ChatAdapter adapter) {
        adapter.bindTo(bot.meters());
        readiness.add(ReadinessCheck.of(adapter.name(), adapter::connectionProblem));
    }

    /** The port /readyz is served on, or -1 when ops.port is 0. */
    public int port() {
        return server == null ? -1 : server.port();
    }

    public Readiness readiness() {
        return readiness;
    }

    /**
     * Not ready at once; the connections close within ops.shutdown-grace, finishing answers in flight; then the
     * library and the ops port. Returns the connections that had not finished in time.
     */
    public List<String> stop(List<ChatAdapter> adapters) {
        return new GracefulStop(readiness, bot.config().ops().shutdownGrace()).stop(
                adapters.stream().map(a -> new GracefulStop.Part(a.name(), a)).toList(),
                List.of(new GracefulStop.Part("library", bot), new GracefulStop.Part("ops port", this)));
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        jvm.close();
    }
}
