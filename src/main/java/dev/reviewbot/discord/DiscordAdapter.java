package dev.reviewbot.discord;

import dev.reviewbot.command.ChatAdapter;
import dev.reviewbot.command.ChatServices;
import dev.reviewbot.config.DiscordConfig;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ReviewBot on Discord: builds JDA (light: no member or presence caches) with the intents it needs,
 * pointed at the REST API and gateway from config, registers the slash commands (in the configured
 * servers, else globally) and answers through {@link DiscordListener}. With {@code discord.shards} set it
 * serves only its shards, through JDA's shard manager, so several processes split a big bot's servers.
 * The token is used for JDA only: never logged, never part of a message.
 */
public final class DiscordAdapter implements ChatAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordAdapter.class);
    /**
     * No MESSAGE_CONTENT (privileged): Discord sends the text of messages that mention the bot and of DMs
     * without it, and the bot reads no other. One setup step and one start-up failure fewer.
     */
    private static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(
            GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
    /** JDA waits up to 75 s for unavailable servers before READY; leave it room. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final String token;
    private final DiscordConfig config;
    private final ChatServices services;
    private final Duration identifyDelay;
    private Worker worker;
    private DiscordListener listener;
    private Outbox outbox;
    private Typing typing;
    private AttachmentDownloader downloader;
    private volatile Connections connections; // read by readiness and meters without the lock

    public DiscordAdapter(String token, DiscordConfig config, ChatServices services) {
        this(token, config, services, GatewaySessionController.DISCORD_IDENTIFY_DELAY);
    }

    /** @param identifyDelay the pause between IDENTIFYs; tests against a fake Discord need none */
    DiscordAdapter(String token, DiscordConfig config, ChatServices services, Duration identifyDelay) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the Discord bot token is empty: set DISCORD_TOKEN");
        }
        this.token = token.strip();
        this.config = config;
        this.services = services;
        this.identifyDelay = identifyDelay;
    }

    @Override
    public String name() {
        return "discord";
    }

    @Override
    public synchronized void start() throws InterruptedException, TimeoutException {
        if (connections != null) {
            throw new IllegalStateException("the Discord adapter is already started");
        }
        worker = new Worker(config.answerThreads());
        outbox = new Outbox();
        typing = new Typing(outbox, Typing.RENEW);
        downloader = new AttachmentDownloader(config.maxAttachmentBytes(), config.apiUrl());
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            connections = connect(ready, listener = listener(worker, outbox, typing));
            awaitReady(ready);
            registerCommands(SlashCommands.all());
            LOG.info("discord: connected as {} to {} servers on shards {} of {}; invite it to more with {}",
                    connections.first().getSelfUser().getName(), connections.guildCount(), config.shards().served(),
                    config.shards().total(), Invite.url(connections.first().getSelfUser().getApplicationId()));
        } catch (InterruptedException | TimeoutException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (listener != null) {
                listener.stopTaking(); // no new event is acknowledged that would not be answered
            }
            if (worker != null) {
                worker.close(); // answers being worked out are finished and sent...
                outbox.awaitIdle(Duration.ofSeconds(5)); // ...and what is sent arrives before JDA stops
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            worker = null;
            outbox = null;
            disconnect();
            if (downloader != null) {
                downloader.close();
                downloader = null;
            }
            if (typing != null) {
                typing.close(); // after JDA: a message arriving until then may still start an indicator
                typing = null;
            }
        }
    }

    @Override
    public Optional<String> connectionProblem() {
        Connections current = connections;
        if (current == null) {
            return Optional.of("not started");
        }
        for (JDA shard : current.shards()) {
            if (shard.getStatus() != JDA.Status.CONNECTED) {
                return Optional.of("gateway " + shard.getStatus()
                        + (current instanceof Connections.Sharded ? " (shard " + shard.getShardInfo().getShardId() + ")" : ""));
            }
        }
        return Optional.empty();
    }

    /** The gateway's heartbeat round trip (JDA's gateway ping, averaged over this process's shards); -1 ms until
     * the first heartbeat is answered. */
    @Override
    public void bindTo(MeterRegistry registry) {
        TimeGauge.builder("reviewbot.discord.gateway.ping", this, TimeUnit.MILLISECONDS, adapter -> {
            Connections current = adapter.connections;
            return current == null ? -1 : current.shards().stream().mapToLong(JDA::getGatewayPing).average().orElse(-1);
        }).description("Discord gateway heartbeat latency").register(registry);
    }

    private void disconnect() {
        if (connections != null) {
            connections.shutdown(Duration.ofSeconds(5));
            connections = null;
        }
    }

    /** One JDA for the whole bot, or the shard manager for this process's shards; READY is awaited apart. */
    private Connections connect(CompletableFuture<Void> ready, DiscordListener listener) {
        GatewaySessionController sessions = new GatewaySessionController(config.gatewayUrl(), identifyDelay);
        if (!config.shards().sharded()) {
            return new Connections.Single(JDABuilder.createLight(token, INTENTS)
                    .setRestConfig(new RestConfig().setBaseUrl(config.apiUrl()))
                    .setSessionController(sessions)
                    .setEnableShutdownHook(false) // `reviewbot run` closes the adapter itself
                    .addEventListeners(readiness(ready, 1), listener)
                    .build());
        }
        List<Integer> served = config.shards().served();
        return new Connections.Sharded(DefaultShardManagerBuilder.createLight(token, INTENTS)
                .setShardsTotal(config.shards().total()).setShards(served)
                .setRestConfig(new RestConfig().setBaseUrl(config.apiUrl()))
                .setSessionController(sessions)
                .setEnableShutdownHook(false)
                .addEventListeners(readiness(ready, served.size()), listener)
                .build(), config.shards());
    }

    private DiscordListener listener(Worker worker, Outbox outbox, Typing typing) {
        Responder responder = new Responder(worker, outbox);
        ReviewViews reviews = new ReviewViews(config.reviewsPerPage());
        ReplyViews views = new ReplyViews(reviews);
        return new DiscordListener(
                new QuestionHandler(services.commands(), views, worker, responder, typing),
                new BrowseHandler(services.commands(), views, reviews, responder),
                new AnswerButtons(services.commands(), views, responder),
                new AdminCommands(services.commands(), downloader, views, responder),
                new Autocompleter(services.commands(), responder),
                responder);
    }

    private void awaitReady(CompletableFuture<Void> ready) throws InterruptedException, TimeoutException {
        try {
            ready.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new TimeoutException("no READY from the Discord gateway at " + config.gatewayUrl() + " within "
                    + READY_TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** Completes on the READY of every shard; fails when JDA gives up (e.g. the gateway refused the token). */
    private static EventListener readiness(CompletableFuture<Void> ready, int shards) {
        AtomicInteger readyShards = new AtomicInteger();
        return event -> {
            if (event instanceof ReadyEvent && readyShards.incrementAndGet() >= shards) {
                ready.complete(null);
            } else if (event instanceof ShutdownEvent shutdown) {
                ready.completeExceptionally(new IllegalStateException("Discord closed the connection"
                        + (shutdown.getCloseCode() == null ? "" : ": " + shutdown.getCloseCode().getMeaning())));
            }
        };
    }

    /** Per listed server (they show at once), else globally. A server the bot cannot reach is skipped. */
    private void registerCommands(List<SlashCommandData> commands) {
        if (config.guildIds().isEmpty()) {
            connections.first().updateCommands().addCommands(commands).complete(); // each process: the same list, no harm
            LOG.info("discord: registered {} slash commands globally", commands.size());
            return;
        }
        for (String id : config.guildIds()) {
            Guild guild = connections.guildById(id);
            if (guild == null && !connections.serves(Long.parseLong(id))) {
                continue; // another process's shard serves it, and registers there
            }
            if (guild == null) {
                LOG.warn("discord: the bot is not in server {}; its slash commands were not registered there", id);
                continue;
            }
            try {
                guild.updateCommands().addCommands(commands).complete();
                LOG.info("discord: registered {} slash commands in server {}", commands.size(), id);
            } catch (RuntimeException e) {
                LOG.warn("discord: registering slash commands in server {} failed (was the bot invited with the "
                        + "applications.commands scope?): {}", id, e.getMessage());
            }
        }
    }
}
