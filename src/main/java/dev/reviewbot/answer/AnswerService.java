package dev.reviewbot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.ReviewLibrary;
import dev.reviewbot.retrieval.FilmMatcher;
import dev.reviewbot.retrieval.HybridRetriever;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.retrieval.QuestionAnalyzer;
import dev.reviewbot.text.TextCleaner;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The one way questions are answered, whatever the platform: validate, resolve the film (named, scoped,
 * or carried by the conversation), answer from cache or retrieval, remember what the conversation is about.
 */
public final class AnswerService {

    private final ReviewLibrary library;
    private final QuestionAnalyzer analyzer;
    private final HybridRetriever retriever;
    private final ExtractiveAnswerer answerer;
    private final Cache<AnswerKey, Answer> answers;
    private final Conversations conversations;
    private final int maxQuestionLength;
    private final Counter answered;
    private final Counter declined;

    public AnswerService(ReviewLibrary library, QuestionAnalyzer analyzer, HybridRetriever retriever,
                         ExtractiveAnswerer answerer, Cache<AnswerKey, Answer> answers, Conversations conversations,
                         int maxQuestionLength, MeterRegistry meters) {
        this.library = library;
        this.analyzer = analyzer;
        this.retriever = retriever;
        this.answerer = answerer;
        this.answers = answers;
        this.conversations = conversations;
        this.maxQuestionLength = maxQuestionLength;
        this.answered = meters.counter("reviewbot.questions", "outcome", "answered");
        this.declined = meters.counter("reviewbot.questions", "outcome", "declined");
    }

    /**
     * @param conversation where the question was asked, for follow-ups; null for a one-off question
     * @param film         a film to scope the question to, as the user typed it; empty for none
     * @throws InvalidQuestionException for an empty or over-long question, or an unknown film
     */
    public AnswerResult ask(ConversationId conversation, String question, Optional<String> film) {
        long start = System.nanoTime();
        String text = question == null ? "" : TextCleaner.clean(question).replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            throw new InvalidQuestionException("the question is empty: ask something about a film review");
        }
        if (text.length() > maxQuestionLength) {
            throw new InvalidQuestionException("the question is " + text.length() + " characters long; the limit is "
                    + maxQuestionLength);
        }
        Catalog catalog = library.catalog();
        List<String> scope = film.map(f -> List.of(resolveFilm(f, catalog))).orElse(List.of());
        List<String> known = scope.isEmpty() ? catalog.films() : scope;
        Conversations.State context = conversations.stateOf(conversation);
        List<String> fallback = scope.isEmpty() ? context.films() : scope;
        List<String> reviewers = catalog.reviews().stream().map(r -> r.reviewer()).filter(java.util.Objects::nonNull)
                .distinct().toList();
        Question understood = analyzer.analyze(text, known, fallback, reviewers);
        if (understood.reviewer() != null && !understood.scoped()) {
            // "What did Colin Ashby think?" is about the film Colin Ashby reviewed.
            String reviewer = understood.reviewer();
            List<String> reviewed = catalog.reviews().stream().filter(r -> reviewer.equals(r.reviewer()))
                    .map(r -> r.title()).distinct().toList();
            understood = analyzer.analyze(text, known, reviewed.size() == 1 ? reviewed : fallback, reviewers);
        }

        if (understood.aspects().isEmpty() && understood.terms().isEmpty() && !understood.summary()
                && context.lastQuestion() != null && !understood.films().equals(context.films())) {
            // "and in Hollow Creek?": the last question again, about the film just named.
            understood = analyzer.analyze(context.lastQuestion(), known, understood.films(), reviewers);
        }
        Question asked = understood;
        AnswerKey key = new AnswerKey(TextCleaner.normalize(asked.text()), asked.films(), catalog.version());
        Answer cachedAnswer = answers.getIfPresent(key);
        Answer answer = cachedAnswer != null ? cachedAnswer
                : answers.get(key, k -> answerer.answer(asked, retriever.retrieve(asked), catalog));
        (answer.grounded() ? answered : declined).increment();
        conversations.remember(conversation, answer.grounded()
                ? List.of(answer.citations().get(0).review()) : asked.films(), asked.searchText());
        return new AnswerResult(answer, cachedAnswer != null, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The stored film a user meant by {@code typed}. */
    public String resolveFilm(String typed, Catalog catalog) {
        String film = FilmMatcher.closest(typed, catalog.films());
        if (film == null) {
            throw new InvalidQuestionException("unknown film '" + typed.strip() + "'; stored films: "
                    + (catalog.films().isEmpty() ? "none" : String.join(", ", catalog.films())));
        }
        return film;
    }

    public Cache<AnswerKey, Answer> answerCache() {
        return answers;
    }

    public long answeredCount() {
        return (long) answered.count();
    }

    public long declinedCount() {
        return (long) declined.count();
    }
}
