package dev.reviewbot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side of the fake: a JDK {@link HttpServer} on 127.0.0.1 that records every request in a
 * {@link RequestLog} and answers it with {@code routes}.
 */
final class FakeDiscordRest implements AutoCloseable {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");

    private final HttpServer server;
    private final ExecutorService executor;
    private final RequestLog log = new RequestLog();

    FakeDiscordRest(Function<RecordedRequest, RestResponse> routes) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the fake Discord REST server", e);
        }
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-discord-rest");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> handle(exchange, routes));
        server.start();
    }

    /** {@code http://127.0.0.1:PORT} (no trailing slash). */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    RequestLog log() {
        return log;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange, Function<RecordedRequest, RestResponse> routes) throws IOException {
        RecordedRequest request = record(exchange);
        try (exchange) {
            RestResponse response;
            try {
                response = routes.apply(request);
            } catch (RuntimeException e) {
                response = RestResponse.error(500, "fake Discord failed: " + e);
            }
            if (response.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", response.contentType());
            }
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.status(), body == null ? -1 : body.length);
            if (body != null) {
                try (OutputStream out = exchange.getResponseBody()) {
                    if (response.drip().isZero()) {
                        out.write(body);
                    } else {
                        drip(out, body, response.drip());
                    }
                }
            }
        } finally {
            // Logged once answered: a test that saw the request also sees its effect (a stored message), and
            // closing the fake after it cannot cut the answer short.
            log.add(request);
        }
    }

    /** One byte at a time until the body is sent or the client hangs up. */
    private static void drip(OutputStream out, byte[] body, java.time.Duration pause) throws IOException {
        for (byte b : body) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            out.write(b);
            out.flush();
        }
    }

    private static RecordedRequest record(HttpExchange exchange) throws IOException {
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readAllBytes();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        return new RecordedRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getPath(), query(exchange.getRequestURI().getRawQuery()),
                body(raw, contentType), Map.copyOf(headers), raw);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                String[] kv = pair.split("=", 2);
                query.putIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return Map.copyOf(query);
    }

    /** The JSON body; for multipart uploads (JDA sends files that way) the payload_json part. */
    private static JsonNode body(byte[] raw, String contentType) throws IOException {
        if (raw.length == 0) {
            return MissingNode.getInstance();
        }
        if (contentType != null && contentType.startsWith("multipart/")) {
            Matcher boundary = BOUNDARY.matcher(contentType);
            if (!boundary.find()) {
                return MissingNode.getInstance();
            }
            for (String part : multipartParts(raw, boundary.group(1))) {
                int split = part.indexOf("\r\n\r\n");
                if (split > 0 && part.substring(0, split).contains("name=\"payload_json\"")) {
                    return DiscordPayloads.JSON.readTree(part.substring(split + 4).getBytes(StandardCharsets.ISO_8859_1));
                }
            }
            return MissingNode.getInstance();
        }
        try {
            return DiscordPayloads.JSON.readTree(raw);
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }

    private static List<String> multipartParts(byte[] raw, String boundary) {
        // ISO-8859-1 maps bytes 1:1, so binary parts survive the split.
        String[] pieces = new String(raw, StandardCharsets.ISO_8859_1).split("--" + Pattern.quote(boundary));
        List<String> parts = new ArrayList<>();
        for (String piece : pieces) {
            String trimmed = piece.startsWith("\r\n") ? piece.substring(2) : piece;
            if (trimmed.endsWith("\r\n")) {
                trimmed = trimmed.substring(0, trimmed.length() - 2);
            }
            if (!trimmed.isEmpty() && !trimmed.equals("--")) {
                parts.add(trimmed);
            }
        }
        return parts;
    }
}
