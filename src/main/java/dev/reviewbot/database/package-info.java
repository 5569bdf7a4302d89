/**
 * The optional PostgreSQL database that several ReviewBot processes share (docs/SCALING.md). Entry point:
 * {@link dev.reviewbot.database.Database#open}, from {@link dev.reviewbot.database.DatabaseSettings}
 * ({@code library.database} in the config, {@code REVIEWBOT_DATABASE_URL}; the password in the URL or in
 * {@code REVIEWBOT_DATABASE_PASSWORD}, never logged): a HikariCP pool over a schema that Flyway migrates
 * from {@code db/migration} (versions 1-9 the library's, 10 and up the shared chat state's). Without a URL
 * nothing here is used and ReviewBot keeps everything in its data directory.
 */
package dev.reviewbot.database;
