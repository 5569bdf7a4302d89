package dev.reviewbot.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ops port: {@code GET /healthz} (200 while the process runs), {@code GET /readyz} (200 when every
 * {@link ReadinessCheck} is up, else 503 with a JSON body naming what is down) and {@code GET /metrics}
 * (Prometheus text).
 *
 * <p>The JDK's own HTTP server: three small GETs need no more, it adds no dependency, and it is what
 * Prometheus' own Java exporter serves /metrics with. The Jetty on the class path is Bolt's Jetty 9.4 (past
 * its end of life), there only for Slack's HTTP mode: the ops port must not depend on it.
 */
public final class OpsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The Prometheus text format version Micrometer's scrape() writes by default. */
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private OpsServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Listens on every interface (a container's port is published from outside it).
     *
     * @param port    0 picks a free one ({@link #port()})
     * @param metrics the Prometheus text, e.g. {@code PrometheusMeterRegistry::scrape}
     */
    public static OpsServer start(int port, Readiness readiness, Supplier<String> metrics) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 16);
        } catch (IOException e) {
            throw new IllegalStateException("the ops port " + port + " is not free: " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "reviewbot-ops");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/healthz", exchange -> respond(exchange, 200, "application/json", "{\"status\":\"up\"}"));
        server.createContext("/readyz", exchange -> ready(exchange, readiness.report()));
        server.createContext("/metrics", exchange -> respond(exchange, 200, PROMETHEUS_TEXT, metrics.get()));
        server.start();
        LOG.info("ops: /healthz, /readyz and /metrics on port {}", server.getAddress().getPort());
        return new OpsServer(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void ready(HttpExchange exchange, Readiness.Report report) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("status", report.ready() ? "ready" : "not ready");
        ObjectNode checks = body.putObject("checks");
        report.checked().forEach(name -> checks.put(name, report.down().getOrDefault(name, "up")));
        report.down().forEach((name, problem) -> checks.put(name, problem)); // "process": "stopping" too
        respond(exchange, report.ready() ? 200 : 503, "application/json", body.toString());
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain", "GET only\n");
            } else if (!path.equals(exchange.getHttpContext().getPath())) {
                send(exchange, 404, "text/plain", "not found\n"); // /healthzzz matched the /healthz context
            } else {
                send(exchange, status, type, body);
            }
        } catch (RuntimeException e) {
            LOG.warn("ops: answering {} failed: {}", exchange.getRequestURI().getPath(), e.toString());
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
