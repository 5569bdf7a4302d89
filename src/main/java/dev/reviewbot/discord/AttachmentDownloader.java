package dev.reviewbot.discord;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Downloads an uploaded file from the URL Discord gave for it (never one typed by a user), and only from
 * Discord's attachment hosts over https (or the configured API's own origin, which tests point at a fake):
 * a payload naming any other address is refused. Files over the configured size are refused by the size
 * Discord declares, and again while reading, so no more than the limit is ever read. One deadline covers
 * the whole download, body included, and downloads run on their own threads, so a slow-drip server can
 * hold neither the download past its deadline nor a thread that answers questions. Redirects are not
 * followed.
 */
final class AttachmentDownloader implements AutoCloseable {

    /** The file's bytes, or why there are none (in words for the uploader). */
    sealed interface Download {
        record Fetched(byte[] content) implements Download {
        }

        record Refused(String message) implements Download {
        }
    }

    static final Duration DEADLINE = Duration.ofSeconds(30);
    /** Where Discord serves attachments. */
    static final Set<String> DISCORD_ORIGINS = Set.of("https://cdn.discordapp.com", "https://media.discordapp.net");
    /** Admin uploads are rare: two at a time, a few waiting, the rest told to try again. */
    private static final int THREADS = 2;
    private static final int WAITING = 8;

    private final int maxBytes;
    private final Set<String> trustedOrigins;
    private final Duration deadline;
    private final ThreadPoolExecutor threads;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** @param apiUrl the configured REST API; its origin is trusted too (Discord's own, or a test's fake) */
    AttachmentDownloader(int maxBytes, String apiUrl) {
        this(maxBytes, apiUrl, DEADLINE);
    }

    AttachmentDownloader(int maxBytes, String apiUrl, Duration deadline) {
        this.maxBytes = maxBytes;
        this.trustedOrigins = union(DISCORD_ORIGINS, origin(URI.create(apiUrl)));
        this.deadline = deadline;
        this.threads = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING),
                runnable -> {
                    Thread thread = new Thread(runnable, "discord-download");
                    thread.setDaemon(true);
                    return thread;
                });
        threads.allowCoreThreadTimeOut(true);
    }

    /** Completes with the file or the reason there is none, at the latest when the deadline passes. */
    CompletableFuture<Download> download(String fileName, String url, long declaredSize) {
        if (declaredSize > maxBytes) {
            return refused(tooLarge(fileName, declaredSize + " bytes"));
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException | NullPointerException e) {
            return refused(fileName + ": Discord gave no downloadable URL for it");
        }
        if (uri.getHost() == null || !trustedOrigins.contains(origin(uri))) {
            return refused(fileName + ": not on Discord's attachment servers, so it was not downloaded");
        }
        CompletableFuture<Download> result = new CompletableFuture<>();
        Future<?> task;
        try {
            task = threads.submit(() -> result.complete(fetch(fileName, uri)));
        } catch (RejectedExecutionException e) {
            return refused(fileName + ": too many downloads at once; please try again in a minute");
        }
        CompletableFuture.delayedExecutor(deadline.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (result.complete(new Download.Refused(fileName + ": the download took longer than "
                    + seconds(deadline) + " s"))) {
                task.cancel(true); // interrupts the read, which closes the connection
            }
        });
        return result;
    }

    private Download fetch(String fileName, URI uri) {
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(deadline).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return new Download.Refused(fileName + ": the download failed (HTTP " + response.statusCode() + ")");
                }
                byte[] content = body.readNBytes(maxBytes + 1);
                return content.length > maxBytes ? new Download.Refused(tooLarge(fileName, "over " + maxBytes + " bytes"))
                        : new Download.Fetched(content);
            }
        } catch (IOException e) {
            return new Download.Refused(fileName + ": the download failed (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Download.Refused(fileName + ": the download was interrupted");
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    /** "30", or "0.5" for a deadline under a second. */
    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? Long.toString(duration.toSeconds())
                : java.math.BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static CompletableFuture<Download> refused(String message) {
        return CompletableFuture.completedFuture(new Download.Refused(message));
    }

    private String tooLarge(String fileName, String size) {
        return fileName + " is " + size + "; the limit is " + maxBytes + " bytes";
    }

    private static Set<String> union(Set<String> origins, String more) {
        java.util.HashSet<String> all = new java.util.HashSet<>(origins);
        all.add(more);
        return Set.copyOf(all);
    }

    /** "https://cdn.discordapp.com", "http://127.0.0.1:8080": scheme, host and a port other than the default. */
    static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int defaultPort = "https".equals(scheme) ? 443 : 80;
        int port = uri.getPort() != -1 ? uri.getPort() : defaultPort;
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (port == defaultPort ? "" : ":" + port);
    }
}
