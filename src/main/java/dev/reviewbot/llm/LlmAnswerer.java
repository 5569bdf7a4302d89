package dev.reviewbot.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Answerer;
import dev.reviewbot.library.Catalog;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.retrieval.Retrieval;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has a language model write the answer from the retrieved review sections, with the extractive answer as
 * the floor: when the extractive answerer declines the model is not asked at all (the reviews do not
 * cover the question), and when the model fails, is slow, or answers without valid citations, the
 * extractive answer is shown instead, so this answerer is never worse than it.
 */
public final class LlmAnswerer implements Answerer {

    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);

    static final String NOTE_SLOW = "The language model took too long, so these are the reviews' own words.";
    static final String NOTE_DOWN = "The language model is unavailable, so these are the reviews' own words.";

    private final Answerer floor;
    private final ModelGateway gateway;
    private final Prompts prompts;
    private final int maxSections;
    private final String identity;

    /** @param model the provider and model name, for the cache key (e.g. "ollama:llama3.1:8b") */
    public LlmAnswerer(Answerer floor, ModelGateway gateway, Prompts prompts, int maxSections, String model) {
        this.floor = floor;
        this.gateway = gateway;
        this.prompts = prompts;
        this.maxSections = maxSections;
        this.identity = "llm:" + model + ":prompts-" + prompts.version();
    }

    @Override
    public Answer answer(Question question, Retrieval retrieval, Catalog catalog) {
        Answer extractive = floor.answer(question, retrieval, catalog);
        if (!(extractive instanceof Answer.Grounded grounded)) {
            return extractive; // nothing in the reviews answers: no model may claim otherwise
        }
        List<Source> sources = Sources.select(grounded, retrieval, catalog, maxSections);
        if (sources.isEmpty()) {
            return extractive;
        }
        String request = prompts.answerRequest(Fence.sections(sources), Fence.question(question.text()));
        ModelReply reply = gateway.call(List.of(SystemMessage.from(prompts.system()), UserMessage.from(request)),
                gateway.budget());
        if (reply instanceof ModelReply.Failed failed) {
            String note = failed.failure() == ModelReply.Failure.TIMEOUT ? NOTE_SLOW : NOTE_DOWN;
            return new Answer.Grounded(grounded.question(), grounded.citations(), null, note);
        }
        Grounding.Checked checked = Grounding.check(question.text(), ((ModelReply.Text) reply).text(), sources,
                prompts.ownText());
        if (checked.answer().isEmpty()) {
            // The model answered, just not in a way that can be checked: the quotes are the honest answer.
            LOG.info("model answer refused ({}); showing the extractive answer", checked.rejection());
            return extractive;
        }
        return checked.answer().get();
    }

    @Override
    public String cacheIdentity() {
        return identity;
    }
}
