/** The console chat (JLine): {@link dev.reviewbot.console.ConsoleChat}. Needs no token, network or LLM. */
package dev.reviewbot.console;
