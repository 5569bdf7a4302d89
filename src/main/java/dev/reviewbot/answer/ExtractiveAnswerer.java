package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.library.Passage;
import dev.reviewbot.retrieval.Aspect;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.ExpectedAnswer;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.retrieval.Retrieval;
import dev.reviewbot.retrieval.ScoredPassage;
import dev.reviewbot.retrieval.Terms;
import dev.reviewbot.retrieval.WordSenses;
import dev.reviewbot.review.ProseMetadata;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.Sentences;
import dev.reviewbot.text.TextCleaner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Answers without a language model: quotes the one to three sentences of the stored reviews that best
 * answer the question, each cited, or declines when the evidence is weak. It never writes a word of its
 * own into a quote.
 */
public final class ExtractiveAnswerer implements Answerer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExtractiveAnswerer.class);

    static final int MAX_QUOTE_WORDS = 75;
    private static final int SHORT_SENTENCE_WORDS = 12;
    /** A verdict's opening this short ("Yes.", "See it.") is an answer whose reason is the next sentence. */
    private static final int BARE_ANSWER_WORDS = 2;
    /** Share of the question's telling words a passage needs to count as on topic without its aspect. */
    private static final double MIN_COVERAGE = 0.4;
    /**
     * The same for an open question ("is the battle scene exciting?"), which the fitted score then judges: a
     * question wanting a person or a number is answered by any sentence holding one, so it needs more of its
     * words ("who designed the costumes?" is not about the production design).
     */
    private static final double MIN_COVERAGE_OPEN = 0.3;
    /** How close another reviewer's best sentence must score to be quoted beside the best one. */
    private static final double SECOND_OPINION = 0.85;
    /** "Does it have narration?" (and "is there a twist?", {@link OpinionAnswers#ASKS_WHETHER_THERE_IS}): whether the film has a thing. */
    private static final Pattern ASKS_WHETHER_IT_HAS = Pattern.compile(
            "(?i)^(?:does|do|did)\\b.*\\b(?:have|has|had|feature|include)\\b");
    /** How a question asks who plays a part: its other words describe the character. Grammar, a closed set. */
    private static final String CASTING_WORDS = "plays played playing voices voiced voice portrays role actor actress cast stars";
    /** The personal pronouns a question may point at a character with: grammar, a closed set. */
    private static final String PRONOUNS = "he him his she her hers they them their it its";

    private final AspectVocabulary vocabulary;
    private final Terms terms;
    private final AnswerSettings settings;
    private final ScoringModel scoring;
    private final SentenceSimilarity sentenceSimilarity;
    private final NamedSection namedSection;
    private final WordSenses senses;
    /** The question's words that ask for casting, not describe the character ("who voices the baron"). */
    private final Set<String> castingTerms;
    private final Set<String> pronounTerms;

    /** @param scoring the fitted weights that score sentences and decide when to decline */
    public ExtractiveAnswerer(AspectVocabulary vocabulary, Terms terms, AnswerSettings settings, ScoringModel scoring) {
        this(vocabulary, terms, settings, scoring, SentenceSimilarity.NONE, WordSenses.NONE);
    }

    /**
     * @param sentenceSimilarity each sentence's own similarity to the question, where sentence vectors are at hand
     * @param senses             reads a review's words by meaning, for a question that asked its aspect so ("finish")
     */
    public ExtractiveAnswerer(AspectVocabulary vocabulary, Terms terms, AnswerSettings settings, ScoringModel scoring,
                              SentenceSimilarity sentenceSimilarity, WordSenses senses) {
        this.vocabulary = vocabulary;
        this.terms = terms;
        this.settings = settings;
        this.scoring = scoring;
        this.sentenceSimilarity = sentenceSimilarity;
        this.namedSection = new NamedSection(vocabulary, terms);
        this.senses = senses;
        this.castingTerms = Set.copyOf(terms.of(CASTING_WORDS));
        this.pronounTerms = Set.copyOf(terms.of(PRONOUNS));
    }

    /**
     * A sentence of a retrieved passage: what is known about it, the fitted probability that it answers, and
     * whether it may answer at all (the evidence rules below).
     */
    public record Candidate(ScoredPassage passage, String sentence, SentenceFeatures features, double score,
                            boolean eligible) {
    }

    @Override
    public Answer answer(Question question, Retrieval retrieval, Catalog catalog) {
        if (catalog.reviews().isEmpty()) {
            return new Answer.Declined(question.text(), "The library holds no reviews yet.", List.of());
        }
        // "Brightsea taps, what's it about?" names only a film besides its question words, yet asks for the story.
        Optional<Answer> premise = Premise.answer(question, catalog, vocabulary, settings.maxQuotes());
        if (premise.isPresent()) {
            return premise.get();
        }
        if (question.summary()) {
            return summarize(question, retrieval, catalog);
        }
        Optional<Answer> section = namedSection.answer(question, catalog);
        if (section.isPresent()) {
            return section.get();
        }
        if (question.missing().stream().anyMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
            // A name no stored review mentions ("Is Tom Hanks good in it?"): nothing here is about them.
            return decline(question, catalog);
        }
        List<Candidate> all = candidates(question, retrieval, scoring.passages());
        if (LOG.isDebugEnabled()) {
            LOG.debug("question {} films {} aspects {} terms {} weights {} people {} missing {}", question.searchText(),
                    question.films(), question.aspects().stream().map(Aspect::name).toList(), question.terms(),
                    retrieval.termWeights(), question.people(), question.missing());
            all.stream().sorted(Comparator.comparingDouble(Candidate::score).reversed()).limit(8).forEach(c ->
                    LOG.debug("  {} {} {} {} p={} | {}", c.eligible() ? "+" : "-", c.passage().passage().section(),
                            c.passage().passage().aspects(), c.features(), String.format("%.2f", c.score()), c.sentence()));
        }
        List<Candidate> candidates = castFirst(question, introducedFirst(question, proseFirst(question, roleFirst(question,
                partFirst(question, all.stream().filter(Candidate::eligible)
                        .sorted(Comparator.comparingDouble(Candidate::score).reversed()).toList())))));
        Optional<Candidate> cast = castAsDescribed(question, all, candidates);
        // A sentence casting another character the part's sentence names ("the romance between Pennefather and the
        // sutler's widow, Susannah Prewitt") does not cast the part when the reviews name it and nobody plays that name.
        // A person the question names is cast as found ("the german officer" may read as another film's "East German").
        Optional<String> uncast = uncastPart(question, catalog)
                .filter(part -> cast.isEmpty() || (question.people().isEmpty() && !cast.get().sentence().contains(part)));
        if (uncast.isPresent()) {
            return declineUncast(question, catalog, uncast.get());
        }
        if (cast.isPresent()) {
            List<Candidate> reordered = new ArrayList<>(List.of(cast.get()));
            candidates.stream().filter(c -> c != cast.get()).forEach(reordered::add);
            candidates = reordered;
        } else if (candidates.isEmpty() || candidates.get(0).score() < scoring.declineBelow()) {
            return decline(question, catalog);
        }
        Candidate best = candidates.get(0);
        List<Citation> citations = new ArrayList<>();
        citations.add(quoteAround(best, catalog));
        candidates.stream()
                .filter(c -> c.passage().passage().film().equals(best.passage().passage().film())
                        && !c.passage().passage().reviewId().equals(best.passage().passage().reviewId())
                        && c.score() >= SECOND_OPINION * best.score())
                .findFirst()
                .filter(c -> settings.maxQuotes() >= 3)
                .ifPresent(c -> citations.add(citation(c.passage().passage(), c.sentence())));
        return new Answer.Grounded(question.text(), citations);
    }

    /**
     * Every sentence of the best {@code passages} passages (of all of them for a runtime, a date, an amount or a
     * rating, which can sit anywhere in a review), scored by the fitted model. A sentence may answer only when
     * its passage is on topic and it is evidence: a question about an aspect is answered from a section on it
     * or a sentence naming it, a question naming a person by a sentence naming them, and a question wanting a
     * kind of fact by a sentence holding one.
     */
    public List<Candidate> candidates(Question question, Retrieval retrieval, int passages) {
        ExpectedAnswer expected = question.expected();
        // Ranked as the fitted fusion ranks them (as retrieval does with the same weights), so that weights
        // being fitted are replayed exactly on a retrieval made with others.
        List<ScoredPassage> ranked = retrieval.passages().stream()
                .sorted(Comparator.comparingDouble((ScoredPassage p) -> scoring.passageScore(p.similarity(), p.lexical(),
                        p.aspectMatch())).reversed())
                .toList();
        int considered = expected != ExpectedAnswer.ANY ? ranked.size() : Math.min(passages, ranked.size());
        // "Who directed it?" is answered by the sentence that names the role before one that merely sits in a
        // section on it ("Editor Hugh Pardoe..." in a section about the direction).
        boolean roleOnly = question.terms().stream().allMatch(question.aspectTerms()::contains);
        boolean aspectOnly = question.terms().size() <= question.aspectTerms().size();
        List<String> headingTerms = headingTerms(question);
        boolean aspectWordsOnly = question.aspectTerms().containsAll(question.terms());
        List<String> asked = askedBeyondAspect(question);
        // Asked whether the film has a thing, with the aspect read from the question's meaning alone ("does it have
        // narration": the writing), the aspect is a guess; the question's most telling word that the passages hold,
        // held by a sentence, anchors it as the aspect would. Asked how the thing is ("how is the animation"), a
        // sentence merely holding the word ("an animated tale about...") says nothing of it.
        String telling = null;
        if (!question.aspects().isEmpty() && question.aspectTerms().isEmpty() && asksWhetherItHas(question)) {
            List<SentenceWords> held = ranked.subList(0, considered).stream()
                    .map(p -> SentenceWords.of(p.passage().text(), terms)).toList();
            telling = retrieval.termWeights().entrySet().stream()
                    .filter(t -> held.stream().anyMatch(w -> w.contains().test(t.getKey())))
                    .max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < considered; rank++) {
            ScoredPassage scored = ranked.get(rank);
            Passage passage = scored.passage();
            List<String> sentences = Sentences.split(passage.text());
            List<SentenceWords> analysed = sentences.stream().map(s -> SentenceWords.of(s, terms)).toList();
            SentenceWords passageWords = SentenceWords.union(analysed);
            double passageCoverage = retrieval.coverage(passageWords.contains(), List.of());
            // On topic: the passage covers the aspect asked about, or is semantically very close, or holds enough
            // of the question's telling words with some similarity.
            boolean onTopic = scored.aspectMatch()
                    || scored.similarity() >= settings.strongSimilarity()
                    || (scored.similarity() >= settings.minSimilarity()
                        && (question.terms().isEmpty() || mentionsAspect(question, passageWords)
                            || passageCoverage >= (expected == ExpectedAnswer.ANY ? MIN_COVERAGE_OPEN : MIN_COVERAGE)));
            // A section labelled by its meaning with several aspects ("Craft": the look, the score and the rhythm)
            // opens on whichever of them comes first: its opening sentence is no evidence for the one asked.
            boolean shared = passage.aspects() != null && passage.aspects().size() > 1
                    && question.aspects().stream().noneMatch(a -> vocabulary.covers(passage.section(), a));
            // Inside a section headed with the aspect, "acting" says nothing more: the other words decide. A
            // review without headings covers everything, so there the aspect's words still tell sentences apart.
            // Asked about part of the aspect and nothing else ("dust tithe ending"), the word for the part still
            // picks its sentence in a section on the aspect, where some sentence holds it.
            // In a review without headings a passage's aspect is only its own text's closest one: unless the passage
            // names the aspect somewhere ("Henrietta Vale's score"), nothing vouches for it, so it neither opens a
            // section on the aspect nor frees its sentences from naming it.
            boolean unvouched = Section.WHOLE_REVIEW.equals(passage.section()) && !mentionsAspect(question, passageWords);
            boolean headedByAspect = scored.aspectMatch() && !unvouched;
            // A section labelled with the role by its meaning alone ("THE PACKET PLANNING DESK" read as the editing)
            // names nobody in it: a name there answers "who edited it?" only where its heading or text names the role.
            boolean vouched = vocabulary.aspectsOfSection(passage.section()).stream().anyMatch(question.aspects()::contains)
                    || mentionsAspect(question, passageWords);
            List<String> ignored = !headedByAspect ? List.of() : !aspectWordsOnly ? question.aspectTerms()
                    : question.aspectTerms().stream().filter(t -> headingTerms.contains(t) || !passageWords.contains().test(t)).toList();
            for (int i = 0; i < sentences.size(); i++) {
                String sentence = sentences.get(i);
                double coverage = retrieval.coverage(analysed.get(i).contains(), ignored);
                // A question about an aspect is answered from a section on it, or a sentence that names it.
                String unquoted = RoleMentions.withoutQuotedNames(sentence);
                // The answer to a question the review asks itself ("Who directed it? Manveer Kalsi, who...") names
                // the role through the question.
                boolean mentioned = mentionsAspect(question, unquoted.equals(sentence) ? analysed.get(i) : SentenceWords.of(unquoted, terms))
                        || (i > 0 && Sentences.asks(sentences.get(i - 1)) && mentionsAspect(question, analysed.get(i - 1)))
                        || (asksDirection(question) && RoleMentions.creditsDirector(sentence, passage.film()));
                // Asked who is in it, a sentence casting an actor ("Gwyneth Tulley is wonderful as Bunty") names the
                // part by its grammar, though in none of the vocabulary's words: in a review without headings it may
                // answer, as one naming the acting does (it is scored as before).
                // "Poonam Elston is the heart of the film. Her Eileen is sharp...": the part is cast by the pronoun, and
                // the actor is the sentence before's.
                boolean byPronoun = asksAbout(question, AspectVocabulary.ACTING) && i > 0
                        && UncastParts.performedByPronoun(sentences.get(i - 1), sentence);
                boolean named = mentioned || byPronoun || (asksAbout(question, AspectVocabulary.ACTING) && CastLinks.castsSomeone(sentence));
                boolean anchored = question.aspects().isEmpty() || scored.aspectMatch() || named
                        || holdsWhatIsAsked(question, asked, sentence, analysed.get(i))
                        || (telling != null && analysed.get(i).contains().test(telling));
                // Written all in lower case, a name has no capitals to be told by: the role's word is the evidence.
                // The film's own title is no person ("Turnip Rex is the funniest family film of the year").
                // A sentence naming the role ("She stars as Augusta Vell") may give the actor by a pronoun its neighbour
                // resolves; one that does not ("old Don Eleuterio, who runs the funicular") gives only the character.
                String person = withoutTitle(byPronoun ? sentences.get(i - 1) + " " + sentence : sentence, passage.film());
                boolean typed = expected.satisfiedBy(expected == ExpectedAnswer.PERSON
                        ? mentioned ? person : withoutAskedNames(person, question.text()) : sentence)
                        || (expected == ExpectedAnswer.PERSON && mentioned && RoleMentions.writtenInLowerCase(sentence)
                            && wordsBesideRole(question, sentence)
                            && mentionsAspect(question, SentenceWords.of(RoleMentions.withoutLabel(sentence), terms)));
                // A section labelled with the aspect by its meaning alone ("Pieces that fit": the cast, then the score)
                // opens on whatever comes first: its opening sentence sums up the aspect only where its heading ("The
                // jokes") or the sentence itself names it.
                boolean opensSection = headedByAspect && !shared && passage.passageIndex() == 0 && i == 0
                        && (mentioned || question.aspects().stream().anyMatch(a -> vocabulary.covers(passage.section(), a)
                            || vocabulary.mentions(passage.section(), a)));
                double polarity = passage.polarities().of(i);
                SentenceFeatures features = new SentenceFeatures(scored.similarity(), scored.lexical(),
                        scored.aspectMatch(), coverage, passageCoverage, mentioned,
                        mentioned && expected == ExpectedAnswer.PERSON && roleOnly, opensSection,
                        opensSection && aspectOnly, expected != ExpectedAnswer.ANY && typed, i == 0,
                        1.0 / (1 + rank), Math.min(1, words(sentence) / 40.0), !question.terms().isEmpty(),
                        !question.aspects().isEmpty(), !question.scoped(), Double.isNaN(polarity) ? 0 : Math.abs(polarity),
                        anchored, sentenceSimilarity.of(question, sentence));
                // Evidence, not resemblance: a word the reviews never use ("the dog") is answered only from a
                // section on the aspect asked about; a question naming a person, by a sentence naming them.
                boolean evidence = !Sentences.asks(sentence) && (question.missing().isEmpty() || expected.isSpecificFact()
                        || (scored.aspectMatch() && !question.aspects().isEmpty()))
                        && (question.people().isEmpty() || question.people().stream().anyMatch(p -> RoleMentions.namesPerson(sentence, p)));
                boolean eligible = evidence && switch (expected) {
                    // A sentence that names the aspect asked about is on topic however its passage embeds
                    // ("Editor Kofi Mensah-Pratt lets it run..." for "who edited it?").
                    // A page's listing line ("12A · 101 mins · UK 2026") gives facts, never what the reviewer thought.
                    // A sentence casting someone ("Bénédicte is played by Séverine Aubrac-Sy") is on the acting as one naming it is.
                    case ANY -> anchored && (onTopic || named) && (coverage > 0 || named || scored.aspectMatch()
                            || question.terms().isEmpty() || scored.similarity() >= settings.strongSimilarity())
                            && !Section.isListingLine(sentence);
                    // In a review without headings a passage's label is a guess from its meaning: a name
                    // answers "who directed" there only from a sentence that says so.
                    // A sentence whose people all carry another role's title ("Composer Nell Vane has written...")
                    // does not answer "who wrote it?".
                    case PERSON -> anchored && (onTopic || named) && typed
                            && !RoleMentions.namesOnlyOtherRoles(sentence, question.aspects(), vocabulary.aspects())
                            && (asksDirection(question) || !RoleMentions.namesOnlyTheDirector(sentence, passage.film()))
                            && (coverage > 0 || named || (scored.aspectMatch() && !Section.WHOLE_REVIEW.equals(passage.section())))
                            && (named || vouched || retrieval.coverage(analysed.get(i).contains(), List.of()) > 0)
                            && (named || (coverage > 0 && !roleOnly) || !Section.WHOLE_REVIEW.equals(passage.section())
                                || question.aspects().isEmpty());
                    // In one film's review, a runtime or a date answers "how long" or "when" wherever it sits.
                    default -> typed && (question.scoped() || onTopic || coverage > 0);
                };
                candidates.add(new Candidate(scored, sentence, features, scoring.probability(features.vector()), eligible));
            }
        }
        return candidates;
    }

    /**
     * A sentence without capitals names someone only in words beside the role's and grammar's: "tamsin reid plays
     * kenzie" may, a screenplay's stage direction "(to camera)" may not.
     */
    private static boolean wordsBesideRole(Question question, String sentence) {
        Set<String> role = new HashSet<>();
        question.aspects().forEach(a -> a.questionWords().forEach(w -> role.addAll(List.of(w.split(" ")))));
        return Stream.of(TextCleaner.wordsOnly(sentence).split(" "))
                .anyMatch(w -> !w.isEmpty() && !role.contains(w) && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w));
    }

    /**
     * The review's last section of prose: a newspaper capsule closes on its credits ("Directed by Marit Oblonsky.
     * With ... 112 min. Rated PG-13 ..."), under the film's title as a heading, and that is no verdict.
     */
    private static Section lastProse(Review review) {
        List<Section> sections = review.sections();
        for (int i = sections.size() - 1; i > 0; i--) {
            if (!allCredits(sections.get(i))) {
                return sections.get(i);
            }
        }
        return sections.get(0);
    }

    /**
     * The last section past the first (the untitled opening, or the first heading's) whose prose gives a rating
     * ("Three stars: a good place to work for a fortnight").
     */
    private static Optional<Section> lastRated(Review review) {
        List<Section> sections = review.sections();
        for (int i = sections.size() - 1; i > 0; i--) {
            Section section = sections.get(i);
            if (!allCredits(section) && ProseMetadata.rating(List.of(section)).isPresent()) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    private static boolean allCredits(Section section) {
        return Sentences.split(section.text().replace("\n\n", " ")).stream().allMatch(Section::isCapsuleCredit);
    }

    /**
     * Asked about part of an aspect and nothing else ("dust tithe ending", "orbit twist", "does it drag"), a
     * sentence that names the part is the evidence, before any that merely sits in a section on the aspect.
     */
    private List<Candidate> partFirst(Question question, List<Candidate> ranked) {
        // A part is a part of one aspect: "how frightening is it for little ones" asks two aspects, not a part.
        if (question.expected() != ExpectedAnswer.ANY || question.terms().isEmpty() || question.aspects().size() > 1
                || !question.aspectTerms().containsAll(question.terms())) {
            return ranked;
        }
        List<String> heading = headingTerms(question);
        List<String> parts = question.terms().stream().filter(t -> !heading.contains(t)).toList();
        if (parts.isEmpty()) {
            return ranked;
        }
        // A section headed with the part ("The Ending, Vaguely") names it for each of its sentences.
        List<Candidate> naming = ranked.stream().filter(c -> {
            SentenceWords words = SentenceWords.of(c.sentence(), terms);
            return parts.stream().anyMatch(words.contains()) || namesSensed(question, words)
                    || parts.stream().anyMatch(SentenceWords.of(c.passage().passage().section(), terms).contains());
        }).toList();
        if (naming.isEmpty()) {
            return ranked;
        }
        List<Candidate> reordered = new ArrayList<>(naming);
        ranked.stream().filter(c -> !naming.contains(c)).forEach(reordered::add);
        return reordered;
    }

    /**
     * "How is the camerawork?" asks what the reviewer thought: a sentence of prose on the person a credits line
     * names ("Oskar Vance's camera finds a hundred greys") comes before the credits line ("Camera: Oskar Vance"),
     * which only says who did the part. "Who shot it?" keeps the credits line.
     */
    private List<Candidate> proseFirst(Question question, List<Candidate> ranked) {
        if (question.expected() != ExpectedAnswer.ANY || ranked.isEmpty() || !Section.isCreditsLine(ranked.get(0).sentence())) {
            return ranked;
        }
        Set<String> credited = new HashSet<>(CREDITED_NAME.matcher(ranked.get(0).sentence()).results()
                .map(m -> m.group(1)).toList());
        Optional<Candidate> prose = ranked.stream().filter(c -> !Section.isCreditsLine(c.sentence())
                && c.score() >= scoring.declineBelow()
                && CAPITALISED.matcher(c.sentence()).results().anyMatch(m -> credited.contains(m.group()))).findFirst();
        return prose.map(p -> Stream.concat(Stream.of(p), ranked.stream().filter(c -> c != p)).toList()).orElse(ranked);
    }

    /**
     * "Are there aliens in it?", "is there a coyote?": whether the film has a thing is told where the review brings
     * it in ("Actual aliens, requesting songs"), not where it comes back ("the aliens just say thank you"). Of the
     * best sentence's review, the earliest sentence holding some of the question's words, and as many as the best
     * one, answers.
     */
    private List<Candidate> introducedFirst(Question question, List<Candidate> ranked) {
        if (question.expected() != ExpectedAnswer.ANY || ranked.size() < 2 || askedBeyondAspect(question).isEmpty()
                || !asksWhetherItHas(question)) {
            return ranked;
        }
        Candidate best = ranked.get(0);
        Comparator<Candidate> inReviewOrder = Comparator.comparingInt((Candidate c) -> c.passage().passage().sectionIndex())
                .thenComparingInt(c -> c.passage().passage().passageIndex())
                .thenComparingInt(c -> c.passage().passage().text().indexOf(c.sentence()));
        Candidate first = ranked.stream()
                .filter(c -> c.passage().passage().reviewId().equals(best.passage().passage().reviewId())
                        && c.score() >= scoring.declineBelow() && c.features().coverage() > 0
                        && c.features().coverage() >= best.features().coverage())
                .min(inReviewOrder).orElse(best);
        return first == best ? ranked : Stream.concat(Stream.of(first), ranked.stream().filter(c -> c != first)).toList();
    }

    /**
     * "Regolith cast", "who stars in it": asked who is in the film and nothing more, a sentence casting someone
     * ("Renske Vermeulen carries it as Sanne Kessel") answers before one that merely uses a casting word ("the
     * screenplay plays fair with its clues"). Of the best sentence's film, the best casting sentence comes first,
     * unless the best sentence holds the word asked ("whistling hour stars": "three stars out of five").
     */
    private List<Candidate> castFirst(Question question, List<Candidate> ranked) {
        if (ranked.size() < 2 || !question.people().isEmpty() || question.terms().stream().noneMatch(castingTerms::contains)
                || question.terms().stream().anyMatch(t -> !castingTerms.contains(t) && !question.aspectTerms().contains(t))
                || CastLinks.castsSomeone(ranked.get(0).sentence()) || ranked.get(0).features().coverage() > 0) {
            return ranked;
        }
        String film = ranked.get(0).passage().passage().film();
        return ranked.stream().filter(c -> c.passage().passage().film().equals(film) && c.score() >= scoring.declineBelow()
                        && CastLinks.castsSomeone(c.sentence())).findFirst()
                .map(cast -> Stream.concat(Stream.of(cast), ranked.stream().filter(c -> c != cast)).toList())
                .orElse(ranked);
    }

    /** "Does it have narration?", "is there a twist?": whether the film has a thing. */
    private static boolean asksWhetherItHas(Question question) {
        return ASKS_WHETHER_IT_HAS.matcher(question.text()).find()
                || OpinionAnswers.ASKS_WHETHER_THERE_IS.matcher(question.text()).find();
    }

    /** A capitalised word of a credits line that is not a label ("Camera:"): part of a credited name. */
    private static final Pattern CREDITED_NAME = Pattern.compile("\\b(\\p{Lu}\\p{L}+)\\b(?!:)");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{L}+\\b");

    /**
     * "Who wrote it?": a sentence that names the role and a person ("written by Tom Pellow"), or one under a heading
     * on the role, answers before one that merely names someone in a passage labelled with it by its meaning
     * ("5 Things I Loved"), whose probability saturates as high.
     */
    private List<Candidate> roleFirst(Question question, List<Candidate> ranked) {
        if (question.expected() != ExpectedAnswer.PERSON) {
            return ranked;
        }
        // Not before a sentence holding more of the question's words: "who plays the lighthouse keeper" is answered
        // by "Nerys Achebe as Morag, the lighthouse keeper" in a review without headings, not by an orchard keeper
        // under "Performances".
        double most = ranked.isEmpty() || askedBeyondAspect(question).isEmpty() ? 0 : ranked.get(0).features().coverage();
        Predicate<Candidate> first = c -> (c.features().namesRole()
                || question.aspects().stream().anyMatch(a -> vocabulary.covers(c.passage().passage().section(), a)))
                && c.features().coverage() >= most;
        List<Candidate> naming = ranked.stream().filter(first).toList();
        if (naming.isEmpty()) {
            return ranked;
        }
        // Of those, a sentence crediting a name with the role's work ("Yasmin Dallimore's screenplay") before one
        // naming the role and someone else ("the pilot, played by Bertrand Ocloo, argues for a page of dialogue").
        // Asked two roles at once ("who wrote the songs": writing and music), one's credit may be the other's answer.
        // Then the question's own word for the work credited ("songs by Elva Sowerbutts") answers either.
        List<String> work = askedWords(question);
        Predicate<Candidate> credits = c -> question.aspects().size() == 1
                ? RoleMentions.creditsRole(c.sentence(), question.aspects()) : RoleMentions.credits(c.sentence(), work);
        List<Candidate> reordered = new ArrayList<>(naming.stream().filter(credits).toList());
        // Then a sentence naming the role ("from director Saul Okafor and writer Morven Ashdown") before one that
        // only sits under its heading ("Story": the plot, whose names are characters').
        naming.stream().filter(credits.negate()).filter(c -> c.features().namesRole()).forEach(reordered::add);
        naming.stream().filter(credits.negate()).filter(c -> !c.features().namesRole()).forEach(reordered::add);
        ranked.stream().filter(first.negate()).forEach(reordered::add);
        return reordered;
    }

    /**
     * "Who plays the astronomer?" when the review says who Carys Mott is in one sentence and "Ines Pell plays
     * Carys" in another: the sentence casting the character the question describes answers, before one that
     * names only the character. It stands as evidence however it scores, since it holds both the casting and,
     * with its description, every word the question describes the character by. A sentence holding those words
     * that casts by "played by" answers too ("The vicar is played by Wilfrid Blanchflower"). A best sentence
     * casting the described character already is left first; one casting someone else is not.
     */
    private Optional<Candidate> castAsDescribed(Question question, List<Candidate> all, List<Candidate> ranked) {
        if (question.expected() != ExpectedAnswer.PERSON) {
            return Optional.empty();
        }
        if (!question.people().isEmpty()) {
            // Asked what an actor plays, the actor is the one named, and the usual evidence answers.
            if (question.terms().stream().noneMatch(castingTerms::contains)) {
                return Optional.empty();
            }
            // A person no sentence casts may be a word misread as a name ("the german officer" as another film's
            // "East German"): then the question describes whom it asks about.
            Predicate<Candidate> castsNamed = castsNamed(question, all);
            if (all.stream().anyMatch(castsNamed)) {
                return promoted(all, ranked, castsNamed, castsNamed);
            }
        }
        // "Who plays her?" describes no one: the pronoun stands for whoever the question described before it.
        List<String> described = question.terms().stream().filter(t -> !castingTerms.contains(t)
                && !question.aspectTerms().contains(t) && !pronounTerms.contains(t)).toList();
        if (described.isEmpty()) {
            return Optional.empty();
        }
        Set<Candidate> descriptions = Collections.newSetFromMap(new IdentityHashMap<>());
        all.stream().filter(c -> described.stream().allMatch(SentenceWords.of(c.sentence(), terms).contains()))
                .forEach(descriptions::add);
        Predicate<Candidate> castsDescribed = c -> (descriptions.contains(c) && CastLinks.castsUnnamed(c.sentence()))
                || CastLinks.castIn(c.sentence()).stream().anyMatch(link -> descriptions.stream()
                        .anyMatch(d -> d.passage().passage().reviewId().equals(c.passage().passage().reviewId())
                                && CastLinks.describes(d.sentence(), link)));
        // A sentence holding the described words that casts anyone ("Bryony Keast plays the choirmaster, Wenna
        // Trewin") answers as it stands. A casting word alone does not cast ("a piper who has not played since").
        Predicate<Candidate> castsAsDescribed = c -> descriptions.contains(c)
                && (CastLinks.castsUnnamed(c.sentence()) || CastLinks.castsSomeone(c.sentence()));
        return promoted(all, ranked, castsDescribed.or(castsAsDescribed), castsDescribed);
    }

    /**
     * The character a review names by the part "who plays the liftman?" describes, or the one "who plays Mr
     * Grimoldby?" names, or a part the reviews speak of without a name ("the cheating rival"), when no one is cast as
     * them; empty for any other question, or one about several films.
     */
    private Optional<String> uncastPart(Question question, Catalog catalog) {
        if (question.expected() != ExpectedAnswer.PERSON || question.films().size() != 1
                || question.terms().stream().noneMatch(castingTerms::contains)) {
            return Optional.empty();
        }
        if (!question.people().isEmpty()) {
            // "Who plays Mr Grimoldby?" asks for the actor of the person named; "who does Ada Kell play?" the part.
            return question.people().size() == 1 && WHO_PLAYS.matcher(question.text()).find()
                    ? UncastParts.uncastNamed(question.people().get(0), catalog.reviewsOf(question.films().get(0))) : Optional.empty();
        }
        List<Review> reviews = catalog.reviewsOf(question.films().get(0));
        List<String> asked = question.terms().stream().filter(t -> !castingTerms.contains(t)
                && !question.aspectTerms().contains(t) && !pronounTerms.contains(t)).toList();
        // A part asked partly in an aspect's words ("the piano tuner": "tuner" is the music's) is not all described.
        boolean wholePart = question.terms().stream().filter(t -> !castingTerms.contains(t) && !pronounTerms.contains(t))
                .allMatch(asked::contains);
        List<String> described = UncastParts.withoutOwner(asked, question.text(), reviews, terms);
        return UncastParts.uncast(described, wholePart ? askedPart(question.text(), described) : "", castingTerms, reviews, terms);
    }

    /** The part in the question's own words: "who plays the cheating rival in elfsteden" asks for "the cheating rival". */
    private String askedPart(String question, List<String> described) {
        List<String> words = java.util.Arrays.stream(question.split("[^\\p{L}'’-]+"))
                .filter(w -> !terms.of(w).isEmpty() && described.containsAll(terms.of(w))).toList();
        String part = String.join(" ", words).toLowerCase(java.util.Locale.ROOT);
        // "etheline's sister" has its own determiner.
        return words.isEmpty() ? "" : words.get(0).matches(".*['’]s") ? part : "the " + part;
    }

    /** "Who plays", "who's playing", "who voiced": the one asked for is the actor. Grammar, a closed set. */
    private static final Pattern WHO_PLAYS = Pattern.compile("(?i)\\bwho(?:'s|s|\\s+is|\\s+was)?\\s+(?:plays|played|playing|voices|voiced|portrays|portrayed)\\b");

    private Answer declineUncast(Question question, Catalog catalog, String character) {
        String film = catalog.reviewsOf(question.films().get(0)).get(0).title();
        List<String> offers = catalog.reviewsOf(film).stream()
                .flatMap(r -> r.sections().stream().map(Section::name)).distinct().toList();
        return new Answer.Declined(question.text(), "The stored reviews of " + film + " don't say who plays " + character + ".", offers);
    }

    /**
     * The best-scoring sentence {@code casts} accepts, to answer first; empty when the best-ranked sentence already
     * answers as {@code kept} tells.
     */
    private static Optional<Candidate> promoted(List<Candidate> all, List<Candidate> ranked, Predicate<Candidate> kept,
            Predicate<Candidate> casts) {
        if (!ranked.isEmpty() && kept.test(ranked.get(0))) {
            return Optional.empty();
        }
        return all.stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .filter(casts)
                .findFirst();
    }

    /** The question's words its terms come from, quoted for a pattern: "songs" of "who wrote the songs". */
    private List<String> askedWords(Question question) {
        return java.util.Arrays.stream(question.text().split("[^\\p{L}'’-]+"))
                .filter(w -> !terms.of(w).isEmpty() && question.terms().containsAll(terms.of(w)))
                .map(Pattern::quote).distinct().toList();
    }

    /**
     * "Who plays Lolly Fentiman?" when the review tells her story by her full name and casts her by her first
     * ("Georgette Ilori, who plays Lolly, ..."): a sentence casting the named character, in a review that names her.
     */
    private static Predicate<Candidate> castsNamed(Question question, List<Candidate> all) {
        Set<String> namingReviews = new HashSet<>();
        all.stream().filter(c -> question.people().stream().anyMatch(p -> RoleMentions.namesPerson(c.sentence(), p)))
                .forEach(c -> namingReviews.add(c.passage().passage().reviewId()));
        return c -> namingReviews.contains(c.passage().passage().reviewId())
                && CastLinks.castIn(c.sentence()).stream().anyMatch(link -> question.people().stream()
                        .anyMatch(p -> CastLinks.describes(p, link) && !RoleMentions.namesPerson(link.actor(), p)));
    }

    /** The question's aspect words that a heading on the aspect would use ("acting", "music"), not a part of it ("ending"). */
    private List<String> headingTerms(Question question) {
        return AskedPart.headingTerms(question, terms);
    }

    /**
     * A sentence can be evidence outside any section on the aspect asked about: "what character does Hector
     * Salgado play?" by one naming him, "who plays the mine captain?" by one naming a person beside every word of
     * the question the aspect does not explain ("Owain Marsh is really good too, as the mine captain").
     */
    private static boolean holdsWhatIsAsked(Question question, List<String> asked, String sentence, SentenceWords words) {
        return question.people().stream().anyMatch(p -> RoleMentions.namesPerson(sentence, p))
                || (question.expected() != ExpectedAnswer.ANY && !asked.isEmpty()
                    && asked.stream().allMatch(words.contains()) && question.expected().satisfiedBy(sentence));
    }

    /** The question's words beyond its aspect's, unless some of them describe the film ("the one about the twins"). */
    private static List<String> askedBeyondAspect(Question question) {
        return question.described() ? List.of()
                : question.terms().stream().filter(t -> !question.aspectTerms().contains(t)).toList();
    }

    /**
     * The sentence without the names the question itself gives: asked "who plays Don Eleuterio?", the role's own name
     * in "old Don Eleuterio, who runs the funicular" is no actor. Only capitalised words go; the question's others
     * were never names.
     */
    private static String withoutAskedNames(String sentence, String question) {
        Set<String> asked = new HashSet<>(List.of(TextCleaner.withoutAccents(TextCleaner.wordsOnly(question)).split(" ")));
        return CAPITALISED_WORD.matcher(sentence).replaceAll(m -> {
            String word = TextCleaner.withoutAccents(TextCleaner.wordsOnly(m.group()));
            return word.length() > 2 && asked.contains(word) ? " " : java.util.regex.Matcher.quoteReplacement(m.group());
        });
    }

    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]*");

    private static String withoutTitle(String sentence, String film) {
        return Pattern.compile(Pattern.quote(film), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(sentence).replaceAll(" ");
    }

    private static boolean asksDirection(Question question) {
        return asksAbout(question, AspectVocabulary.DIRECTION);
    }

    private static boolean asksAbout(Question question, String aspect) {
        return question.aspects().stream().anyMatch(a -> a.name().equals(aspect));
    }

    /** The text names the aspect asked about in its words, or in words close to those the question asked it by. */
    private boolean mentionsAspect(Question question, SentenceWords text) {
        return question.aspects().stream().anyMatch(a -> vocabulary.mentionsInWords(text.words(), a))
                || namesSensed(question, text);
    }

    /** "the rooftop finale" for "how does it finish": a content word close in meaning to one the question asked by. */
    private boolean namesSensed(Question question, SentenceWords text) {
        return !question.sensed().isEmpty() && text.wordList().stream().distinct()
                .filter(w -> w.length() >= 4 && !terms.of(w).isEmpty())
                .anyMatch(w -> question.sensed().stream().anyMatch(asked -> senses.near(asked, w)));
    }

    /**
     * The best sentence with its context: the one after it (unless a credits line), and the one before it when the best
     * opens with a pronoun ("She carries...") or is short; at most {@code maxQuotes} sentences and about 75 words.
     */
    private Citation quoteAround(Candidate best, Catalog catalog) {
        Passage passage = best.passage().passage();
        List<String> sentences = sectionSentences(passage, best.sentence(), catalog);
        int at = sentences.indexOf(best.sentence());
        List<String> quote = new ArrayList<>(List.of(best.sentence()));
        // A credits line after the sentence ("Production: A Nordlys Film production.") is not its context, nor a
        // question the review puts next ("Can I take the kids?"), which tells nothing.
        if (at >= 0 && at + 1 < sentences.size() && quote.size() < settings.maxQuotes()
                && !Section.isCreditsLine(sentences.get(at + 1)) && !Section.isListingLine(sentences.get(at + 1))
                && !Sentences.asks(sentences.get(at + 1))) {
            quote.add(sentences.get(at + 1));
        }
        boolean opensOnPronoun = best.sentence().matches("^(She|He|It|They|This|That|These|Those|Her|His|Their|But|And)\\b.*");
        boolean needsContext = opensOnPronoun || words(best.sentence()) < SHORT_SENTENCE_WORDS;
        if (at > 0 && needsContext && quote.size() < settings.maxQuotes()) {
            quote.add(0, sentences.get(at - 1));
        }
        // Too long, the sentence after goes first where the one before tells whom a person's pronoun means ("Her
        // Eileen is sharp"); "It's a premise..." needs it less than what follows.
        boolean opensOnPerson = best.sentence().matches("^(She|He|They|Her|His|Their)\\b.*");
        while (quote.size() > 1 && words(String.join(" ", quote)) > MAX_QUOTE_WORDS) {
            boolean keepBefore = opensOnPerson && !quote.get(quote.size() - 1).equals(best.sentence());
            quote.remove(quote.get(0).equals(best.sentence()) || keepBefore ? quote.size() - 1 : 0);
        }
        return citation(passage, String.join(" ", quote));
    }

    private static int words(String text) {
        return text.split("\\s+").length;
    }

    private static Citation citation(Passage passage, String quote) {
        return new Citation(passage.film(), passage.section(), passage.reviewer(), quote);
    }

    /** The sentences of the passage's section; of the one holding the sentence where several share a heading ("Notes"). */
    private static List<String> sectionSentences(Passage passage, String sentence, Catalog catalog) {
        List<List<String>> named = catalog.review(passage.reviewId()).stream().flatMap(r -> r.sections().stream())
                .filter(s -> s.name().equalsIgnoreCase(passage.section()))
                .map(s -> Sentences.split(s.text().replace("\n\n", " "))).toList();
        return named.stream().filter(sentences -> sentences.contains(sentence)).findFirst()
                .orElse(named.isEmpty() ? List.of() : named.get(0));
    }

    /** "Summarize X": the opening of each review's verdict (or last) section. */
    private Answer summarize(Question question, Retrieval retrieval, Catalog catalog) {
        if (question.films().isEmpty()) {
            return new Answer.Declined(question.text(), "Which film should I summarize?", catalog.films());
        }
        boolean verdictOnly = question.aspects().stream().noneMatch(a -> a.name().equals(AspectVocabulary.SUMMARY));
        List<Citation> verdicts = new ArrayList<>();
        List<Citation> ratings = new ArrayList<>();
        for (Review review : catalog.reviewsOf(question.films().get(0))) {
            if (question.reviewer() != null && !question.reviewer().equals(review.reviewer())) {
                continue;
            }
            // The verdict section: by its heading's words, else the last headed section that gives the rating ("Would I
            // work there?" closing on "Three stars: ..."), else by the labels its passages got at ingest ("Final
            // Thoughts", "The Bottom Line"), else the last section; never a capsule's credits.
            // Of two such headings the later: a review closes on its judgement ("Overall rating" after "Role summary").
            Section verdict = review.sections().stream()
                    .filter(s -> vocabulary.aspectsOfSection(s.name()).stream().anyMatch(a -> a.name().equals(AspectVocabulary.VERDICT)))
                    .reduce((first, later) -> later)
                    .or(() -> lastRated(review))
                    .or(() -> retrieval.passages().stream().map(ScoredPassage::passage)
                            .filter(p -> p.reviewId().equals(review.id()) && p.aspects() != null
                                    && p.aspects().contains(AspectVocabulary.VERDICT) && !Section.OPENING.equals(p.section()))
                            .max(Comparator.comparingInt(Passage::sectionIndex))
                            .flatMap(p -> review.section(p.section())))
                    .filter(s -> !allCredits(s))
                    .orElse(lastProse(review));
            // A verdict opens with the judgement and closes with the take-away: quote both ends.
            // Asked only whether it is worth it: the judgement, and the closing two sentences, where reviews put
            // the recommendation (often followed by the rating or a word for parents).
            List<String> sentences = new ArrayList<>(Sentences.split(verdict.text().replace("\n\n", " ")));
            // A page's listing line ("12A · 101 mins · UK 2026 · Dir.") under a title heading is none of the verdict.
            if (sentences.stream().anyMatch(sentence -> !Section.isListingLine(sentence))) {
                sentences.removeIf(Section::isListingLine);
            }
            // A trade review closes on its credits block: the verdict's last words are the prose's.
            while (sentences.size() > 1 && Section.isCapsuleCredit(sentences.get(sentences.size() - 1))) {
                sentences.remove(sentences.size() - 1);
            }
            // A verdict that opens with a bare answer ("Yes.", "Go.", "See it.") gives its reason next: keep them together.
            if (sentences.size() > 3 && words(sentences.get(0)) <= BARE_ANSWER_WORDS) {
                sentences.set(0, sentences.get(0) + " " + sentences.remove(1));
            }
            int n = sentences.size();
            String quote = n <= 2 || (verdictOnly && n == 3) ? String.join(" ", sentences)
                    : verdictOnly ? sentences.get(0) + (n > 3 ? " [...] " : " ") + sentences.get(n - 2) + " " + sentences.get(n - 1)
                    : sentences.get(0) + " [...] " + sentences.get(n - 1);
            // A review without headings whose ends do not score the film scores it where it judges it ("If asked to
            // score the candidate I would give it 9/10, ..."): that paragraph is its verdict, not its first and last
            // lines (a letter's greeting and signature, a form's title and its thanks).
            if (review.sections().size() == 1 && review.rating() != null && !quote.contains(review.rating())) {
                quote = ratedParagraph(verdict, review.rating()).orElse(quote);
            }
            verdicts.add(new Citation(review.title(), verdict.name(), review.reviewer(), quote));
            // The rating in the review's own words ("2 out of 5: below expectations.") may open the verdict quoted.
            ratings.add(MetadataAnswers.ratingBeside(review, List.of(quote)).orElse(null));
            if (verdicts.size() == settings.maxQuotes()) {
                break;
            }
        }
        return verdicts.isEmpty() ? decline(question, catalog) : new Answer.Grounded(question.text(), withRatings(verdicts, ratings));
    }

    /** A rated paragraph of more sentences than this is no verdict of its own but prose that mentions the score. */
    private static final int MAX_RATED_SENTENCES = 4;

    /**
     * The paragraph giving the rating as written, where it says more than the score ("4 out of 10. All four are
     * for..."), in the text's second half, where a verdict closes it: a chat's first message scoring the film is one
     * member's view.
     */
    private static Optional<String> ratedParagraph(Section section, String rating) {
        List<String> paragraphs = java.util.Arrays.stream(section.text().split("\n\n")).map(String::strip).toList();
        return paragraphs.subList(paragraphs.size() / 2, paragraphs.size()).stream()
                .filter(p -> p.contains(rating) && words(p) > words(rating) + BARE_ANSWER_WORDS
                        && Sentences.split(p).size() <= MAX_RATED_SENTENCES)
                .findFirst().map(p -> p.replace("\n", " "));
    }

    /**
     * Each verdict followed by its review's rating (the reviewer's own score says where they stand in one look),
     * when every rated review's rating fits within the quotes; otherwise the verdicts alone, so that no review
     * shows a rating its neighbour lacks for want of room.
     */
    private List<Citation> withRatings(List<Citation> verdicts, List<Citation> ratings) {
        long rated = ratings.stream().filter(java.util.Objects::nonNull).count();
        if (rated == 0 || verdicts.size() + rated > settings.maxQuotes()) {
            return verdicts;
        }
        List<Citation> quotes = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            quotes.add(verdicts.get(i));
            if (ratings.get(i) != null) {
                quotes.add(ratings.get(i));
            }
        }
        return quotes;
    }

    private Answer decline(Question question, Catalog catalog) {
        if (question.films().isEmpty()) {
            return new Answer.Declined(question.text(), "The stored reviews don't say.", catalog.films());
        }
        String film = question.films().get(0);
        if (catalog.reviewsOf(film).isEmpty()) {
            return new Answer.Declined(question.text(), "The stored reviews don't say.", catalog.films());
        }
        List<String> offers = catalog.reviewsOf(film).stream()
                .flatMap(r -> r.sections().stream().map(Section::name)).distinct().toList();
        String about = question.aspects().stream().map(Aspect::label).findFirst().map(a -> " about its " + a).orElse(" about that");
        return new Answer.Declined(question.text(),
                "The stored reviews of " + catalog.reviewsOf(film).get(0).title() + " don't say anything" + about + ".",
                offers);
    }
}
