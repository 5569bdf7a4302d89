package dev.reviewbot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.ReviewLibrary;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.HybridRetriever;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.retrieval.QuestionAnalyzer;
import dev.reviewbot.retrieval.Retrieval;
import dev.reviewbot.retrieval.ScoredPassage;
import dev.reviewbot.text.TextCleaner;
import dev.reviewbot.text.TitleMatcher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.reviewbot.retrieval.FilmDescription;
import dev.reviewbot.retrieval.PeopleNames;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The one way questions are answered, whatever the platform: validate, make a follow-up stand alone (with
 * an LLM's {@link QuestionRewriter}), resolve the film (named, scoped, or carried by the conversation),
 * answer from cache or retrieval, remember what the conversation is about.
 */
public final class AnswerService {

    private final ReviewLibrary library;
    private final QuestionAnalyzer analyzer;
    private final HybridRetriever retriever;
    private final Answerer answerer;
    private final QuestionRewriter rewriter;
    private final Cache<AnswerKey, CachedAnswer> answers;
    private final Conversations conversations;
    private final int maxQuestionLength;
    private final Counter answered;
    private final Counter declined;
    private final OpinionAnswers opinions;
    private volatile Map.Entry<Catalog, PeopleNames> names;

    public AnswerService(ReviewLibrary library, QuestionAnalyzer analyzer, HybridRetriever retriever,
                         Answerer answerer, Cache<AnswerKey, CachedAnswer> answers, Conversations conversations,
                         int maxQuestionLength, MeterRegistry meters, QuestionRewriter rewriter) {
        this(library, analyzer, retriever, answerer, answers, conversations, maxQuestionLength, meters, rewriter,
                OpinionAnswers.NONE);
    }

    /** @param opinions answers pros and cons, disagreement and comparisons by sentence polarity */
    public AnswerService(ReviewLibrary library, QuestionAnalyzer analyzer, HybridRetriever retriever,
                         Answerer answerer, Cache<AnswerKey, CachedAnswer> answers, Conversations conversations,
                         int maxQuestionLength, MeterRegistry meters, QuestionRewriter rewriter,
                         OpinionAnswers opinions) {
        this.opinions = opinions;
        this.library = library;
        this.analyzer = analyzer;
        this.retriever = retriever;
        this.answerer = answerer;
        this.rewriter = rewriter;
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
        String standalone = rewriter.standalone(conversation, text);
        Catalog catalog = library.catalog();
        List<String> scope = film.map(f -> List.of(resolveFilm(f, catalog))).orElse(List.of());
        Conversations.State context = scope.isEmpty() ? conversations.stateOf(conversation) : Conversations.State.NONE;
        AnswerKey key = new AnswerKey(TextCleaner.normalize(standalone), scope, context, catalog.version(),
                answerer.cacheIdentity());
        CachedAnswer hit = answers.getIfPresent(key);
        CachedAnswer result = hit != null ? hit : answers.get(key, k -> answer(standalone, scope, context, catalog));
        if (hit == null && result.answer() instanceof Answer.Grounded g && g.note() != null) {
            // A note tells of this moment (the model was down or slow): the next asker may get a better answer.
            answers.invalidate(key);
        }
        (result.answer().grounded() ? answered : declined).increment();
        conversations.remember(conversation, result.films(), result.question());
        rewriter.remember(conversation, standalone, result.answer());
        return new AnswerResult(result.answer(), hit != null, Duration.ofNanos(System.nanoTime() - start), result.topic());
    }

    /**
     * What a question is understood as and what retrieval finds for it, or the answer given before retrieval
     * (a film not stored, metadata, an opinion). For fitting the sentence scoring: the answerer's choice is then replayed
     * with other weights.
     */
    public record Prepared(Question question, Retrieval retrieval, Catalog catalog, Answer early) {
    }

    /** Prepares a one-off question, scoped to {@code film} when one is given. */
    public Prepared prepare(String question, Optional<String> film) {
        String text = TextCleaner.clean(question).replaceAll("\\s+", " ").strip();
        Catalog catalog = library.catalog();
        List<String> scope = film.map(f -> List.of(resolveFilm(f, catalog))).orElse(List.of());
        return prepare(text, scope, Conversations.State.NONE, catalog);
    }

    private CachedAnswer answer(String text, List<String> scope, Conversations.State context, Catalog catalog) {
        Prepared prepared = prepare(text, scope, context, catalog);
        if (prepared.early() != null) {
            Answer found = orCertificate(prepared.question(), prepared.early(), catalog);
            Question question = prepared.question();
            List<String> about = found.grounded() && question.unknownFilm() == null
                    ? List.of(found.citations().get(0).review()) : question.unknownFilm() == null ? question.films() : List.of();
            return new CachedAnswer(found, about, question.searchText(), topic(question));
        }
        Question question = prepared.question();
        Answer found = withItsWords(question, answerer.answer(question, prepared.retrieval(), catalog), catalog);
        Answer answer = withItsRating(question, orCertificate(question,
                opinions.withEveryReviewersView(question, found, prepared.retrieval(), catalog), catalog), catalog);
        List<String> about = answer.grounded() ? List.of(answer.citations().get(0).review()) : question.films();
        return new CachedAnswer(answer, about, question.searchText(), topic(question));
    }

    /**
     * "Is Twankey suitable for children?" where no sentence of its review is on children: the certificate the review
     * gives it ("Twankey (PG, 2026, 97 minutes)") answers, where there is one, rather than a decline.
     */
    private static Answer orCertificate(Question question, Answer answer, Catalog catalog) {
        if (answer.grounded() || question.unknownFilm() != null || question.films().size() != 1
                || question.aspects().stream().noneMatch(a -> AspectVocabulary.AUDIENCE.equals(a.name()))) {
            return answer;
        }
        return MetadataAnswers.statedCertificate(question, catalog).orElse(answer);
    }

    /**
     * "Umbriel score" is a film and one word that names both its music and its reviewers' mark: the sentence on the
     * music is found as any other answer, and each review's rating follows it, where the answer does not hold it yet.
     */
    static Answer withItsRating(Question question, Answer answer, Catalog catalog) {
        // A written answer's prose points into its quotes; one more quote would be cited by nothing.
        if (!(answer instanceof Answer.Grounded grounded) || grounded.prose() != null || question.films().size() != 1
                || !TextCleaner.wordsOnly(question.searchText()).equals(MARK_OR_MUSIC)) {
            return answer;
        }
        List<Citation> quotes = new java.util.ArrayList<>(grounded.citations());
        for (dev.reviewbot.review.Review review : catalog.reviewsOf(question.films().get(0))) {
            MetadataAnswers.ratingBeside(review, quotes.stream().map(Citation::quote).toList()).ifPresent(quotes::add);
        }
        return quotes.size() == grounded.citations().size() ? answer : new Answer.Grounded(grounded.question(), quotes, null, grounded.note());
    }

    /** The one word that names both a film's music and the mark a review gives it, asked alone beside the title. */
    private static final String MARK_OR_MUSIC = "score";

    /** At most this many words of its own in a question that names no film: a name, not a description. */
    private static final int NAMING_WORDS = 2;

    /**
     * A question naming no film whose own words (beyond the aspect asked) are a word or two is answered only from a
     * film whose reviews hold one of them: "who directed jaws" and "how scary is hereditary" name a film the library lacks
     * in words the reviews use elsewhere, and another film's direction or scares are no answer. A description names
     * its film by its words ("which film has a flamethrower scene?"), and that film's reviews hold them.
     */
    private static Answer withItsWords(Question question, Answer answer, Catalog catalog) {
        List<String> own = question.terms().stream().filter(t -> !question.aspectTerms().contains(t)).toList();
        if (!answer.grounded() || !question.films().isEmpty() || own.isEmpty() || own.size() > NAMING_WORDS) {
            return answer;
        }
        String film = answer.citations().get(0).review();
        String text = catalog.reviewsOf(film).stream().flatMap(r -> r.sections().stream())
                .map(section -> section.name() + "\n" + section.text()).collect(java.util.stream.Collectors.joining("\n"))
                .toLowerCase(java.util.Locale.ROOT);
        // One of them held will do: "verandas runtime" asks for a kind of fact in its second word.
        boolean holds = own.stream().anyMatch(term -> java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(
                term.substring(0, Math.min(term.length(), Math.max(3, term.length() - 1))))).matcher(text).find());
        return holds ? answer : new Answer.Declined(question.text(), "The stored reviews don't say.", catalog.films());
    }

    private Prepared prepare(String text, List<String> scope, Conversations.State context, Catalog catalog) {
        TitleMatcher known = scope.isEmpty() ? catalog.titles() : new TitleMatcher(scope);
        List<String> fallback = scope.isEmpty() ? context.films() : scope;
        Question question = analyzer.analyze(text, known, fallback, catalog.reviewers(), names(catalog));
        if (question.reviewer() != null && !question.scoped()) {
            // "What did Colin Ashby think?" is about the film Colin Ashby reviewed.
            String reviewer = question.reviewer();
            List<String> reviewed = catalog.reviews().stream().filter(r -> reviewer.equals(r.reviewer()))
                    .map(r -> r.title()).distinct().toList();
            // Unscoped means no film was named, so only the films change: no second analysis.
            question = question.withFilms(reviewed.size() == 1 ? reviewed : fallback);
        }
        if (question.aspects().isEmpty() && question.terms().isEmpty() && (!question.summary() || onlyNamesAFilm(question))
                && context.lastQuestion() != null && !question.films().equals(context.films())) {
            // "and in Hollow Creek?": the last question again, about the film just named.
            question = analyzer.analyze(context.lastQuestion(), known, question.films(), catalog.reviewers(), names(catalog));
        }
        if (scope.isEmpty() && known.titlesIn(text).isEmpty()) {
            // "Who directed the one about the lifeboat crew?": the film is the one whose reviews fit the description.
            Optional<Question> described = described(text, known, catalog, question.unknownFilm() != null);
            if (described.isPresent()) {
                question = described.get();
            }
        }
        if (question.unknownFilm() != null) {
            return new Prepared(question, null, catalog, notStored(question, catalog));
        }
        List<String> named = scope.isEmpty() ? inOrderAsked(text, known.titlesIn(text)) : List.of();
        if (named.size() >= 2 && new java.util.HashSet<>(question.films()).equals(new java.util.HashSet<>(named))) {
            Optional<Answer> compared = compareNamed(question, named, catalog);
            if (compared.isPresent()) {
                return new Prepared(question, null, catalog, compared.get());
            }
        }
        Question asked = question;
        Optional<Answer> metadata = MetadataAnswers.answer(asked, catalog)
                .or(() -> RuntimeAnswers.ofFilm(asked, catalog, analyzer.terms()))
                .or(() -> RuntimeAnswers.judged(asked, catalog, analyzer.terms()))
                .or(() -> LanguageAnswers.ofFilm(asked, catalog, analyzer.terms()));
        if (metadata.isPresent()) {
            return new Prepared(question, null, catalog, metadata.get());
        }
        Optional<Answer> course = CourseOfTheFilm.answer(question, catalog, c -> opinions.polarityOf(c, catalog));
        if (course.isPresent()) {
            return new Prepared(question, null, catalog, course.get());
        }
        Optional<Answer> opinion = opinions.answer(question, catalog, retriever::retrieve);
        if (opinion.isPresent()) {
            return new Prepared(question, null, catalog, opinion.get());
        }
        Optional<Answer> use = opinions.forAUse(question, catalog, q -> answerer.answer(q, retriever.retrieve(q), catalog));
        if (use.isPresent()) {
            return new Prepared(question, null, catalog, use.get());
        }
        Optional<Answer> quality = opinions.ofAQuality(question, catalog, q -> answerer.answer(q, retriever.retrieve(q), catalog));
        if (quality.isPresent()) {
            return new Prepared(question, null, catalog, quality.get());
        }
        return new Prepared(question, retriever.retrieve(question), catalog, null);
    }

    /**
     * "and in Neon Harvest?", "what about Neon Harvest?": besides the film, only words that ask nothing of their own
     * (English stop words, and "what", "how", "about"). Outside a conversation such a question is the film's summary;
     * in one it changes only the film of the last question. "Neon Harvest review" or "tell me about Neon Harvest" ask
     * for the review itself.
     */
    private static boolean onlyNamesAFilm(Question question) {
        return question.people().isEmpty() && question.reviewer() == null
                && Stream.of(TextCleaner.wordsOnly(question.searchText()).split("\\s+")).filter(w -> !w.isEmpty())
                        .allMatch(w -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w) || FOLLOW_UP_WORDS.contains(w));
    }

    private static final Set<String> FOLLOW_UP_WORDS = Set.of("what", "how", "about");

    /** The titles in the order the question names them ("compare X and Y" puts X first); one typed with typos last. */
    static List<String> inOrderAsked(String text, List<String> titles) {
        String words = " " + TextCleaner.wordsOnly(text) + " ";
        return titles.stream().sorted(java.util.Comparator.comparingInt(t -> {
            int at = words.indexOf(" " + TextCleaner.wordsOnly(t).replaceFirst("^the ", "") + " ");
            return at < 0 ? Integer.MAX_VALUE : at;
        })).toList();
    }

    /**
     * "Which is longer, X or Y?" by their runtimes, "which came out first?" by their years, "which has the higher
     * rating?" by their ratings; anything else asked of each film, side by side.
     */
    private Optional<Answer> compareNamed(Question question, List<String> named, Catalog catalog) {
        if (RuntimeAnswers.asksLength(question.text())) {
            return RuntimeAnswers.compare(question.text(), named, catalog);
        }
        if (ReleaseYears.asksWhen(question.text())) {
            Optional<Answer> years = ReleaseYears.compare(question.text(), named, catalog);
            if (years.isPresent()) {
                return years;
            }
        }
        if (MetadataAnswers.asksRating(question.text())) {
            Optional<Answer> ratings = RatingComparison.compare(question.text(), named, catalog);
            if (ratings.isPresent()) {
                return ratings;
            }
        }
        boolean forAudience = question.aspects().stream().anyMatch(a -> AspectVocabulary.AUDIENCE.equals(a.name()));
        if (forAudience) {
            // "Which is better for kids, X or Y?": where their reviews give both certificates, the censors have ranked them.
            Optional<Answer> certified = Certificates.compare(question, named, catalog);
            if (certified.isPresent()) {
                return certified;
            }
        }
        TitleMatcher known = catalog.titles();
        return opinions.compareNamed(question, named, catalog, film -> {
            Question asked = analyzer.analyze(ComparedQuestion.about(question.text(), named, film), known, List.of(film),
                    catalog.reviewers(), names(catalog));
            Question one = asked.films().equals(List.of(film)) ? asked : question.withFilms(List.of(film));
            Answer answer = MetadataAnswers.answer(one, catalog).orElseGet(() -> answerer.answer(one, retriever.retrieve(one), catalog));
            return forAudience ? Certificates.withCertificate(answer, one, catalog) : answer;
        });
    }

    /**
     * The question with the film it describes ("the documentary about the piano twins, how long is it") as its
     * film: the description is searched on its own across every review, the film of the passage that fits it
     * best is the one meant, and the question is then asked of it. Empty when the question describes no film or
     * asks nothing beside the description ("what's the film with the hedgehog?" asks which film: answered as is).
     */
    private Optional<Question> described(String text, TitleMatcher known, Catalog catalog, boolean namesUnknownFilm) {
        // "Which film has the best score?" asks to rank the films, not which one the words describe.
        Optional<FilmDescription> description = FilmDescription.in(text)
                .or(() -> FilmDescription.asked(text).filter(d -> !opinions.asksAnOpinion(text)));
        if (description.isEmpty()) {
            return Optional.empty();
        }
        // "the iron giant movie, who voices the robot": in a title's place, words read as a film not stored are one,
        // unless one stored film's found passages hold every one of them, two or more ("the pork pie film": a review
        // of Hot Water Crust says "pork" in one paragraph and "pie" in another).
        boolean titleOrDescription = description.get().titlePlace() && namesUnknownFilm;
        Question about = analyzer.analyze(description.get().description(), known, List.of(), catalog.reviewers(), names(catalog));
        // A description holding a word no review uses ("the one about the talking dog") fits no stored film; one of
        // common words alone ("the whole movie") describes none.
        if (!about.films().isEmpty() || !about.missing().isEmpty() || about.terms().isEmpty()) {
            return Optional.empty();
        }
        Retrieval found = retriever.retrieve(about);
        if (found.passages().isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<String, Set<String>> fit = describedFilm(about, found);
        if (titleOrDescription && (about.terms().size() < 2 || fit.getValue().size() < about.terms().size())) {
            return Optional.empty();
        }
        String film = fit.getKey();
        Question rest = analyzer.analyze(description.get().rest(), known, List.of(film), catalog.reviewers(), names(catalog));
        boolean asks = !rest.aspects().isEmpty() || !rest.terms().isEmpty() || !rest.people().isEmpty()
                || rest.expected() != dev.reviewbot.retrieval.ExpectedAnswer.ANY || rest.summary();
        if (!asks || rest.unknownFilm() != null) {
            return Optional.empty();
        }
        // "What's the documentary about the bell foundry called?" asks which film it is: the description's own
        // evidence, in the film found, answers (no review has a part on its title).
        if (rest.people().isEmpty() && !rest.aspects().isEmpty()
                && rest.aspects().stream().allMatch(a -> dev.reviewbot.retrieval.AspectVocabulary.TITLE.equals(a.name()))) {
            return Optional.of(about.withFilms(List.of(film)));
        }
        // The question keeps its words ("was that scene good" is about the chase described; "who directed the one
        // about the lifeboat crew" finds "Orla Haddad's drama about a lifeboat crew"), unless they read as a film
        // not stored ("the documentary about the piano twins").
        Question whole = analyzer.analyze(text, known, List.of(film), catalog.reviewers(), names(catalog));
        // Before the word for the film ("the night bus driver thriller, how long is it") the description only names it.
        // After it, the description stays part of what is asked when the rest asks nothing of its own or points back
        // at it ("was that scene good"); "the christmas one with the santas on strike, is it for kids" asks the rest.
        boolean keepsItsWords = !description.get().titlePlace() && whole.unknownFilm() == null && whole.films().equals(List.of(film))
                && (asksNothingOfItsOwn(rest) || POINTS_BACK.matcher(description.get().rest()).find());
        return Optional.of((keepsItsWords ? whole : rest).describingItsFilm());
    }

    /** "that scene", "this bit": a demonstrative before a noun, in what is asked beside a description, means the thing described. */
    private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile("(?i)\\b(?:that|this|those|these)\\s+\\p{L}{3,}");

    private static boolean asksNothingOfItsOwn(Question rest) {
        return rest.aspects().isEmpty() && rest.people().isEmpty() && rest.expected() == dev.reviewbot.retrieval.ExpectedAnswer.ANY;
    }

    /**
     * The film whose found passages hold the most of the description's words between them: a description's words
     * spread over a review ("the cartoon with the brass fox": "cartoon" in one paragraph, "brass fox" in another),
     * while another film's best passage may share only one of them. Counted, not weighed: a rare word of no
     * content ("someone") would outweigh the one that describes. The best passage breaks a tie. Returned with the
     * description's words its passages hold.
     */
    private Map.Entry<String, Set<String>> describedFilm(Question about, Retrieval found) {
        Map<String, Set<String>> held = new LinkedHashMap<>();
        for (ScoredPassage scored : found.passages()) {
            Set<String> terms = held.computeIfAbsent(scored.passage().film(), f -> new HashSet<>());
            about.terms().stream().filter(SentenceWords.of(scored.passage().text(), analyzer.terms()).contains()).forEach(terms::add);
        }
        return held.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size())).orElseThrow();
    }

    /** What the question was about, for the admins' report: a film not stored is named as asked. */
    private static AnswerResult.Topic topic(Question question) {
        return new AnswerResult.Topic(question.unknownFilm() != null ? List.of(question.unknownFilm()) : question.films(),
                aspectNames(question));
    }

    private static List<String> aspectNames(Question question) {
        return question.aspects().stream().map(a -> a.name()).toList();
    }

    /**
     * The names the catalog's reviews use: found once for the first version, then followed from version to
     * version through the reviews that changed (an ingest at 10,000 reviews reads one review, not 10,000).
     */
    private PeopleNames names(Catalog catalog) {
        Map.Entry<Catalog, PeopleNames> known = names;
        if (known == null || known.getKey() != catalog) {
            PeopleNames next;
            if (known == null) {
                next = PeopleNames.NONE.with(List.of(), catalog.reviews());
            } else {
                Catalog.Changes changes = catalog.changesSince(known.getKey());
                next = known.getValue().with(changes.removed(), changes.added());
            }
            known = Map.entry(catalog, next);
            names = known;
        }
        return known.getValue();
    }

    /** "I have no review of The Godfather. I have reviews of: ...": never another film's quotes. */
    private static Answer notStored(Question question, Catalog catalog) {
        List<String> films = catalog.films();
        String stored = films.isEmpty() ? "I have no reviews yet."
                : "I have reviews of: " + (films.size() <= 10 ? String.join(", ", films)
                        : String.join(", ", films.subList(0, 10)) + " and " + (films.size() - 10) + " more") + ".";
        return new Answer.Declined(question.text(), "I have no review of " + question.unknownFilm() + ". " + stored, List.of());
    }

    /** The stored film a user meant by {@code typed}; the catalogue resolves it. */
    public String resolveFilm(String typed, Catalog catalog) {
        return catalog.film(typed).orElseThrow(() -> new InvalidQuestionException(catalog.unknownFilm(typed)));
    }

    public Cache<AnswerKey, CachedAnswer> answerCache() {
        return answers;
    }

    public long answeredCount() {
        return (long) answered.count();
    }

    public long declinedCount() {
        return (long) declined.count();
    }
}
