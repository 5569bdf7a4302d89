package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.Passage;
import dev.reviewbot.opinion.OpinionAsk;
import dev.reviewbot.opinion.OpinionReader;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.ExpectedAnswer;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.retrieval.Retrieval;
import dev.reviewbot.retrieval.Terms;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Questions about opinions, answered by the polarity stored with every sentence rather than by resemblance:
 * pros and cons of a film, where its reviewers disagree, which film is best at something. Beside
 * {@link MetadataAnswers}: tried before the extractive answerer, and empty when the question is none of
 * these or the reviews hold no evidence for it (then the extractive answerer answers or declines).
 */
public final class OpinionAnswers {

    /**
     * A question opening with an auxiliary verb asks yes or no, one opening "how is..." asks how: neither asks
     * for one side's sentences. Grammar, a closed set, not vocabulary.
     */
    private static final java.util.regex.Pattern YES_NO = java.util.regex.Pattern.compile(
            "^(?i)(overall,? )?(how )?(is|are|was|were|does|do|did|has|have|can|could|will|would|should)\\b");

    /** Answers no question as an opinion question. */
    public static final OpinionAnswers NONE = new OpinionAnswers(OpinionReader.NONE, null, null, null, id -> List.of(), 3);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OpinionAnswers.class);

    private final OpinionReader reader;
    private final AspectVocabulary vocabulary;
    private final Function<String, List<Passage>> passagesOf;
    private final ProsAndCons prosAndCons;
    private final Disagreement disagreement;
    private final FilmComparison comparison;
    private final int maxQuotes;
    private final Terms terms;
    private final NamedSection namedSection;

    /**
     * "Better", "worse": the comparative forms of the verdict's own vague words, and the words that join the films
     * compared ("X vs Y", "X or Y", "better than"). Grammar, a closed set, not vocabulary.
     */
    private static final List<String> COMPARING_WORDS = List.of("better", "worse", "higher", "lower", "than", "vs", "versus", "or");

    /**
     * @param scoring    the sentence scoring model, whose weights also pick each reviewer's sentence on a point
     * @param passagesOf every stored passage of a review, by review id, with its sentences' polarity
     * @param maxQuotes  sentences quoted at most (answers.max-quotes)
     */
    public OpinionAnswers(OpinionReader reader, AspectVocabulary vocabulary, Terms terms, ScoringModel scoring,
                          Function<String, List<Passage>> passagesOf, int maxQuotes) {
        this.reader = reader;
        this.vocabulary = vocabulary;
        this.passagesOf = passagesOf;
        this.prosAndCons = new ProsAndCons(reader, vocabulary);
        this.disagreement = new Disagreement(vocabulary, terms, reader.settings().minPolarity(), scoring,
                terms == null ? java.util.Set.of() : java.util.Set.copyOf(terms.of(reader.askingWords())));
        this.comparison = new FilmComparison(vocabulary, terms);
        this.maxQuotes = maxQuotes;
        this.terms = terms;
        this.namedSection = terms == null ? null : new NamedSection(vocabulary, terms);
    }

    /**
     * A question naming several stored films: "is X better than Y?" on the whole is ranked by their ratings and
     * verdicts ({@link FilmComparison}); asked about something ("compare the acting in X and Y", "X or Y, which is
     * funnier?") it is asked of each film on its own and each film's evidence quoted, the film whose evidence leans
     * the asked way first ({@link SideBySide}).
     *
     * @param perFilm the answer to the question scoped to one film
     */
    Optional<Answer> compareNamed(Question question, List<String> named, Catalog catalog, Function<String, Answer> perFilm) {
        String generic = dev.reviewbot.retrieval.QuestionAnalyzer.withTitlesGeneric(question.text(), named);
        Optional<OpinionAsk> read = reader.read(generic, null, generic,
                dev.reviewbot.retrieval.QuestionAnalyzer.withoutTitlesAsked(question.text(), named));
        boolean comparing = read.isPresent() && read.get().kind() == dev.reviewbot.opinion.OpinionKind.COMPARISON;
        if (comparing && asksTheVerdictOnly(question)) {
            Optional<Answer> ranked = comparison.answer(question, read.get(), named, true, catalog, passagesOf, maxQuotes);
            if (ranked.isPresent()) {
                return ranked;
            }
        }
        // "Which is funnier?", "is X slower than Y?" ask which comes out ahead: ranked; "compare the acting in X and
        // Y" asks for both: in the order named, the prose saying which the reviews speak of more warmly.
        boolean ranks = ASKS_WHICH.matcher(question.text()).find();
        int side = comparing ? read.get().sideOrPraise() : 1;
        Function<String, Answer> evidence = film -> {
            Answer answer = perFilm.apply(film);
            if (answer.grounded()) {
                return answer;
            }
            // The review never says it in the question's words ("scary"): its sentences on the aspect leaning the asked way.
            return comparison.evidenceOn(question, film, side, catalog, passagesOf)
                    .<Answer>map(c -> new Answer.Grounded(question.text(), List.of(c))).orElse(answer);
        };
        // "Which is slower / scarier / funnier?" asks which film has more of a quality, not which the reviews like more
        // on it: the film whose nearest sentence is nearest in meaning to the quality stated ("It is slow.") comes first.
        Optional<String> quality = ranks ? ComparedQuestion.quality(question.text()) : Optional.empty();
        // "Which is better for little kids?" weighs the films for a use, not on the whole: the film whose evidence is
        // nearest in meaning to the use stated ("It is good for little kids.") comes first, as for a quality.
        Optional<String> purpose = ranks && quality.isEmpty() ? ComparedQuestion.purpose(question.text(), named) : Optional.empty();
        if (quality.isPresent() || purpose.isPresent()) {
            String stated = quality.isPresent() ? "It is " + quality.get() + "." : "It is good for " + purpose.get() + ".";
            // Of two films both called funny, the warmer; of two called slow, the colder: the quality's own side.
            double lean = Math.signum(reader.polarityOf(stated))
                    * (quality.isPresent() ? reader.settings().qualityWarmth() : reader.settings().useWarmth());
            if (quality.isPresent()) {
                // Nearness is resemblance to the statement plus the lean from "It is a film." towards the quality:
                // resemblance alone favours any remark on the film ("it is not a great film, but...").
                java.util.function.ToDoubleFunction<String> towards = reader.towards("It is a film.", "It is a " + quality.get() + " film.");
                QualityEvidence nearest = new QualityEvidence(s -> towards.applyAsDouble(s) + reader.resemblance(stated, s), lean, catalog, passagesOf);
                return SideBySide.answer(question.text(), named, film -> nearest.answer(question.text(), film, evidence),
                        nearest::score, 1, true, false);
            }
            // A use is weighed on each film's answer to the question asked of it alone: the sentence nearest
            // "It is a film for little kids." is as likely to be on a children's choir in the score.
            return SideBySide.answer(question.text(), named, evidence, c -> {
                double polarity = polarityOf(c, catalog);
                return reader.resemblance(stated, c.quote()) + (Double.isNaN(polarity) || Double.isNaN(lean) ? 0 : lean * polarity);
            }, 1, true, false);
        }
        return SideBySide.answer(question.text(), named, evidence, c -> polarityOf(c, catalog), side, ranks, true);
    }

    /**
     * "Who liked Larkspur Motel more?": "who" about a film with several reviews and nothing but the verdict asks which
     * of its reviewers, an opinion; "who plays the sheriff" asks about the acting, "who directed it" the direction.
     */
    private static boolean asksWhichReviewer(Question question, Catalog catalog) {
        return question.expected() == ExpectedAnswer.PERSON && question.people().isEmpty() && question.films().size() == 1
                && catalog.reviewsOf(question.films().get(0)).size() >= 2
                && question.aspects().stream().allMatch(a -> AspectVocabulary.VERDICT.equals(a.name()));
    }

    /**
     * "Is everyone good in Catflap?", "is the whole cast good?", "are the actors all good?": whether all of the cast is
     * good, asked yes or no. "Everyone good in X" is the cast as "is Abena Townend good in X" is one of them;
     * "is everyone positive about X?" asks the reviewers. Grammar, a closed set.
     */
    private static final java.util.regex.Pattern WHOLE_CAST = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:is|are|was|were)\\s+(?:(?:everyone|everybody)(?:\\s+\\p{L}+){1,2}\\s+in\\b|all\\s+the\\s+(?:cast|actors)|the\\s+(?:whole|entire)\\s+cast"
                    + "|the\\s+(?:cast|actors)\\b[^?]*\\ball\\b)");

    /** A question asking which film comes out ahead, not for both side by side. Grammar, a closed set. */
    private static final java.util.regex.Pattern ASKS_WHICH = java.util.regex.Pattern.compile(
            "(?i)\\b(which|better|worse|best|worst|more|less)\\b|\\b\\p{L}+er than\\b");

    /** Nothing asked but which is better on the whole: no aspect but the verdict, no word but its own and "than". */
    private boolean asksTheVerdictOnly(Question question) {
        if (vocabulary == null || question.aspects().stream().anyMatch(a -> !AspectVocabulary.VERDICT.equals(a.name())
                && !AspectVocabulary.SUMMARY.equals(a.name()) && !AspectVocabulary.TITLE.equals(a.name()))) {
            return false;
        }
        java.util.Set<String> verdictWords = new java.util.HashSet<>(terms.of(String.join(" ", vocabulary.genericWords())));
        vocabulary.aspects().stream().filter(a -> AspectVocabulary.VERDICT.equals(a.name())).forEach(a -> {
            a.questionWords().forEach(w -> verdictWords.addAll(terms.of(w)));
            a.aloneWords().forEach(w -> verdictWords.addAll(terms.of(w)));
        });
        COMPARING_WORDS.forEach(w -> verdictWords.addAll(terms.of(w)));
        // The question's own words, not its terms: a word the analyzer sets aside as vague ("slower") still asks something.
        return verdictWords.containsAll(terms.of(question.searchText()));
    }

    /**
     * "Is Mossback ok for small kids?", "is it good for a date night?": what one film's reviews say of it for a use.
     * Its sentence nearest in meaning to the use stated ("It is good for small kids."), as for "which is better for
     * little kids?", is quoted before the answer to the question itself ({@code alone}), which finds the question's
     * words ("small children in my screening were getting restless") where the reviewer's judgement on the use may be
     * in others ("so this is one for grown-ups"). Unlike the comparison it does not lean towards praise: one film's
     * answer is whatever its reviews say. When the answer alone declines, nothing in the reviews is on the use.
     */
    Optional<Answer> forAUse(Question question, Catalog catalog, Function<Question, Answer> alone) {
        if (question.films().size() != 1 || question.expected() != ExpectedAnswer.ANY || !question.people().isEmpty()
                || question.aspects().stream().anyMatch(a -> !AspectVocabulary.AUDIENCE.equals(a.name())
                        && !AspectVocabulary.VERDICT.equals(a.name()))) {
            return Optional.empty();
        }
        Optional<String> use = ComparedQuestion.use(question.text(), catalog.titles().titlesIn(question.text()));
        if (use.isEmpty()) {
            return Optional.empty();
        }
        Answer answer = alone.apply(question);
        if (!answer.grounded()) {
            return Optional.of(answer);
        }
        String stated = "It is good for " + use.get() + ".";
        QualityEvidence nearest = new QualityEvidence(s -> reader.resemblance(stated, s), 0, catalog, passagesOf);
        return Optional.of(nearest.answer(question.text(), question.films().get(0), film -> answer));
    }

    /**
     * "Is Tawny sad?", "is Raspberry Ripple predictable": a quality one film is asked about. When the answer to the
     * question itself ({@code alone}) finds nothing (no sentence says "sad"), the film's sentence nearest in meaning
     * to the quality ("It is sad.", leaning from "It is a film." towards "It is a sad film.") answers it, as it
     * does for "which is sadder?": "it made me cry twice" says so in other words.
     */
    Optional<Answer> ofAQuality(Question question, Catalog catalog, Function<Question, Answer> alone) {
        if (question.films().size() != 1 || question.expected() != ExpectedAnswer.ANY || !question.people().isEmpty()
                || !question.aspects().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> quality = ComparedQuestion.asked(question.text(), catalog.titles().titlesIn(question.text()));
        if (quality.isEmpty()) {
            return Optional.empty();
        }
        Answer answer = alone.apply(question);
        if (answer.grounded()) {
            return Optional.of(answer);
        }
        String stated = "It is " + quality.get() + ".";
        String plain = "It is a film.";
        String qualified = "It is a " + quality.get() + " film.";
        java.util.function.ToDoubleFunction<String> towards = reader.towards(plain, qualified);
        QualityEvidence nearest = new QualityEvidence(s -> towards.applyAsDouble(s) + reader.resemblance(stated, s), 0, catalog, passagesOf);
        Answer near = nearest.answer(question.text(), question.films().get(0), film -> answer);
        // Evidence, not resemblance: the sentence goes at least half as far from the plain statement towards the
        // quality as the quality's own statement does ("It made me cry twice" for sad; not a remark on the ending).
        double halfway = towards.applyAsDouble(qualified) / 2;
        boolean says = near.grounded() && towards.applyAsDouble(near.citations().get(0).quote()) >= halfway;
        LOG.debug("quality {}: {} (halfway {})", quality.get(), says ? near.citations().get(0).quote() : "nothing near", halfway);
        return Optional.of(says ? near : answer);
    }

    /** Whether the question asks for opinions (pros and cons, where reviewers differ, which film is best), read by its meaning. */
    boolean asksAnOpinion(String text) {
        return reader.read(text).isPresent();
    }

    /** The mean polarity of the stored sentences a quote is made of; NaN when none is scored. */
    double polarityOf(Citation quote, Catalog catalog) {
        return catalog.reviewsOf(quote.review()).stream().flatMap(r -> passagesOf.apply(r.id()).stream())
                .filter(p -> java.util.Objects.equals(p.section(), quote.section()))
                .flatMap(p -> p.sentences().stream())
                .filter(s -> s.scored() && quote.quote().contains(s.text()))
                .mapToDouble(dev.reviewbot.library.ScoredSentence::polarity).average().orElse(Double.NaN);
    }

    /**
     * @param retrieve ranks passages for a question (the film it is scoped to decides which), called only
     *                 when the answer needs it
     */
    Optional<Answer> answer(Question question, Catalog catalog, Function<Question, Retrieval> retrieve) {
        if ((question.expected() != ExpectedAnswer.ANY && !asksWhichReviewer(question, catalog))
                || question.missing().stream().anyMatch(w -> Character.isUpperCase(w.codePointAt(0)))
                || question.aspects().stream().anyMatch(a -> AspectVocabulary.SUMMARY.equals(a.name()))
                || (question.reviewer() != null && question.summary()) || Premise.asksWhatItIsAbout(question)) {
            // "Which is shorter?" wants a runtime, not an opinion; a name no review mentions is declined elsewhere;
            // "summarize it", "what did Colin Ashby think?" ask for the whole review, which the summary answers;
            // "What's Ballerina about?" asks for its story (without its title it reads like "what's good about it?").
            return Optional.empty();
        }
        if (vocabulary != null && question.films().size() == 1 && question.people().isEmpty()
                && WHOLE_CAST.matcher(question.text()).find()) {
            // Yes for some of them, no for others: the best and the worst said of the acting answer it.
            Question ofTheActing = question.withAspects(vocabulary.aspects().stream()
                    .filter(a -> AspectVocabulary.ACTING.equals(a.name())).toList());
            return prosAndCons.naming(ofTheActing, new OpinionAsk(dev.reviewbot.opinion.OpinionKind.PROS_CONS, 0, 0, 1, true),
                    catalog.reviewsOf(question.films().get(0)).stream().flatMap(r -> passagesOf.apply(r.id()).stream()).toList(),
                    maxQuotes);
        }
        if (namedSection != null && namedSection.answer(question, catalog).isPresent()) {
            // "What does it get wrong" naming the review's own heading "What it gets wrong": that section answers,
            // however its sentences lean (an expert's corrections read as neutral).
            return Optional.empty();
        }
        List<String> named = catalog.titles().titlesIn(question.text());
        // The kinds are told from the question with each title read as "the film" ("what did they like about the
        // film?"); without its titles ("...like about?") it reads otherwise. The analyzer's embedding, each title
        // read as "it", tells first whether it may be an opinion question at all, so that only one read as one is
        // embedded again; a question naming no film is the text the analyzer has embedded.
        if (!named.isEmpty() && question.meaning() != null && !reader.mayAsk(question.meaning())) {
            return Optional.empty();
        }
        String generic = dev.reviewbot.retrieval.QuestionAnalyzer.withTitlesGeneric(question.text(), named);
        Optional<OpinionAsk> read = reader.read(generic, named.isEmpty() ? question.meaning() : null, withTopicAsIt(generic, question),
                dev.reviewbot.retrieval.QuestionAnalyzer.withoutTitlesAsked(question.text(), named));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        OpinionAsk ask = read.get();
        if (CommonGround.asksWhatIsShared(question.text()).isPresent() && named.size() == 1
                && catalog.reviewsOf(named.get(0)).size() >= 2) {
            // "What do both reviewers agree on?" asks what they share, however its words lean: the reviewers side by side.
            return disagree(question, ask, catalog, retrieve);
        }
        return switch (ask.kind()) {
            // "Is everyone positive about X?" asks yes or no of every reviewer of a film with several: whether they agree.
            case PROS_CONS -> asksEveryReviewer(question, catalog)
                    ? disagree(question, ask, catalog, retrieve) : prosAndCons(question, ask, catalog);
            // Reviewers disagree about one film; "which got the better review, X or Y?" names two: a comparison.
            case DISAGREEMENT -> named.size() >= 2 ? comparison.answer(question, ask, named, true, catalog, passagesOf, maxQuotes)
                    : asksWhatOneSideIs(question, ask) ? prosAndCons(question, ask, catalog)
                    : disagree(question, ask, catalog, retrieve);
            // "Which reviewer hated it?" compares the reviewers of one film: that is where they disagree; "the worst
            // thing about X" with one review of X compares nothing: its cons answer.
            // Whether something is there ("is there a sequel to X?", read nearest a comparison) compares nothing.
            case COMPARISON -> named.size() == 1 && catalog.reviewsOf(named.get(0)).size() >= 2 && question.reviewer() == null
                    && (!ASKS_WHETHER_THERE_IS.matcher(question.text()).find() || ASKS_FOR_SOMEONE_WHO.matcher(question.text()).find())
                    ? (asksWhatOneSideIs(question, ask) ? prosAndCons(question, ask, catalog) : disagree(question, ask, catalog, retrieve))
                    : named.size() == 1 && question.films().size() == 1
                    ? prosAndCons(question, ask, catalog)
                    : named.size() >= 2
                    ? comparison.answer(question, ask, named, true, catalog, passagesOf, maxQuotes)
                    : named.isEmpty() && catalog.films().size() >= 2 && ask.similarity() >= reader.settings().acrossFilmsSimilarity()
                    ? comparison.answer(question, ask, catalog.films(), false, catalog, passagesOf, maxQuotes)
                    : Optional.empty();
        };
    }

    /**
     * "Is Peter Strand any good?" is about him, "is it any good overall?" asks yes or no (the verdict says), "how is
     * the writing?" asks for neither side: none of them asks for pros and cons.
     */
    private Optional<Answer> prosAndCons(Question question, OpinionAsk ask, Catalog catalog) {
        if (question.films().size() != 1 || !question.people().isEmpty() || YES_NO.matcher(question.text()).find()
                || (ask.direction() == 0 && !ask.bothSides()) || asksTheVerdictAlone(question)) {
            return Optional.empty();
        }
        return prosAndCons.answer(question, ask, catalog.reviewsOf(question.films().get(0)).stream()
                .filter(r -> question.reviewer() == null || question.reviewer().equals(r.reviewer()))
                .flatMap(r -> passagesOf.apply(r.id()).stream()).toList(), maxQuotes);
    }

    /**
     * "What do the critics like about X?", "what do critics dislike about it?": what is on one side, asked of every
     * reviewer of the film as a whole, is their pros or cons, not each one's overall judgement ("did the critics
     * like it?", "which critic was harsher?"), nor their sentences on a part they were asked about.
     */
    private static boolean asksWhatOneSideIs(Question question, OpinionAsk ask) {
        return ask.direction() != 0 && ASKS_WHAT.matcher(question.text()).find() && question.people().isEmpty()
                && question.aspects().stream().allMatch(a -> AspectVocabulary.VERDICT.equals(a.name()));
    }

    /**
     * The question with the words naming the part it asks about put as "it" ("which reviewer liked the ending":
     * "which reviewer liked it"): the words of its aspects' vocabulary, but the verdict's, which are how
     * opinions are asked ("good", "best").
     */
    private String withTopicAsIt(String text, Question question) {
        List<dev.reviewbot.retrieval.Aspect> parts = question.aspects().stream()
                .filter(a -> !AspectVocabulary.VERDICT.equals(a.name())).toList();
        if (parts.isEmpty()) {
            return text;
        }
        List<String> words = new java.util.ArrayList<>(List.of(text.split("\\s+")));
        for (int i = 0; i < words.size(); i++) {
            String plain = dev.reviewbot.text.TextCleaner.wordsOnly(words.get(i)).toLowerCase(java.util.Locale.ROOT);
            if (parts.stream().anyMatch(a -> a.questionWords().contains(plain) || a.sectionWords().contains(plain))) {
                words.set(i, "it");
                // "the ending" is "it", not "the it"
                if (i > 0 && DETERMINERS.contains(words.get(i - 1).toLowerCase(java.util.Locale.ROOT))) {
                    words.remove(--i);
                }
            }
        }
        return String.join(" ", words);
    }

    /** Grammar, a closed set: the words that may stand before a noun naming a part. */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "its", "this", "that", "their");

    /** "Is there a sequel?", "are there aliens in it?": whether a thing is in the film. Grammar, a closed set. */
    static final java.util.regex.Pattern ASKS_WHETHER_THERE_IS = java.util.regex.Pattern.compile("^(?i)(is|are|was|were) there\\b");

    /** "Is there a reviewer who didn't like it?", "is there anyone who...": someone among them, not whether a thing is. */
    private static final java.util.regex.Pattern ASKS_FOR_SOMEONE_WHO = java.util.regex.Pattern.compile(
            "^(?i)(is|are|was|were) there (?:a |an |any )?\\p{L}+ who\\b");

    /** A question asking what something is, not whether, which or who. Grammar, a closed set. */
    private static final java.util.regex.Pattern ASKS_WHAT = java.util.regex.Pattern.compile("^(?i)(so,? |and |but |ok,? )?what\\b");

    /**
     * "Is the music in Twirl good?" of a film several critics reviewed, answered from one of them: the others' views on
     * the music follow, where they speak of it, so that the answer is not one critic's word for all.
     */
    Answer withEveryReviewersView(Question question, Answer answer, Retrieval retrieval, Catalog catalog) {
        if (!(answer instanceof Answer.Grounded grounded) || grounded.prose() != null || !asksEachReviewerOfAPart(question, catalog)) {
            return answer;
        }
        java.util.Set<String> cited = new java.util.HashSet<>();
        grounded.citations().forEach(c -> cited.add(c.review() + "\n" + c.reviewer()));
        List<dev.reviewbot.review.Review> others = catalog.reviewsOf(question.films().get(0)).stream()
                .filter(r -> !cited.contains(r.title() + "\n" + r.reviewer())).toList();
        if (others.isEmpty() || others.size() == catalog.reviewsOf(question.films().get(0)).size()) {
            return answer;
        }
        List<Citation> quotes = new java.util.ArrayList<>(grounded.citations());
        quotes.addAll(disagreement.viewsOf(question, others, retrieval, grounded.citations().get(0)));
        return quotes.size() == grounded.citations().size() ? answer
                : new Answer.Grounded(grounded.question(), quotes, null, grounded.note());
    }

    /**
     * A yes or no question about a part of one film ("is the music good?") or a person in it ("is Ninette Scicluna
     * good in it?") that several reviewers judged, none of them named; not whether a thing is there.
     */
    private static boolean asksEachReviewerOfAPart(Question question, Catalog catalog) {
        return YES_NO.matcher(question.text()).find() && !ASKS_WHETHER_THERE_IS.matcher(question.text()).find()
                && question.films().size() == 1 && question.reviewer() == null && !question.summary()
                && catalog.reviewsOf(question.films().get(0)).size() >= 2
                && (!question.people().isEmpty() || question.aspects().stream().anyMatch(a -> !Disagreement.WHOLE.contains(a.name())));
    }

    /** A yes or no question about a film as a whole that several reviewers judged, none of them named. */
    private static boolean asksEveryReviewer(Question question, Catalog catalog) {
        return YES_NO.matcher(question.text()).find() && question.films().size() == 1 && question.reviewer() == null
                && question.people().isEmpty() && catalog.reviewsOf(question.films().get(0)).size() >= 2
                && question.aspects().stream().allMatch(a -> AspectVocabulary.VERDICT.equals(a.name())
                || AspectVocabulary.TITLE.equals(a.name()));
    }

    /**
     * "Final verdict on X", "overall conclusion?": the verdict named in its own words and nothing else asked is
     * the reviewer's judgement as a whole, answered from the verdict, not one side's sentences. "Best thing
     * about X" names the verdict by a vague word only ("best"), and still asks for one side.
     */
    private boolean asksTheVerdictAlone(Question question) {
        return question.summary() && vocabulary != null && vocabulary.namedAspectsIn(question.searchText()).stream()
                .anyMatch(a -> AspectVocabulary.VERDICT.equals(a.name()));
    }


    /** The film is the one named, or the one whose passages answer best ("what do critics say about Clara Voss?"). */
    private Optional<Answer> disagree(Question question, OpinionAsk ask, Catalog catalog,
                                      Function<Question, Retrieval> retrieve) {
        if (question.reviewer() != null || question.films().size() > 1) {
            return Optional.empty();
        }
        Retrieval retrieval = retrieve.apply(question);
        String film = question.scoped() ? question.films().get(0)
                : retrieval.passages().isEmpty() ? null : retrieval.passages().get(0).passage().film();
        if (film == null || catalog.reviewsOf(film).size() < 2) {
            return Optional.empty();
        }
        if (!question.scoped()) {
            Question scoped = question.withFilms(List.of(film));
            return disagreement.answer(scoped, ask, film, retrieve.apply(scoped), catalog, passagesOf);
        }
        return disagreement.answer(question, ask, film, retrieval, catalog, passagesOf);
    }
}
