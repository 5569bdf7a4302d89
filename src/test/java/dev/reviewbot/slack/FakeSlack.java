package dev.reviewbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.SlackConfig;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A fake Slack on 127.0.0.1 for end-to-end tests of a Bolt app: the Web API under {@code /api/},
 * file downloads under {@code /files/{name}} (Bearer bot token required) and response_url receivers
 * under {@code /response/{id}}. Every request is recorded; {@link #awaitCall} blocks until one arrives.
 * Posted messages are kept, so chat.update works on them (and only on them) as on Slack: {@link #messagesIn}.
 *
 * <p>Point Bolt at it with {@link #slackConfig()} (or {@code SlackConfig#setMethodsEndpointUrlPrefix(apiUrl())}).
 * {@code apps.connections.open} answers with the URL of {@link #socketMode()}, started on first use.
 */
public final class FakeSlack implements AutoCloseable {

    public static final String BOT_TOKEN = "xoxb-FAKE";
    public static final String APP_TOKEN = "xapp-fake-app-token";
    public static final String SIGNING_SECRET = "fake-signing-secret";
    public static final String TEAM_ID = "T0FAKE";
    public static final String APP_ID = "A0FAKE";
    public static final String BOT_USER_ID = "U0BOT";
    public static final String BOT_ID = "B0BOT";

    private static final Logger log = LoggerFactory.getLogger(FakeSlack.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<RecordedCall> calls = new ArrayList<>(); // guarded by itself
    private final FakeWebApi webApi = new FakeWebApi(this);
    private final Map<String, Function<RecordedCall, String>> overrides = new ConcurrentHashMap<>();
    private FakeSocketMode socketMode; // guarded by this

    private FakeSlack(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts the fake on an ephemeral port of 127.0.0.1. */
    public static FakeSlack start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "fake-slack-http");
                thread.setDaemon(true);
                return thread;
            });
            FakeSlack fake = new FakeSlack(server, executor);
            server.createContext("/api/", fake::handleApi);
            server.createContext("/files/", fake::handleFile);
            server.createContext("/response/", fake::handleResponseUrl);
            server.createContext("/upload/v1/", fake::handleUpload);
            server.setExecutor(executor);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the fake Slack", e);
        }
    }

    // ---- addresses

    /** {@code http://127.0.0.1:P} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:P/api/}: the value for SlackConfig#setMethodsEndpointUrlPrefix. */
    public String apiUrl() {
        return baseUrl() + "/api/";
    }

    /** A fresh SlackConfig that sends Web API calls here. */
    public SlackConfig slackConfig() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl());
        return config;
    }

    /** A response_url that records what is posted to it as calls named {@code /response/{id}}. */
    public String responseUrl(String id) {
        return baseUrl() + "/response/" + id;
    }

    /** The download URL of a file name (serves it once {@link #addFile} registered it). */
    public String fileUrl(String name) {
        return baseUrl() + "/files/" + name;
    }

    // ---- configuration

    /** users.info answers {@code is_admin: true} for exactly these user ids. */
    public void setAdmins(String... userIds) {
        webApi.setAdmins(Set.of(userIds));
    }

    /** Registers a file for files.info and for download; returns its url_private_download. */
    public String addFile(String fileId, String name, String mimetype, byte[] content) {
        webApi.addFile(new FakeWebApi.FakeFile(fileId, name, mimetype, content.clone()));
        return fileUrl(name);
    }

    /** Replaces the built-in answer of a Web API method (the function returns the JSON body). */
    public void onMethod(String method, Function<RecordedCall, String> jsonResponder) {
        overrides.put(method, jsonResponder);
    }

    /** The Socket Mode server that apps.connections.open points at; started on first use. */
    public synchronized FakeSocketMode socketMode() {
        if (socketMode == null) {
            socketMode = FakeSocketMode.start();
        }
        return socketMode;
    }

    // ---- the bot's messages

    /**
     * A message the bot posted with chat.postMessage, as it stands after any chat.update.
     *
     * @param threadTs the thread it was posted in, or null
     * @param blocks   the blocks as the JSON the bot sent, or null
     */
    public record Message(String channel, String ts, String threadTs, String text, String blocks) {
    }

    /** The bot's messages in a channel as they stand now (updates applied), oldest first. */
    public List<Message> messagesIn(String channel) {
        return webApi.messagesIn(channel);
    }

    // ---- recorded calls

    /** A snapshot of every call so far, oldest first. */
    public List<RecordedCall> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** A snapshot of the calls to one Web API method or path. */
    public List<RecordedCall> callsTo(String methodOrPath) {
        return calls().stream().filter(call -> call.isTo(methodOrPath)).toList();
    }

    /** Forgets the calls recorded so far. */
    public void clearCalls() {
        synchronized (calls) {
            calls.clear();
        }
    }

    /** The first call (already recorded or still to come) to a method or path. */
    public RecordedCall awaitCall(String methodOrPath, Duration timeout) {
        return awaitCall(call -> call.isTo(methodOrPath), timeout);
    }

    /**
     * Returns the first recorded call that matches, waiting for it up to {@code timeout}.
     *
     * @throws AssertionError when none arrives in time (lists the calls seen)
     */
    public RecordedCall awaitCall(Predicate<RecordedCall> matcher, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (calls) {
            while (true) {
                for (RecordedCall call : calls) {
                    if (matcher.test(call)) {
                        return call;
                    }
                }
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    throw new AssertionError("No matching call to the fake Slack within " + timeout
                            + "; calls seen: " + calls.stream().map(RecordedCall::name).toList());
                }
                try {
                    calls.wait(remainingMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted while waiting for a call", e);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        synchronized (this) {
            if (socketMode != null) {
                socketMode.close();
            }
        }
    }

    // ---- HTTP handlers

    private void handleApi(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        handle(exchange, method, call -> {
            Function<RecordedCall, String> override = overrides.get(method);
            String body = override != null ? override.apply(call) : webApi.answer(method, call).toString();
            return Reply.json(200, body);
        });
    }

    private void handleFile(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/files/".length());
        handle(exchange, exchange.getRequestURI().getPath(), call -> {
            if (!BOT_TOKEN.equals(call.token())) {
                return Reply.json(401, "{\"ok\":false,\"error\":\"not_authed\"}");
            }
            return webApi.fileNamed(name)
                    .map(file -> new Reply(200, file.mimetype(), file.content()))
                    .orElseGet(() -> Reply.json(404, "{\"ok\":false,\"error\":\"file_not_found\"}"));
        });
    }

    /** An upload URL: the raw bytes of one file, answered as Slack does ("OK - <length>"). */
    private void handleUpload(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] content = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((key, values) -> headers.put(key.toLowerCase(Locale.ROOT), List.copyOf(values)));
            synchronized (calls) {
                calls.add(new RecordedCall(path, exchange.getRequestMethod(), headers, Map.of(), null, content.length + " bytes"));
                calls.notifyAll();
            }
            boolean known = exchange.getRequestMethod().equals("POST")
                    && webApi.receiveUpload(path.substring("/upload/v1/".length()), content);
            byte[] answer = (known ? "OK - " + content.length : "Not Found").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(known ? 200 : 404, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    /** The files the bot shared with files.completeUploadExternal (the v2 upload). */
    public List<FakeWebApi.Upload> sharedUploads() {
        return webApi.sharedUploads();
    }

    private void handleResponseUrl(HttpExchange exchange) throws IOException {
        handle(exchange, exchange.getRequestURI().getPath(), call -> Reply.json(200, "{\"ok\":true}"));
    }

    private record Reply(int status, String contentType, byte[] body) {
        static Reply json(int status, String json) {
            return new Reply(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void handle(HttpExchange exchange, String name, Function<RecordedCall, Reply> responder)
            throws IOException {
        try (exchange) {
            Reply reply;
            try {
                RecordedCall call = record(exchange, name);
                reply = responder.apply(call);
            } catch (RuntimeException e) {
                log.error("The fake Slack failed to answer {}", name, e);
                reply = Reply.json(500, "{\"ok\":false,\"error\":\"fake_failed\"}");
            }
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            exchange.getResponseBody().write(reply.body());
        }
    }

    private RecordedCall record(HttpExchange exchange, String name) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((key, values) ->
                headers.put(key.toLowerCase(Locale.ROOT), List.copyOf(values)));
        Map<String, String> form = new LinkedHashMap<>(parseForm(exchange.getRequestURI().getRawQuery()));
        JsonNode json = null;
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            form.putAll(parseForm(body));
        } else if (body.startsWith("{") || body.startsWith("[")) {
            json = JSON.readTree(body);
        }
        RecordedCall call = new RecordedCall(name, exchange.getRequestMethod(), headers, form, json, body);
        synchronized (calls) {
            calls.add(call);
            calls.notifyAll();
        }
        return call;
    }

    private static Map<String, String> parseForm(String encoded) {
        Map<String, String> form = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return form;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.putIfAbsent(key, value);
        }
        return form;
    }
}
