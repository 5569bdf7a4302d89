/**
 * Optional LLM answers, with the extractive answer as the floor. {@link dev.reviewbot.llm.LlmAnswerer} has
 * a LangChain4j chat model ({@link dev.reviewbot.llm.ChatModels}: OpenAI-compatible or Ollama) write the
 * answer from fenced review sections, and checks its citations ({@code Grounding}) before showing it;
 * {@link dev.reviewbot.llm.LlmQuestionRewriter} makes follow-ups stand alone from the conversation's recent
 * turns; {@link dev.reviewbot.llm.ModelGateway} holds the time budget and the circuit breaker. Prompt text
 * lives only in prompts/ ({@link dev.reviewbot.llm.Prompts}). With {@code llm.provider: none} none of this
 * is built: the extractive answerer is used as it is.
 */
package dev.reviewbot.llm;
