/** Configuration as validated records: {@link dev.reviewbot.config.ConfigLoader} builds a {@link dev.reviewbot.config.BotConfig}. */
package dev.reviewbot.config;
