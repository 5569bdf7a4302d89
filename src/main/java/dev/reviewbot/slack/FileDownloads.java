package dev.reviewbot.slack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Downloads a file shared with the bot (url_private_download), authorised with the bot token. The token is
 * sent only to Slack's file host (or the configured API's host, for tests), and redirects are not followed.
 */
final class FileDownloads {

    /** The file could not be fetched; the message says why, for the user. */
    static final class DownloadException extends Exception {
        DownloadException(String message) {
            super(message);
        }
    }

    private static final String SCOPE_HINT = " (does the Slack app have the files:read scope?)";

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final Set<String> trustedOrigins;

    /** @param apiUrl the configured Web API URL; its origin is trusted too */
    FileDownloads(String apiUrl) {
        this.trustedOrigins = Set.of("https://files.slack.com", origin(URI.create(apiUrl)));
    }

    /** @return at most {@code maxBytes + 1} bytes, so that the caller can tell a file is too large */
    byte[] download(String url, String botToken, int maxBytes) throws DownloadException, IOException, InterruptedException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new DownloadException("Slack gave no valid download address");
        }
        if (uri.getHost() == null || !trustedOrigins.contains(origin(uri))) {
            throw new DownloadException("the file is not on files.slack.com");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + botToken).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new DownloadException("Slack answered HTTP " + response.statusCode() + SCOPE_HINT);
            }
            // Without files:read Slack sends its sign-in page instead of the file.
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (type.startsWith("text/html")) {
                throw new DownloadException("Slack sent a web page instead of the file" + SCOPE_HINT);
            }
            return body.readNBytes(maxBytes + 1);
        }
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (port == ("https".equals(scheme) ? 443 : 80) ? "" : ":" + port);
    }
}
