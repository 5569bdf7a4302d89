package dev.reviewbot.database;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the shared database is, from {@code library.database} (the URL also from REVIEWBOT_DATABASE_URL).
 * The URL may carry the password ({@code ?password=...}); it is then a secret like any other: never logged,
 * never part of an error message ({@link #safeUrl()} is what may be shown).
 *
 * @param url                    a JDBC URL such as {@code jdbc:postgresql://db:5432/reviewbot?user=reviewbot};
 *                               blank: no database, the library lives in the data directory alone
 * @param poolSize               connections each process keeps open
 * @param connectTimeoutSeconds  how long to wait for a connection before saying the database is unreachable
 * @param pollSeconds            how often a process checks for new library versions when no notification came
 */
public record DatabaseSettings(String url, int poolSize, int connectTimeoutSeconds, int pollSeconds) {

    public static final String PREFIX = "jdbc:postgresql://";
    public static final DatabaseSettings NONE = new DatabaseSettings("", 4, 10, 5);
    private static final Pattern PASSWORD = Pattern.compile("([?&]password=)([^&]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@?]*:)([^/@?]*)@");

    public DatabaseSettings {
        url = url == null ? "" : url.strip();
        // The value is never echoed: it may hold the password.
        if (!url.isEmpty() && (!url.startsWith(PREFIX) || url.length() == PREFIX.length())) {
            throw new IllegalArgumentException("library.database.url (REVIEWBOT_DATABASE_URL) must be a PostgreSQL JDBC "
                    + "URL such as jdbc:postgresql://host:5432/reviewbot?user=reviewbot");
        }
        if (poolSize < 1 || connectTimeoutSeconds < 1 || pollSeconds < 1) {
            throw new IllegalArgumentException("library.database.pool-size, connect-timeout-seconds and poll-seconds must "
                    + "be at least 1, were " + poolSize + ", " + connectTimeoutSeconds + " and " + pollSeconds);
        }
    }

    public boolean configured() {
        return !url.isEmpty();
    }

    /** The password written in the URL, if any (to be registered as a secret). */
    public Optional<String> passwordInUrl() {
        Matcher matcher = PASSWORD.matcher(url);
        if (matcher.find() && !matcher.group(2).isEmpty()) {
            return Optional.of(java.net.URLDecoder.decode(matcher.group(2), java.nio.charset.StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }

    /** The URL with any password replaced by "***": what logs and errors may show. */
    public String safeUrl() {
        String safe = PASSWORD.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(safe).replaceAll("$1***@");
    }

    public DatabaseSettings withUrl(String other) {
        return new DatabaseSettings(other, poolSize, connectTimeoutSeconds, pollSeconds);
    }
}
