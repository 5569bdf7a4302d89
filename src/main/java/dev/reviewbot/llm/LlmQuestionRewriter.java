package dev.reviewbot.llm;

import com.github.benmanes.caffeine.cache.Cache;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.answer.ConversationId;
import dev.reviewbot.answer.QuestionRewriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rewrites a follow-up into a standalone question with the language model, from the conversation's recent
 * turns. Each conversation's turns live in a LangChain4j {@link MessageWindowChatMemory} (the last few
 * messages), kept in a Caffeine cache that bounds and expires them. When the model fails, the question is
 * answered as asked, and the extractive follow-up rules still apply.
 */
public final class LlmQuestionRewriter implements QuestionRewriter {

    /** A rewrite is a small task: it may use a third of the budget, the answer needs the rest. */
    private static final int BUDGET_SHARE = 3;

    private final ModelGateway gateway;
    private final Prompts prompts;
    private final Cache<ConversationId, ChatMemory> memories;
    private final int memoryMessages;
    private final int maxQuestionLength;

    public LlmQuestionRewriter(ModelGateway gateway, Prompts prompts, Cache<ConversationId, ChatMemory> memories,
                               int memoryMessages, int maxQuestionLength) {
        this.gateway = gateway;
        this.prompts = prompts;
        this.memories = memories;
        this.memoryMessages = memoryMessages;
        this.maxQuestionLength = maxQuestionLength;
    }

    @Override
    public String standalone(ConversationId conversation, String question) {
        ChatMemory memory = conversation == null ? null : memories.getIfPresent(conversation);
        List<ChatMessage> turns = memory == null ? List.of() : snapshot(memory);
        if (turns.isEmpty()) {
            return question; // a first question has nothing to refer back to
        }
        String history = turns.stream().map(LlmQuestionRewriter::fenced).collect(Collectors.joining("\n\n"));
        String request = prompts.rewriteRequest(history, Fence.question(question));
        ModelReply reply = gateway.call(List.of(SystemMessage.from(prompts.system()), UserMessage.from(request)),
                gateway.budget().dividedBy(BUDGET_SHARE));
        return reply instanceof ModelReply.Text text ? accept(text.text(), question) : question;
    }

    @Override
    public void remember(ConversationId conversation, String question, Answer answer) {
        if (conversation == null) {
            return;
        }
        ChatMemory memory = memories.get(conversation, id -> MessageWindowChatMemory.builder()
                .id(id).maxMessages(memoryMessages).build());
        // Two questions of one conversation may finish at once: keep each turn's pair together.
        synchronized (memory) {
            memory.add(UserMessage.from(question));
            memory.add(AiMessage.from(said(answer)));
        }
    }

    private static List<ChatMessage> snapshot(ChatMemory memory) {
        synchronized (memory) {
            return List.copyOf(memory.messages());
        }
    }

    /** What the bot said, with what it cited: "it" in the next question may mean the film cited. */
    private static String said(Answer answer) {
        String sources = answer.citations().stream().map(Citation::label).distinct().collect(Collectors.joining("; "));
        return sources.isEmpty() ? answer.text() : answer.text() + "\n(Sources: " + sources + ")";
    }

    private static String fenced(ChatMessage message) {
        return message instanceof UserMessage user ? Fence.turn("user", user.singleText())
                : Fence.turn("bot", ((AiMessage) message).text());
    }

    /** The model's rewrite when it looks like one question; else the question as asked. */
    private String accept(String rewritten, String question) {
        String line = rewritten.strip().lines().findFirst().orElse("").strip();
        if (line.length() >= 2 && line.startsWith("\"") && line.endsWith("\"")) {
            line = line.substring(1, line.length() - 1).strip();
        }
        boolean plausible = !line.isEmpty() && line.length() <= maxQuestionLength && !line.contains("<<<")
                && !line.contains(">>>");
        return plausible ? line : question;
    }
}
