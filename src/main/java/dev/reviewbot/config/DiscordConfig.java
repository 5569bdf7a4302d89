package dev.reviewbot.config;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The Discord adapter's settings (section {@code discord:} of reviewbot.yaml). The bot token is not here:
 * it only ever comes from the environment (DISCORD_TOKEN).
 *
 * @param guildIds           servers whose slash commands are registered directly (they show at once);
 *                           empty registers them globally. DISCORD_GUILD_IDS takes "1,2" as well
 * @param apiUrl             the REST API base, ending in /api/v10/; Discord's own unless a proxy or a
 *                           test stands in (DISCORD_API_URL)
 * @param gatewayUrl         the gateway websocket (DISCORD_GATEWAY_URL)
 * @param maxAttachmentBytes the largest review file /review-admin add downloads
 * @param reviewsPerPage     lines per page of /reviews; more reviews get page buttons
 * @param answerThreads      threads answering questions, off JDA's event thread
 * @param shards             which of the bot's shards this process serves (all, unsharded, by default)
 */
public record DiscordConfig(
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> guildIds,
        String apiUrl, String gatewayUrl, int maxAttachmentBytes, int reviewsPerPage, int answerThreads,
        DiscordShards shards) {

    public DiscordConfig {
        guildIds = guildIds == null ? List.of() : guildIds.stream()
                .flatMap(ids -> Arrays.stream(ids.split("[,\\s]+")))
                .filter(id -> !id.isBlank()).distinct().toList();
        for (String id : guildIds) {
            if (!id.matches("\\d{1,20}")) {
                throw new IllegalArgumentException("discord.guild-ids must be numeric server ids, got '" + id + "'");
            }
        }
        apiUrl = checkUrl("discord.api-url", apiUrl, "http", "https");
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        gatewayUrl = checkUrl("discord.gateway-url", gatewayUrl, "ws", "wss");
        if (maxAttachmentBytes < 1) {
            throw new IllegalArgumentException("discord.max-attachment-bytes must be positive, was " + maxAttachmentBytes);
        }
        if (reviewsPerPage < 1 || reviewsPerPage > 25) {
            throw new IllegalArgumentException("discord.reviews-per-page must be 1 to 25, was " + reviewsPerPage);
        }
        if (answerThreads < 1 || answerThreads > 64) {
            throw new IllegalArgumentException("discord.answer-threads must be 1 to 64, was " + answerThreads);
        }
        shards = shards == null ? DiscordShards.SINGLE : shards;
    }

    /** The settings of a single unsharded process. */
    public DiscordConfig(List<String> guildIds, String apiUrl, String gatewayUrl, int maxAttachmentBytes,
                         int reviewsPerPage, int answerThreads) {
        this(guildIds, apiUrl, gatewayUrl, maxAttachmentBytes, reviewsPerPage, answerThreads, DiscordShards.SINGLE);
    }

    /** The same settings serving other shards. */
    public DiscordConfig withShards(DiscordShards served) {
        return new DiscordConfig(guildIds, apiUrl, gatewayUrl, maxAttachmentBytes, reviewsPerPage, answerThreads, served);
    }

    private static String checkUrl(String setting, String url, String... schemes) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(setting + " is missing");
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!List.of(schemes).contains(scheme) || uri.getHost() == null) {
            throw new IllegalArgumentException(setting + " must be a " + String.join(" or ", schemes) + " URL, was " + url);
        }
        return uri.toString();
    }
}
