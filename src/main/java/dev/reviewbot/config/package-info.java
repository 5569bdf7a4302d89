/**
 * Configuration as validated records: {@link dev.reviewbot.config.ConfigLoader} builds a
 * {@link dev.reviewbot.config.BotConfig}. {@link dev.reviewbot.config.Secrets} knows every configured secret
 * and redacts them from log lines and error messages.
 */
package dev.reviewbot.config;
