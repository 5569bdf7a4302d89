package dev.reviewbot.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.response.auth.AuthTestResponse;
import dev.reviewbot.command.ChatAdapter;
import dev.reviewbot.command.ChatServices;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.SeenEvents;
import dev.reviewbot.config.BotConfig;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ReviewBot on Slack through Bolt, in Socket Mode or HTTP mode (chosen by {@link SlackCredentials}). Builds the
 * Bolt app, its routes and the worker pool that answers after each ack; {@link #close} stops all of them.
 */
public final class SlackAdapter implements ChatAdapter {

    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);
    private static final int WORKERS = 4;
    private static final int QUEUED_JOBS = 500;

    private final ChatServices services;
    private final SlackCredentials credentials;
    private final BotConfig.SlackConfig config;
    private final ExecutorService workers;
    private final Clock clock;
    private final Slack slack;
    private final SlackTransport transport;

    public SlackAdapter(ChatServices services, SlackCredentials credentials, BotConfig.SlackConfig config) {
        this(services, credentials, config, newWorkerPool(), services.clock());
    }

    /**
     * @param config  the Slack settings (tests point them at a fake Slack)
     * @param workers runs every job after its ack; closed with the adapter
     */
    SlackAdapter(ChatServices services, SlackCredentials credentials, BotConfig.SlackConfig config,
                 ExecutorService workers, Clock clock) {
        this.services = services;
        this.credentials = credentials;
        this.config = config;
        this.workers = workers;
        this.clock = clock;
        com.slack.api.SlackConfig slackConfig = new com.slack.api.SlackConfig(); // not DEFAULT: its setters throw
        slackConfig.setMethodsEndpointUrlPrefix(config.apiUrl());
        this.slack = Slack.getInstance(slackConfig);
        this.transport = credentials instanceof SlackCredentials.SocketMode socket
                ? new SocketModeTransport(slack, socket.appToken(), Duration.ofSeconds(15))
                : new HttpTransport(((SlackCredentials.Http) credentials).signingSecret(), config.port(), clock);
    }

    @Override
    public String name() {
        return transport.name();
    }

    @Override
    public void start() throws Exception {
        AuthTestResponse auth;
        try {
            auth = slack.methods(credentials.botToken()).authTest(r -> r);
        } catch (IOException e) {
            throw new IOException("cannot reach Slack's Web API at " + config.apiUrl() + ": " + e.getMessage(), e);
        }
        if (!auth.isOk()) {
            throw new IllegalStateException("Slack refused SLACK_BOT_TOKEN (" + auth.getError() + ")");
        }
        AppConfig.AppConfigBuilder appConfig = AppConfig.builder().slack(slack)
                .singleTeamBotToken(credentials.botToken())
                .authTestCacheEnabled(true)       // Bolt would call auth.test on every request
                .allEventsApiAutoAckEnabled(true); // ack events without a handler, or Slack retries them
        transport.configure(appConfig);
        App app = new App(appConfig.build());
        app.use(new SlackRequestContext());
        routes().register(app);
        try {
            transport.start(app);
        } catch (Exception e) {
            transport.close(); // a half-open socket or server would outlive the failed start
            throw e;
        }
        log.info("Slack: connected as {} in {}", auth.getUserId(), auth.getTeam());
    }

    /** Every handler, built from the core's services. */
    private SlackRoutes routes() {
        AfterAck afterAck = new AfterAck(workers);
        // Events (Slack's last retry comes ~5 minutes after the first try), shares: the core remembers them.
        SeenEvents events = services.seenEvents();
        CommandService commands = services.commands();
        HelpText help = new HelpText(config.threadFollowUps());
        BlockKitRenderer renderer = new BlockKitRenderer(help);
        SlackAdmins admins = new SlackAdmins(config.adminUserIds());
        Answering answering = new Answering(commands, new CommandText(services.parser()), renderer);
        // A language model may take seconds (up to its time budget): then questions get a placeholder first.
        boolean placeholders = services.slowAnswers();
        return new SlackRoutes(
                new SlashCommands(answering, afterAck, placeholders),
                new ChannelMessages(answering, new ConversationReplies(answering, placeholders), afterAck, events,
                        new AnsweredThreads(services.followUpThreads()), config.threadFollowUps(), new ReviewRemovals(commands, admins, renderer)),
                new ReviewUploads(commands, admins, new FileDownloads(config.apiUrl()), services.maxFileBytes(), renderer,
                        afterAck, events),
                new HomeTab(commands, help, afterAck, events, admins),
                new ButtonClicks(commands, renderer, afterAck, events, admins));
    }

    @Override
    public java.util.Optional<String> connectionProblem() {
        return transport.problem();
    }

    /** HTTP mode's port once started (0 in config picks a free one); for tests. */
    int httpPort() {
        return transport instanceof HttpTransport http ? http.port() : -1;
    }

    @Override
    public void close() {
        transport.close();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            slack.close();
        } catch (Exception e) {
            log.debug("Slack: closing the Web API client failed: {}", e.toString());
        }
    }

    private static ExecutorService newWorkerPool() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUED_JOBS),
                runnable -> {
                    Thread thread = new Thread(runnable, "reviewbot-slack-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }
}
