package dev.reviewbot.config;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.reviewbot.answer.AnswerSettings;
import dev.reviewbot.cache.CacheSettings;
import dev.reviewbot.database.DatabaseSettings;
import dev.reviewbot.embedding.EmbeddingSettings;
import dev.reviewbot.llm.LlmConfig;
import dev.reviewbot.opinion.OpinionSettings;
import dev.reviewbot.retrieval.RetrievalSettings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Everything configurable, validated once at start-up. Loaded by {@link ConfigLoader} from
 * config/reviewbot.yaml, with environment overrides. Secrets never live here: they come from the
 * environment only.
 */
public record BotConfig(LibraryConfig library, QuestionConfig questions, RetrievalSettings retrieval,
                        AnswerSettings answers, CacheSettings cache, LimitsConfig limits,
                        DiscordConfig discord, SlackConfig slack, LlmConfig llm, EmbeddingSettings embedding,
                        OpsConfig ops, LoggingConfig logging, OpinionSettings opinions) {

    /** The same configuration with other cache settings (the benchmark measures with caches off). */
    public BotConfig withCache(CacheSettings settings) {
        return new BotConfig(library, questions, retrieval, answers, settings, limits, discord, slack, llm, embedding, ops, logging, opinions);
    }

    /** The same configuration over another data directory. */
    public BotConfig withDataDir(Path dataDir) {
        return new BotConfig(library.withDataDir(dataDir), questions, retrieval,
                answers, cache, limits, discord, slack, llm, embedding, ops, logging, opinions);
    }

    /** The same configuration over another shared database (tests and the benchmark). */
    public BotConfig withDatabase(DatabaseSettings settings) {
        return new BotConfig(library.withDatabase(settings), questions, retrieval, answers, cache, limits, discord, slack,
                llm, embedding, ops, logging, opinions);
    }

    /** The same configuration with another embedding model (the benchmark and eval compare models). */
    public BotConfig withEmbedding(EmbeddingSettings settings) {
        return new BotConfig(library, questions, retrieval, answers, cache, limits, discord, slack, llm, settings, ops, logging, opinions);
    }

    /** @param questionsPerMinute per user, on every chat platform; 0 turns the limit off */
    public record LimitsConfig(int questionsPerMinute) {
        public LimitsConfig {
            if (questionsPerMinute < 0) {
                throw new IllegalArgumentException("limits.questions-per-minute cannot be negative, was " + questionsPerMinute);
            }
        }
    }

    /**
     * @param dataDir      where the persisted library lives
     * @param seedDir      bundled reviews loaded into an empty library
     * @param maxFileBytes the largest review file accepted
     * @param passageSentences the most sentences in one passage (what is embedded and quoted)
     * @param passageWords the most words in one passage, unless its first sentence alone is longer
     * @param seedSamples  whether an empty library is filled from seedDir (the console's bundled samples; the
     *                     container turns it off: REVIEWBOT_SEED_SAMPLES)
     * @param database     the shared PostgreSQL the library follows, if any ({@link DatabaseSettings#NONE})
     */
    public record LibraryConfig(Path dataDir, Path seedDir, int maxFileBytes, int passageSentences, int passageWords,
                                boolean seedSamples, DatabaseSettings database) {
        public LibraryConfig {
            database = database == null ? DatabaseSettings.NONE : database;
            if (maxFileBytes < 1024) {
                throw new IllegalArgumentException("library.max-file-bytes must be at least 1024, was " + maxFileBytes);
            }
            if (passageSentences < 1 || passageWords < 10) {
                throw new IllegalArgumentException("library.passage-sentences must be at least 1 and library.passage-words "
                        + "at least 10, were " + passageSentences + " and " + passageWords);
            }
        }

        public LibraryConfig withDataDir(Path dir) {
            return new LibraryConfig(dir, seedDir, maxFileBytes, passageSentences, passageWords, seedSamples, database);
        }

        public LibraryConfig withDatabase(DatabaseSettings settings) {
            return new LibraryConfig(dataDir, seedDir, maxFileBytes, passageSentences, passageWords, seedSamples,
                    settings);
        }

        LibraryConfig withPaths(Path dir, Path seeds) {
            return new LibraryConfig(dir, seeds, maxFileBytes, passageSentences, passageWords, seedSamples, database);
        }
    }

    /** @param maxLength the longest question accepted, in characters */
    public record QuestionConfig(int maxLength) {
        public QuestionConfig {
            if (maxLength < 10) {
                throw new IllegalArgumentException("questions.max-length must be at least 10, was " + maxLength);
            }
        }
    }

    /**
     * The Slack adapter's settings; its tokens and signing secret come only from the environment.
     *
     * @param port            HTTP mode's port for /slack/events (0 picks a free one); environment SLACK_PORT
     * @param apiUrl          the Web API's base URL, Slack's own unless a test points it at a fake; SLACK_API_URL
     * @param adminUserIds    users who may add reviews besides workspace admins; SLACK_ADMIN_USER_IDS (comma-separated)
     * @param threadFollowUps whether messages in a thread the bot answered are questions without a mention
     */
    public record SlackConfig(int port, String apiUrl,
                              @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> adminUserIds,
                              boolean threadFollowUps) {
        public SlackConfig {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("slack.port must be 0-65535, was " + port);
            }
            if (apiUrl == null || !apiUrl.matches("https?://.+/")) {
                throw new IllegalArgumentException("slack.api-url must be an http(s) URL ending in '/', was " + apiUrl);
            }
            // One environment variable holds the whole list: "U01,U02".
            adminUserIds = adminUserIds == null ? List.of() : adminUserIds.stream()
                    .flatMap(ids -> Arrays.stream(ids.split("[,\\s]+"))).filter(id -> !id.isBlank()).toList();
        }
    }
}
