/**
 * The picocli command line: {@link dev.reviewbot.cli.ReviewBotCli} and one class per subcommand. Its
 * output (notably `ask --json`) is a contract that other tools rely on.
 */
package dev.reviewbot.cli;
