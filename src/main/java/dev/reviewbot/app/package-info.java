/** Wiring: {@link dev.reviewbot.app.ReviewBot} builds every service from the config. */
package dev.reviewbot.app;
