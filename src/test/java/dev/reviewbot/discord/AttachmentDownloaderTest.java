package dev.reviewbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Where attachments are downloaded from, and for how long: only Discord's attachment hosts over https and
 * the configured API's origin (here a local server standing in for it), within one deadline for the whole
 * download, body included.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class AttachmentDownloaderTest {

    private HttpServer configured;
    private HttpServer internal;
    private final AtomicInteger internalHits = new AtomicInteger();

    @BeforeEach
    void servers() throws IOException {
        configured = server();
        configured.createContext("/drip", exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 1000; i++) {
                    Thread.sleep(200);
                    out.write('a');
                    out.flush();
                }
            } catch (InterruptedException | IOException e) {
                // the client hung up, as it should
            }
        });
        internal = server();
        internal.createContext("/internal-admin", exchange -> {
            internalHits.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
    }

    @AfterEach
    void stop() {
        configured.stop(0);
        internal.stop(0);
    }

    @Test
    void onlyDiscordsHostsOverHttps_andTheConfiguredApi_areDownloadedFrom() throws Exception {
        try (AttachmentDownloader downloader = new AttachmentDownloader(1024, origin(configured) + "/api/v10/")) {
            String[] elsewhere = {origin(internal) + "/internal-admin", "http://cdn.discordapp.com/attachments/1/2/a.md",
                    "https://cdn.discordapp.com.evil.example/a.md", "file:///etc/passwd"};
            for (String url : elsewhere) {
                AttachmentDownloader.Download download = downloader.download("a.md", url, 10).get(5, TimeUnit.SECONDS);
                assertThat(download).as(url).isInstanceOf(AttachmentDownloader.Download.Refused.class);
                assertThat(((AttachmentDownloader.Download.Refused) download).message())
                        .isEqualTo("a.md: not on Discord's attachment servers, so it was not downloaded");
            }
            assertThat(internalHits).hasValue(0);
        }
    }

    @Test
    void oneDeadline_coversTheWholeDownload_includingASlowDripBody() throws Exception {
        try (AttachmentDownloader downloader = new AttachmentDownloader(4096, origin(configured) + "/api/v10/",
                Duration.ofMillis(500))) {
            AttachmentDownloader.Download download = downloader.download("slow.md", origin(configured) + "/drip", 1000)
                    .get(5, TimeUnit.SECONDS); // the body alone would take 200 s

            assertThat(download).isEqualTo(new AttachmentDownloader.Download.Refused("slow.md: the download took longer than 0.5 s"));
        }
    }

    private static HttpServer server() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return server;
    }

    private static String origin(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
