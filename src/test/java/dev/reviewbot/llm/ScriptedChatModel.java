package dev.reviewbot.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * A hand-written fake of LangChain4j's {@link ChatModel} port, in process: what it answers is a function of
 * the request, it may throw as a failing client does, and it may hang until {@link #release()} (a model that
 * never answers in time). It keeps every request, so tests see what the model was sent. The gateways it
 * builds are the real {@link ModelGateway}, as the bot wires it, with the test's clock.
 * The real HTTP clients are tested against {@link FakeModelServer} instead.
 */
final class ScriptedChatModel implements ChatModel {

    /** What a test's model is sent: the system prompt and the user's message. */
    record Sent(String system, String user, Thread thread) {
    }

    private final List<Sent> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Function<Sent, String> answer = sent -> "";
    private volatile RuntimeException failure;
    private volatile boolean hangs;
    private volatile boolean interrupted;

    /** Answers each request with what {@code answer} makes of it. */
    ScriptedChatModel answering(Function<Sent, String> answer) {
        this.answer = answer;
        this.failure = null;
        this.hangs = false;
        return this;
    }

    /** Throws as the client does when the server errs or cannot be reached. */
    ScriptedChatModel failing(RuntimeException failure) {
        this.failure = failure;
        this.hangs = false;
        return this;
    }

    /** Answers nothing until {@link #release()}: every call runs into its time budget. */
    ScriptedChatModel hanging() {
        this.hangs = true;
        return this;
    }

    /** Lets every hanging call end (each then answers as scripted). */
    void release() {
        released.countDown();
    }

    List<Sent> requests() {
        return List.copyOf(requests);
    }

    /** Whether a hanging call was interrupted (the gateway closed under it). */
    boolean interrupted() {
        return interrupted;
    }

    /** The gateway the bot would build over this model: {@code budget}, a breaker of {@code settings}, {@code clock}. */
    ModelGateway gateway(Duration budget, LlmConfig.CircuitBreakerSettings settings, Clock clock) {
        return new ModelGateway(this, budget, settings, clock);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        Sent sent = new Sent(text(request.messages(), SystemMessage.class), text(request.messages(), UserMessage.class),
                Thread.currentThread());
        requests.add(sent);
        if (hangs) {
            try {
                released.await();
            } catch (InterruptedException e) {
                interrupted = true;
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while hanging", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        String text = answer.apply(sent);
        return text == null ? null : ChatResponse.builder().aiMessage(AiMessage.from(text)).build();
    }

    private static String text(List<ChatMessage> messages, Class<? extends ChatMessage> type) {
        return messages.stream().filter(type::isInstance).findFirst()
                .map(m -> m instanceof SystemMessage s ? s.text() : ((UserMessage) m).singleText())
                .orElse(null);
    }
}
