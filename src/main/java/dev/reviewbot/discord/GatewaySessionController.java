package dev.reviewbot.discord;

import java.time.Duration;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * JDA's session controller with the gateway URL from config (JDABuilder asks REST for none) and the
 * pause between IDENTIFYs that Discord requires (5 s); tests use none so that re-identifies are quick.
 * The shard manager asks Discord for the gateway (GET /gateway/bot): the shard count and concurrency are
 * Discord's, the URL stays the configured one (a proxy may stand in front of the gateway).
 */
final class GatewaySessionController extends SessionControllerAdapter {

    static final Duration DISCORD_IDENTIFY_DELAY = Duration.ofSeconds(IDENTIFY_DELAY);

    private final String gatewayUrl;
    private final long identifyDelayMillis;

    GatewaySessionController(String gatewayUrl, Duration identifyDelay) {
        this.gatewayUrl = gatewayUrl;
        this.identifyDelayMillis = identifyDelay.toMillis();
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway discords = super.getShardedGateway(api);
        return new ShardedGateway(gatewayUrl, discords.getShardTotal(), discords.getConcurrency());
    }

    @Override
    protected void runWorker() {
        synchronized (lock) {
            if (workerHandle == null) {
                workerHandle = new QueueWorker(identifyDelayMillis);
                workerHandle.start();
            }
        }
    }
}
