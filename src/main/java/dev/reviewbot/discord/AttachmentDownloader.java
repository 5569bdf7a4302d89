package dev.reviewbot.discord;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Downloads an uploaded file from the URL Discord gave for it (never one typed by a user), refusing
 * files over the configured size: by the size Discord declares, and again while reading. Redirects are
 * not followed, so the file comes from that URL only.
 */
final class AttachmentDownloader {

    /** The file's bytes, or why there are none (in words for the uploader). */
    sealed interface Download {
        record Fetched(byte[] content) implements Download {
        }

        record Refused(String message) implements Download {
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final int maxBytes;
    private HttpClient http; // made on first use: most runs never download anything

    AttachmentDownloader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    Download download(String fileName, String url, long declaredSize) {
        if (declaredSize > maxBytes) {
            return tooLarge(fileName, declaredSize);
        }
        URI uri = URI.create(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return new Download.Refused(fileName + ": Discord gave no downloadable URL for it");
        }
        try {
            HttpResponse<InputStream> response = http().send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return new Download.Refused(fileName + ": the download failed (HTTP " + response.statusCode() + ")");
                }
                byte[] content = body.readNBytes(maxBytes + 1);
                return content.length > maxBytes ? tooLarge(fileName, content.length) : new Download.Fetched(content);
            }
        } catch (IOException e) {
            return new Download.Refused(fileName + ": the download failed (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Download.Refused(fileName + ": the download was interrupted");
        }
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }

    private Download tooLarge(String fileName, long size) {
        return new Download.Refused(fileName + " is " + size + " bytes" + (size > maxBytes ? "" : " or more")
                + "; the limit is " + maxBytes + " bytes");
    }
}
