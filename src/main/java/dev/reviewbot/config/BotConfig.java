package dev.reviewbot.config;

import dev.reviewbot.answer.AnswerSettings;
import dev.reviewbot.cache.CacheSettings;
import dev.reviewbot.llm.LlmConfig;
import dev.reviewbot.retrieval.RetrievalSettings;
import java.nio.file.Path;

/**
 * Everything configurable, validated once at start-up. Loaded by {@link ConfigLoader} from
 * config/reviewbot.yaml, with environment overrides. Secrets never live here: they come from the
 * environment only.
 */
public record BotConfig(LibraryConfig library, QuestionConfig questions, RetrievalSettings retrieval,
                        AnswerSettings answers, CacheSettings cache, LimitsConfig limits,
                        LlmConfig llm) {

    /** The same configuration with other cache settings (the benchmark measures with caches off). */
    public BotConfig withCache(CacheSettings settings) {
        return new BotConfig(library, questions, retrieval, answers, settings, limits,
                llm);
    }

    /** The same configuration over another data directory. */
    public BotConfig withDataDir(Path dataDir) {
        return new BotConfig(new LibraryConfig(dataDir, library.seedDir(), library.maxFileBytes()), questions, retrieval,
                answers, cache, limits,
                llm);
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
     */
    public record LibraryConfig(Path dataDir, Path seedDir, int maxFileBytes) {
        public LibraryConfig {
            if (maxFileBytes < 1024) {
                throw new IllegalArgumentException("library.max-file-bytes must be at least 1024, was " + maxFileBytes);
            }
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
}
