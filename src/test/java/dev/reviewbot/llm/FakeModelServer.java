package dev.reviewbot.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake OpenAI-compatible server (POST /v1/chat/completions) and a fake Ollama server (POST /api/chat) on
 * 127.0.0.1, in one WireMock. It records what the bot sends and answers as a model would: a test gives it
 * a "brain" that reads the fenced sections and question of each request and writes the reply text.
 * Public for the chat platforms' tests (discord, slack), which put a bot with a model behind their fakes.
 */
public final class FakeModelServer implements AutoCloseable {

    static final String OPENAI_PATH = "/v1/chat/completions";
    static final String OLLAMA_PATH = "/api/chat";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SECTION = Pattern.compile(
            "<<<SECTION id=(\\d+) film=\"([^\"]*)\" section=\"([^\"]*)\"(?: reviewer=\"([^\"]*)\")?>>>\\n(.*?)\\n<<<END>>>",
            Pattern.DOTALL);
    private static final Pattern QUESTION = Pattern.compile("<<<QUESTION>>>\\n(.*?)\\n<<<END>>>", Pattern.DOTALL);
    private static final Pattern TURN = Pattern.compile("<<<TURN role=(\\w+)>>>\\n(.*?)\\n<<<END>>>", Pattern.DOTALL);

    /** A review section as fenced in a request. */
    public record Section(int id, String film, String section, String reviewer, String body) {
        public String label() {
            return film + ", " + section;
        }
    }

    /** An earlier turn as fenced in a rewrite request. */
    public record Turn(String role, String text) {
    }

    /** What the bot sent, parsed. */
    public record Request(String path, String model, String system, String user, List<Section> sections, String question,
                   List<Turn> turns, String authorization) {

        public boolean isRewrite() {
            return !turns.isEmpty();
        }

        /** The id the bot gave the section of this film and heading, for a brain to cite. */
        public int idOf(String film, String section) {
            return sections.stream().filter(s -> s.film().equals(film) && s.section().equals(section)).findFirst()
                    .map(Section::id).orElseThrow(() -> new AssertionError(film + ", " + section + " not given: " + sections));
        }
    }

    private final WireMockServer server;
    private volatile Function<Request, String> brain = r -> "The review speaks to that [1].";

    public FakeModelServer() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(12)
                .extensions(new Brain()));
        server.start();
        answer(brain);
    }

    public String openAiBaseUrl() {
        return "http://127.0.0.1:" + server.port() + "/v1";
    }

    public String ollamaBaseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** From now on, replies are written by {@code brain}. */
    public void answer(Function<Request, String> brain) {
        this.brain = brain;
        respond(aResponse().withTransformers(Brain.NAME));
    }

    /** Replies written by {@code brain}, each after {@code millis}. */
    public void answerSlowly(Function<Request, String> brain, int millis) {
        this.brain = brain;
        respond(aResponse().withTransformers(Brain.NAME).withFixedDelay(millis));
    }

    /** Every request fails with this HTTP status. */
    public void fail(int status) {
        respond(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"the fake model fell over\",\"type\":\"server_error\"}}"));
    }

    /** Every request fails with this HTTP status and body (an upstream that echoes what it was sent). */
    public void fail(int status, String body) {
        respond(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body));
    }

    /** The same response on both endpoints, replacing what was there. */
    private void respond(ResponseDefinitionBuilder response) {
        server.resetMappings();
        for (String path : List.of(OPENAI_PATH, OLLAMA_PATH)) {
            server.stubFor(post(urlEqualTo(path)).willReturn(response));
        }
    }

    /** What the bot sent, oldest first. */
    public List<Request> requests() {
        List<Request> requests = new ArrayList<>();
        for (LoggedRequest logged : server.findAll(RequestPatternBuilder.allRequests())) {
            requests.add(parse(logged.getUrl(), logged.getBodyAsString(), logged.getHeader("Authorization")));
        }
        return requests;
    }

    /**
     * Waits (up to {@code within}) until {@code n} requests are logged. The log gets a request once it is
     * served, which can be after the bot gave up waiting for it (a time budget ran out).
     */
    public void awaitRequests(int n, java.time.Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (server.findAll(RequestPatternBuilder.allRequests()).size() < n && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public void forgetRequests() {
        server.resetRequests();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static Request parse(String path, String body, String authorization) {
        try {
            JsonNode json = JSON.readTree(body);
            String system = "";
            String user = "";
            for (JsonNode message : json.path("messages")) {
                String content = text(message.path("content"));
                switch (message.path("role").asText()) {
                    case "system" -> system = content;
                    case "user" -> user = content;
                    default -> { }
                }
            }
            List<Section> sections = new ArrayList<>();
            Matcher m = SECTION.matcher(user);
            while (m.find()) {
                sections.add(new Section(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4), m.group(5)));
            }
            Matcher q = QUESTION.matcher(user);
            List<Turn> turns = new ArrayList<>();
            Matcher t = TURN.matcher(user);
            while (t.find()) {
                turns.add(new Turn(t.group(1), t.group(2)));
            }
            return new Request(path, json.path("model").asText(), system, user, sections, q.find() ? q.group(1) : null,
                    turns, authorization);
        } catch (IOException e) {
            throw new UncheckedIOException("the bot sent something that is not JSON: " + body, e);
        }
    }

    /** OpenAI accepts a string or a list of parts. */
    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder out = new StringBuilder();
        content.forEach(part -> out.append(part.path("text").asText()));
        return out.toString();
    }

    /** Answers in the dialect of the endpoint that was called. */
    private final class Brain implements ResponseDefinitionTransformerV2 {
        static final String NAME = "fake-model";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            LoggedRequest logged = event.getRequest();
            Request request = parse(logged.getUrl(), logged.getBodyAsString(), logged.getHeader("Authorization"));
            String reply = brain.apply(request);
            ObjectNode body = JSON.createObjectNode();
            if (logged.getUrl().startsWith(OLLAMA_PATH)) {
                body.put("model", request.model()).put("created_at", "2025-01-01T00:00:00Z");
                body.putObject("message").put("role", "assistant").put("content", reply);
                body.put("done", true).put("done_reason", "stop").put("prompt_eval_count", 100).put("eval_count", 20);
            } else {
                body.put("id", "chatcmpl-fake").put("object", "chat.completion").put("created", 1_700_000_000L)
                        .put("model", request.model());
                ObjectNode choice = body.putArray("choices").addObject();
                choice.put("index", 0).put("finish_reason", "stop");
                choice.putObject("message").put("role", "assistant").put("content", reply);
                body.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
            }
            return ResponseDefinitionBuilder.like(event.getResponseDefinition()).but()
                    .withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString()).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
