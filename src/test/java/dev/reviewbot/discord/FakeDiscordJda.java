package dev.reviewbot.discord;

import java.util.Collection;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/** Points a real JDA at a {@link FakeDiscord}. */
public final class FakeDiscordJda {

    private FakeDiscordJda() {
    }

    /**
     * A light JDABuilder (no member/user caches) using the fake's REST base URL and gateway, with no
     * compression and no 5 s identify delay between sessions (so a re-IDENTIFY after an invalid
     * session happens at once). Add listeners, then {@code build().awaitReady()}.
     */
    public static JDABuilder builder(FakeDiscord fake, Collection<GatewayIntent> intents) {
        return JDABuilder.createLight(fake.token(), intents)
                .setRestConfig(new RestConfig().setBaseUrl(fake.restBaseUrl()))
                .setSessionController(new GatewayController(fake.gatewayUrl()))
                .setCompression(Compression.NONE);
    }

    /** Connects to the fake gateway and starts queued sessions without the identify delay. */
    static final class GatewayController extends SessionControllerAdapter {

        private final String gatewayUrl;

        GatewayController(String gatewayUrl) {
            this.gatewayUrl = gatewayUrl;
        }

        @Override
        public String getGateway() {
            return gatewayUrl;
        }

        @Override
        protected void runWorker() {
            synchronized (lock) {
                if (workerHandle == null) {
                    workerHandle = new QueueWorker(0L);
                    workerHandle.start();
                }
            }
        }
    }
}
