package dev.reviewbot.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.reviewbot.text.Fuzzy;
import dev.reviewbot.text.ModelWords;
import dev.reviewbot.text.Numerals;
import dev.reviewbot.text.TextCleaner;
import dev.reviewbot.text.TitleMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a question: which films (or a film the library does not hold), which aspects (by their words,
 * their misspellings, or by meaning), which people, which meaningful terms.
 */
public final class QuestionAnalyzer {

    /** Content words a question may have and still be a paraphrased aspect ("were the fights well done"). */
    private static final int MAX_PARAPHRASE_TERMS = 2;

    private final AspectVocabulary vocabulary;
    private final Terms terms;
    private final Set<String> genericStems;
    private final LibraryWords words;
    private final AspectSemantics semantics;
    private final FilmMentions mentions;
    /** Worked out once from the fixed vocabulary rather than on every question. */
    private final java.util.Map<String, Set<String>> wordStems = new java.util.HashMap<>();
    private final Set<String> aloneStems = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();

    /** Aspects by their words only, every word taken as known: for tests of the vocabulary alone. */
    public QuestionAnalyzer(AspectVocabulary vocabulary, Terms terms) {
        this(vocabulary, terms, LibraryWords.NONE, null);
    }

    /**
     * @param words     the library's words, to tell typos, unknown films and unmentioned things apart
     * @param semantics recognises aspects asked without their words; null for none
     */
    public QuestionAnalyzer(AspectVocabulary vocabulary, Terms terms, LibraryWords words, AspectSemantics semantics) {
        this.vocabulary = vocabulary;
        this.terms = terms;
        this.words = words;
        this.semantics = semantics;
        this.mentions = new FilmMentions(vocabulary, words);
        this.genericStems = new HashSet<>(terms.of(String.join(" ", vocabulary.genericWords())));
        notNames.addAll(vocabulary.genericWords());
        for (Aspect aspect : vocabulary.aspects()) {
            Set<String> stems = new HashSet<>();
            for (String word : aspect.questionWords()) {
                List<String> stemmed = word.contains(" ") ? List.of() : terms.of(word);
                if (!stemmed.isEmpty() && stemmed.get(0).length() >= 4) {
                    stems.add(stemmed.get(0));
                }
            }
            wordStems.put(aspect.name(), stems);
            aspect.aloneWords().forEach(w -> aloneStems.addAll(terms.of(w)));
            notNames.addAll(aspect.questionWords());
            notNames.addAll(aspect.aloneWords());
        }
    }

    /** How questions and passages are cut into stems, so that callers compare words the way questions are read. */
    public Terms terms() {
        return terms;
    }

    /**
     * @param knownFilms   the films the question may name
     * @param defaultFilms the films to assume when the question names none (scope or conversation)
     */
    public Question analyze(String rawQuestion, TitleMatcher knownFilms, List<String> defaultFilms) {
        return analyze(rawQuestion, knownFilms, defaultFilms, List.of());
    }

    /**
     * The question with its numbers written as a stored title writes them, when only that names the title exactly:
     * "turbine fourteen runtime" asks about Turbine 14, "7 down ending" about Seven Down. A number that names no
     * title stays as typed ("is it over two hours").
     */
    private static String numbersAsInTitles(String typed, TitleMatcher knownFilms) {
        for (String written : List.of(Numerals.inDigits(typed), Numerals.inWords(typed))) {
            if (!written.equals(typed) && knownFilms.exactTitlesIn(written).size() > knownFilms.exactTitlesIn(typed).size()) {
                return written;
            }
        }
        return typed;
    }

    /** @param knownReviewers every reviewer in the library, so "what did Colin Ashby think" finds that review */
    public Question analyze(String rawQuestion, TitleMatcher knownFilms, List<String> defaultFilms,
                            List<String> knownReviewers) {
        return analyze(rawQuestion, knownFilms, defaultFilms, knownReviewers, PeopleNames.NONE);
    }

    /** @param names the names the stored reviews use, so a name typed in lower case is known as one */
    public Question analyze(String rawQuestion, TitleMatcher knownFilms, List<String> defaultFilms,
                            List<String> knownReviewers, PeopleNames names) {
        String typed = numbersAsInTitles(TextCleaner.clean(rawQuestion).replaceAll("\\s+", " ").strip(), knownFilms);
        List<String> named = knownFilms.titlesIn(typed);
        String sequel = named.isEmpty() ? null : FilmMentions.sequelOf(typed, named);
        String unknownFilm = named.isEmpty() ? mentions.unknownFilm(typed, knownFilms, knownReviewers)
                : sequel != null ? sequel : mentions.changedTitleOf(typed, knownFilms, named);
        if (named.isEmpty()) {
            // Only when no other film is named: "halcyon nights" is another film than Halcyon Laundry, but "brightsea"
            // alone, read as a title, is The Brightsea Tapes called by its word.
            List<String> shortTitle = shortTitleIn(typed, knownFilms);
            if (unknownFilm == null || (!shortTitle.isEmpty() && wordsOf(shortTitle.get(0)).containsAll(wordsOf(unknownFilm)))) {
                named = shortTitle;
                unknownFilm = shortTitle.isEmpty() ? unknownFilm : null;
            }
        }
        List<String> films = unknownFilm != null ? List.of() : named.isEmpty() ? defaultFilms : named;
        Set<String> titleWords = typedTitleWords(typed, named);
        String typedSearch = withoutWords(withoutTitles(typed, named), titleWords);
        String reviewer = reviewerIn(typedSearch, knownReviewers);
        // "What did the student think of Eelgrass?": who the reviewer is, told by a description, is no topic.
        String describer = reviewer == null ? describedReviewer(typedSearch, names) : null;
        if (describer != null) {
            typedSearch = withoutWords(typedSearch, Set.of(describer));
        }
        List<String> unknownWords = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> typos = new ArrayList<>();
        // A reviewer's name is in the library (as who wrote a review), though maybe in no review's text.
        Set<String> reviewerWords = new HashSet<>();
        knownReviewers.forEach(r -> reviewerWords.addAll(List.of(TextCleaner.wordsOnly(r).split(" "))));
        java.util.Map<String, String> corrections = new java.util.LinkedHashMap<>();
        for (String word : TextCleaner.wordsOnly(typedSearch).split(" ")) {
            if (word.length() >= 3 && !vocabulary.genericWords().contains(word) && !reviewerWords.contains(word)
                    && !words.known(word)) {
                unknownWords.add(word);
                // A word typed with a capital is a name, a word of the bot's own vocabulary ("rating", "actress") or
                // one the embedding model knows whole ("hated", "better") is meant as typed; otherwise one typo from a
                // word the reviews use is that word.
                String correction = unknownFilm != null || capitalisedIn(typedSearch, word) || isVocabularyWord(word)
                        || ModelWords.known(word)
                        || !vocabulary.namedAspectsIn(word).isEmpty() ? null
                        : words.correction(word, named);
                if (correction != null) {
                    corrections.put(word, correction);
                }
                if (correction != null || words.misspelt(word)) {
                    typos.add(word);
                } else {
                    missing.add(capitalisedIn(typedSearch, word) ? capitalise(word) : word);
                }
            }
        }
        // "how is the animaton" is searched and embedded as "how is the animation".
        if (ExpectedAnswer.of(corrected(typed, corrections)) != ExpectedAnswer.of(typed)) {
            // A correction that changes the kind of fact asked for ("how long" words) was no typo of a review's word.
            corrections.keySet().stream().filter(w -> !words.misspelt(w)).forEach(w -> {
                typos.remove(w);
                missing.add(w);
            });
            corrections.clear();
        }
        // Searched and embedded as corrected, but its text stays as typed: a real word the reviews happen not to use
        // ("hated") is one typo from a word they do ("haved"), and the opinion reader and the kind of fact asked
        // read the question's own words.
        String text = typed;
        String searchText = corrected(typedSearch, corrections);
        // After the corrections: "who plays minow" names Minnow.
        // A question that is a title and nothing else ("cinder lane") names no one: its "Lane" is no surname there.
        List<String> people = isOnlyTitles(typed, named, titleWords) ? List.of() : peopleIn(searchText, reviewer, names);
        // "libuse holubova" names Libuše Holubová: its words typed without their accents are hers, not missing.
        Set<String> personWords = new HashSet<>();
        people.forEach(p -> personWords.addAll(List.of(TextCleaner.withoutAccents(TextCleaner.wordsOnly(p)).split(" "))));
        missing.removeIf(w -> personWords.contains(TextCleaner.withoutAccents(w.toLowerCase(Locale.ROOT))));
        // Embedded once here, not by each part that reads the question's meaning; a decline for a film the
        // library does not hold needs none. Each title reads as "it": the question keeps its shape ("what did they
        // like about it?") without words that every passage shares ("the film").
        Embedding meaning = semantics == null || unknownFilm != null ? null
                : semantics.embed(named.isEmpty() ? searchText
                        : withoutWords(withTitlesAs(corrected(typed, corrections), named, "it"), titleWords));
        AspectsAsked asked = aspectsOf(searchText, meaning, unknownWords, people, ExpectedAnswer.of(typed), films);
        List<Aspect> aspects = asked.aspects();
        Set<String> asideStems = new HashSet<>();
        if (aspects.stream().anyMatch(a -> !a.name().equals(AspectVocabulary.TITLE))) {
            // An aspect named in so many words is what is asked ("does it drag anywhere"); unknown words beside it
            // are no topic of their own, unless a name; one the embedding model does not know either is no word a
            // sentence could hold ("acting any gud"), while "confusing" still means what "convoluted" says.
            missing.stream().filter(w -> !Character.isUpperCase(w.codePointAt(0)) && !ModelWords.known(w))
                    .forEach(w -> asideStems.addAll(terms.of(w)));
            missing.removeIf(w -> !Character.isUpperCase(w.codePointAt(0)));
        }
        if (films.isEmpty()) {
            // "What's the documentary about the bell foundry called?" asks which film: its content decides.
            aspects = aspects.stream().filter(a -> !a.name().equals(AspectVocabulary.TITLE)).toList();
        }
        missing.removeIf(w -> !vocabulary.aspectsMisspeltIn(List.of(w.toLowerCase(Locale.ROOT))).isEmpty());
        boolean summary = aspects.stream().anyMatch(a -> a.name().equals(AspectVocabulary.SUMMARY))
                || (reviewer != null && aspects.isEmpty() && people.isEmpty());
        Set<String> aspectStems = new LinkedHashSet<>();
        aspects.forEach(a -> vocabulary.wordsOf(a, searchText).forEach(w -> aspectStems.addAll(terms.of(w))));
        asked.sensed().forEach(w -> aspectStems.addAll(terms.of(w)));
        Set<String> titleStems = new HashSet<>();
        named.forEach(f -> titleStems.addAll(terms.of(f)));
        titleWords.forEach(w -> titleStems.addAll(terms.of(w)));
        if (reviewer != null) {
            titleStems.addAll(terms.of(reviewer));
        }
        if (describer != null) {
            titleStems.addAll(terms.of(describer));
        }
        Set<String> typoStems = new HashSet<>();
        typos.forEach(w -> typoStems.addAll(terms.of(w)));
        // A misspelt aspect word ("actng") has done its work once the aspect is found.
        unknownWords.stream().filter(w -> !vocabulary.aspectsMisspeltIn(List.of(w)).isEmpty())
                .forEach(w -> typoStems.addAll(terms.of(w)));
        // Beside a named aspect, a vague verdict word is no topic: "is the scrip good" is about the script.
        Set<String> vague = new HashSet<>();
        if (aspects.stream().noneMatch(a -> a.name().equals(AspectVocabulary.VERDICT))) {
            vocabulary.aspects().forEach(a -> a.aloneWords().forEach(w -> vague.addAll(terms.of(w))));
            vague.removeAll(aspectStems);
        }
        Set<String> meaningful = new LinkedHashSet<>();
        // Its words as corrected: "belwether inquest flashbaks" asks about the flashbacks.
        for (String term : terms.of(corrected(text, corrections))) {
            if (!genericStems.contains(term) && !titleStems.contains(term) && !typoStems.contains(term)
                    && !asideStems.contains(term) && !(vague.contains(term) && !aspects.isEmpty()) && !term.matches("\\d{1,3}")) {
                meaningful.add(term);
            }
        }
        // Unknown words count as missing only when nothing else the question asks about is known: "a robot
        // sidekick" is still about the robot; "the dog" alone is about nothing the reviews mention. A name
        // the reviews never mention always counts.
        Set<String> missingStems = new HashSet<>();
        missing.forEach(w -> missingStems.addAll(terms.of(w)));
        boolean knownContent = meaningful.stream().anyMatch(t -> !missingStems.contains(t) && !aspectStems.contains(t));
        if (knownContent) {
            missing.removeIf(w -> !Character.isUpperCase(w.codePointAt(0)));
        }
        // "Is it worth watching?", "X verdict", "recommend or skip?": nothing asked but the verdict, which is
        // answered like a summary, from the verdict's judgement and its closing recommendation.
        Set<String> verdictStems = new HashSet<>();
        aspects.stream().filter(a -> a.name().equals(AspectVocabulary.VERDICT)).forEach(a -> {
            a.questionWords().forEach(w -> verdictStems.addAll(terms.of(w)));
            a.aloneWords().forEach(w -> verdictStems.addAll(terms.of(w)));
        });
        // "Who's good in it?" asks for people, not for the verdict.
        if (aspects.size() == 1 && !verdictStems.isEmpty() && people.isEmpty() && missing.isEmpty()
                && verdictStems.containsAll(meaningful) && ExpectedAnswer.of(text) != ExpectedAnswer.PERSON) {
            summary = true;
        }
        // A film named and nothing else asked ("sparrowfall review", "the ninth lock?"): its verdict, as a summary.
        if (!films.isEmpty() && aspects.isEmpty() && people.isEmpty() && missing.isEmpty() && meaningful.isEmpty()
                && ExpectedAnswer.of(text) == ExpectedAnswer.ANY) {
            summary = true;
        }
        Set<String> expansion = new LinkedHashSet<>();
        aspects.forEach(a -> a.questionWords().forEach(w -> expansion.addAll(terms.of(w))));
        expansion.removeAll(meaningful);
        ExpectedAnswer expected = ExpectedAnswer.of(text);
        if (expected == ExpectedAnswer.ANY && people.isEmpty() && missing.isEmpty() && aspectStems.containsAll(meaningful)
                && namesPersonWord(searchText, aspects)) {
            // "harrow bright dp", "umbra director": the role's person and nothing else asks who.
            expected = ExpectedAnswer.PERSON;
        }
        return new Question(text, searchText, films, aspects, List.copyOf(meaningful), List.copyOf(aspectStems),
                List.copyOf(expansion), reviewer, summary, unknownFilm, people, missing, expected, meaning, false,
                asked.sensed());
    }

    /**
     * "What did the linkedin guy think of Turbine 14?", "did the barrister like it": a reviewer described by who
     * they are, before a verb of judging the film and nothing after it. Grammar, a closed set; a description
     * naming an aspect ("did the kids like it") or a person in the film asks about them instead.
     */
    private static final java.util.regex.Pattern DESCRIBED_REVIEWER = java.util.regex.Pattern.compile(
            "(?i)^(?:so,? )?(?:what|how)?\\s*(?:did|does|do)\\s+(?:the|that|this|your|our)\\s+((?:[\\p{L}'-]+\\s+){0,2}?[\\p{L}'-]+)"
                    // The film, its title already taken out, is all that is judged: "does the dog make it to the end" asks of the dog.
                    + "\\s+(?:think|make|say|like|love|enjoy|hate|dislike|rate|rave)(?:\\s+(?:of|about))?"
                    + "(?:\\s+(?:it|this|that|this one|the film|the movie))?(?:\\s+(?:overall|at all|much))?\\s*[?.!]*$");

    private String describedReviewer(String text, PeopleNames names) {
        java.util.regex.Matcher m = DESCRIBED_REVIEWER.matcher(text);
        if (!m.find()) {
            return null;
        }
        String description = m.group(1);
        return !names.in(description, Set.of()).isEmpty() || !vocabulary.namedAspectsIn(description).isEmpty() ? null : description;
    }

    /** The aspects a question asks about, and its words that asked them by meaning alone ("finish"). */
    private record AspectsAsked(List<Aspect> aspects, List<String> sensed) {
    }

    /**
     * By their words first; then by a misspelling of them ("actng"); then by one word's meaning ("how does it
     * finish"); then by the whole question's meaning ("how does it sound");
     * last by the vague words that ask for the verdict ("is it good?"), unless the question names a person,
     * when it is about that person, not the film's verdict.
     */
    private AspectsAsked aspectsOf(String searchText, Embedding meaning, List<String> unknownWords, List<String> people,
                                   ExpectedAnswer expected, List<String> films) {
        List<Aspect> aspects = vocabulary.namedAspectsIn(searchText);
        if (aspects.isEmpty()) {
            // Another form of a vocabulary word: "slowly" for "slow", "scored" for "score".
            Set<String> stems = new HashSet<>(terms.of(searchText));
            stems.removeAll(genericStems);
            aspects = vocabulary.aspects().stream()
                    .filter(a -> wordStems.getOrDefault(a.name(), Set.of()).stream().anyMatch(stems::contains)).toList();
        }
        if (aspects.isEmpty()) {
            aspects = vocabulary.aspectsMisspeltIn(unknownWords);
        }
        if (aspects.isEmpty() && people.isEmpty() && semantics != null && expected == ExpectedAnswer.ANY) {
            // By a word's meaning: "how does it finish" asks about the ending, "could it be shorter" the pacing. Not
            // for a question wanting a fact ("who produced it", "how long is it"): that asks for a role or a number,
            // whatever aspect its word sounds like ("composed", "overlong").
            List<WordSenses.Sense> senses = sensesIn(searchText, films);
            if (!senses.isEmpty()) {
                return new AspectsAsked(senses.stream().map(WordSenses.Sense::aspect).distinct().toList(),
                        senses.stream().map(WordSenses.Sense::asked).toList());
            }
        }
        // By meaning only for short questions: one with several content words is about those things ("which
        // horror film is set around a flooded town?"), not a paraphrased aspect ("how does it sound?").
        long contentWords = terms.of(searchText).stream().filter(t -> !genericStems.contains(t)).count();
        if (aspects.isEmpty() && people.isEmpty() && meaning != null && contentWords <= MAX_PARAPHRASE_TERMS) {
            aspects = semantics.ofQuestion(meaning);
            // By meaning as by its vague words, the verdict is asked only when nothing else is: "is the creature in
            // it any good?" reads close to the verdict, but asks about the creature.
            if (contentWords > aloneWordsIn(searchText)) {
                aspects = aspects.stream().filter(a -> !a.name().equals(AspectVocabulary.VERDICT)).toList();
            }
        }
        if (aspects.isEmpty() && people.isEmpty() && contentWords <= aloneWordsIn(searchText)) {
            // "Is it any good?" asks for the verdict; "is the creature any good?" asks about the creature.
            aspects = vocabulary.aloneAspectsIn(searchText);
        }
        return new AspectsAsked(aspects, List.of());
    }

    /**
     * The question's own words (not vague, not generic) that ask about an aspect by their meaning. A word the films'
     * reviews use finds its own evidence as typed ("whats the singing like"); one they never use ("finish", "shorter")
     * can only be answered in other words.
     */
    private List<WordSenses.Sense> sensesIn(String searchText, List<String> films) {
        List<WordSenses.Sense> senses = new ArrayList<>();
        for (String word : TextCleaner.wordsOnly(searchText).split(" ")) {
            List<String> stems = terms.of(word);
            if (word.length() >= 4 && !vocabulary.genericWords().contains(word) && !stems.isEmpty()
                    && !genericStems.containsAll(stems) && !aloneStems.containsAll(stems) && !words.usedOn(word, films)) {
                semantics.words().aspectOf(word).ifPresent(senses::add);
            }
        }
        return senses;
    }

    /** How many of the question's content words are the vague ones that ask for a verdict ("good", "like"). */
    private long aloneWordsIn(String text) {
        return terms.of(text).stream().filter(t -> !genericStems.contains(t) && aloneStems.contains(t)).count();
    }

    /** Capitalised words, not opening the question, that the reviews use: "Ana de Armas", "Wiseman". */
    private List<String> peopleIn(String text, String reviewer, PeopleNames names) {
        // The reviewer's name is theirs, not a person in the film who shares a surname with them.
        String withoutReviewer = reviewer == null ? text : text.replaceAll("(?iu)\\b" + String.join("\\W+",
                java.util.Arrays.stream(TextCleaner.wordsOnly(reviewer).split(" ")).map(java.util.regex.Pattern::quote).toList())
                + "(['\u2019]s)?\\b", " ");
        List<String> people = new ArrayList<>(names.in(withoutReviewer, notNames));
        people.removeIf(p -> reviewer != null && reviewer.equalsIgnoreCase(p));
        String[] tokens = text.replaceAll("[?!.,;:()\"]", " ").strip().split("\\s+");
        for (int i = 1; i < tokens.length; i++) {
            String token = tokens[i].replaceAll("'s$", "");
            if (token.length() >= 3 && Character.isUpperCase(token.codePointAt(0)) && !token.equals(token.toUpperCase(Locale.ROOT))
                    && (reviewer == null || !reviewer.contains(token))
                    && !vocabulary.genericWords().contains(token.toLowerCase(Locale.ROOT)) && words.known(token)
                    && (names == PeopleNames.NONE || names.isProper(token))
                    && !isVocabularyWord(token.toLowerCase(Locale.ROOT))
                    && people.stream().noneMatch(p -> p.contains(token))) {
                people.add(token);
            }
        }
        return people;
    }

    private boolean isVocabularyWord(String word) {
        return vocabulary.aspects().stream().anyMatch(a -> a.questionWords().contains(word) || a.sectionWords().contains(word)
                || a.aloneWords().contains(word));
    }

    private static boolean namesPersonWord(String searchText, List<Aspect> aspects) {
        String padded = " " + TextCleaner.wordsOnly(searchText) + " ";
        return aspects.stream().anyMatch(a -> a.personWords().stream().anyMatch(w -> AspectVocabulary.containsWord(padded, w)));
    }

    /**
     * A title called by one of its words ("umbra director" for Umbra and the Clockwork Fox): a word of that title
     * only, which the reviews write only as a name and only in that film's reviews; empty unless exactly one film is
     * called so.
     */
    private List<String> shortTitleIn(String text, TitleMatcher knownFilms) {
        Set<String> called = new LinkedHashSet<>();
        for (String word : TextCleaner.wordsOnly(text).split(" ")) {
            String title = word.length() < 4 || vocabulary.genericWords().contains(word) || isVocabularyWord(word)
                    ? null : knownFilms.onlyTitleWith(word);
            // A word the index never saw but a title has once its accents are set aside ("grelons") can only be that title's.
            if (title != null && (words.onlyANameIn(word, title) || !words.known(word))) {
                called.add(title);
            }
        }
        return called.size() == 1 ? List.copyOf(called) : List.of();
    }

    private static Set<String> wordsOf(String title) {
        return new HashSet<>(List.of(TextCleaner.wordsOnly(title).split(" ")));
    }

    /** The question's words that spell a named title with typos ("balerina"): no content of their own. */
    private static Set<String> typedTitleWords(String text, List<String> titles) {
        Set<String> typed = new HashSet<>();
        for (String title : titles) {
            // A title typed with a typo ("the borowed winter") takes its correctly spelt words with it.
            boolean exact = !withoutTitles(text, List.of(title)).equals(text);
            typed.addAll(respacedTitleWords(TextCleaner.wordsOnly(text).split(" "), TextCleaner.wordsOnly(title).split(" ")));
            for (String titleWord : TextCleaner.wordsOnly(title).split(" ")) {
                for (String word : TextCleaner.wordsOnly(text).split(" ")) {
                    if ((!exact || !word.equals(titleWord)) && titleWord.length() >= 4
                            && Fuzzy.distance(word, titleWord) <= Math.max(1, Fuzzy.tolerance(titleWord.length()))
                            && Math.abs(word.length() - titleWord.length()) <= 2) {
                        typed.add(word);
                    }
                }
            }
        }
        return typed;
    }

    /** Words of a title typed with a space too many ("iron wood") or too few ("papermeridian"). */
    private static Set<String> respacedTitleWords(String[] words, String[] titleWords) {
        Set<String> typed = new HashSet<>();
        for (int i = 0; i + 1 < words.length; i++) {
            for (int t = 0; t < titleWords.length; t++) {
                if ((words[i] + words[i + 1]).equals(titleWords[t])) {
                    typed.add(words[i]);
                    typed.add(words[i + 1]);
                }
                if (t + 1 < titleWords.length && words[i].equals(titleWords[t] + titleWords[t + 1])) {
                    typed.add(words[i]);
                }
            }
        }
        if (words.length > 0) {
            String last = words[words.length - 1];
            for (int t = 0; t + 1 < titleWords.length; t++) {
                if (last.equals(titleWords[t] + titleWords[t + 1])) {
                    typed.add(last);
                }
            }
        }
        return typed;
    }

    private static String corrected(String text, java.util.Map<String, String> corrections) {
        String result = text;
        for (java.util.Map.Entry<String, String> c : corrections.entrySet()) {
            result = result.replaceAll("(?iu)\\b" + java.util.regex.Pattern.quote(c.getKey()) + "\\b",
                    java.util.regex.Matcher.quoteReplacement(c.getValue()));
        }
        return result;
    }

    private static String withoutWords(String text, Set<String> words) {
        if (words.isEmpty()) {
            return text;
        }
        String result = text;
        for (String word : words) {
            result = result.replaceAll("(?iu)\\b(the\\s+)?" + java.util.regex.Pattern.quote(word) + "\\b", " ");
        }
        String stripped = result.replaceAll("\\s+", " ").replaceAll(" ([?.!,])", "$1").strip();
        return stripped.isEmpty() ? text : stripped;
    }

    /** Written as a name (a capital, then lower case; not SHOUTED), and not just opening the question. */
    private static boolean capitalisedIn(String text, String word) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}])" + Character.toUpperCase(word.charAt(0))
                + java.util.regex.Pattern.quote(word.substring(1)) + "\\b").matcher(text).find()
                && !text.startsWith(Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Nothing but the named titles (as typed, typos too) and "the". */
    private static boolean isOnlyTitles(String typed, List<String> named, Set<String> titleWords) {
        if (named.isEmpty()) {
            return false;
        }
        String rest = TextCleaner.wordsOnly(withTitlesAs(typed, named, " "));
        for (String word : titleWords) {
            rest = rest.replaceAll("(?iu)\\b" + java.util.regex.Pattern.quote(word) + "\\b", " ");
        }
        return rest.replaceAll("(?i)\\bthe\\b", " ").isBlank();
    }

    /**
     * A reviewer named by full name, or by a surname of four letters or more that is no word a question is made of:
     * a video channel's "Gethin Morfydd Reviews" is not asked about by "do the reviews disagree".
     */
    private String reviewerIn(String text, List<String> reviewers) {
        // "Marguerite Oyelaran's verdict": the possessive is no part of the name.
        String padded = " " + TextCleaner.wordsOnly(text.replaceAll("(?i)(\\p{L})['\u2019]s\\b", "$1")) + " ";
        // The full name first: "sorrel quill" is Sorrel Quill even where Lars Quill is listed before her.
        for (String reviewer : reviewers) {
            if (padded.contains(" " + TextCleaner.wordsOnly(reviewer) + " ")) {
                return reviewer;
            }
        }
        for (String reviewer : reviewers) {
            String name = TextCleaner.wordsOnly(reviewer);
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            if (surname.length() >= 4 && !vocabulary.genericWords().contains(surname) && padded.contains(" " + surname + " ")
                    && !namesSomeoneElse(padded, surname)) {
                return reviewer;
            }
        }
        return null;
    }

    /**
     * "which films did rafael okoro shoot" beside the reviewer Tamsin Okoro: the surname follows another first name
     * that the reviews write with it, so it is that person, not the reviewer.
     */
    private boolean namesSomeoneElse(String padded, String surname) {
        java.util.regex.Matcher before = java.util.regex.Pattern.compile("(\\p{L}+) " + java.util.regex.Pattern.quote(surname) + " ")
                .matcher(padded);
        while (before.find()) {
            if (before.group(1).length() >= 3 && !vocabulary.genericWords().contains(before.group(1))
                    && words.phraseKnown(before.group(1) + " " + surname) && words.writtenAsName(before.group(1) + " " + surname)) {
                return true;
            }
        }
        return false;
    }

    /** "is X better than Y" reads as "is the film better than the film": titles say nothing of the kind of question. */
    public static String withTitlesGeneric(String text, List<String> titles) {
        return withTitlesAs(text, titles, "the film");
    }

    private static String withTitlesAs(String text, List<String> titles, String replacement) {
        String result = text;
        for (String title : titles) {
            String words = TextCleaner.wordsOnly(title).replaceFirst("^the ", "");
            if (!words.isEmpty()) {
                result = result.replaceAll(titlePattern(words), replacement);
            }
        }
        return result;
    }

    private static String titlePattern(String words) {
        return "(?iu)\\b(the\\W+)?" + String.join("\\W+", java.util.Arrays.stream(words.split(" "))
                .map(java.util.regex.Pattern::quote).toList()) + "\\b";
    }

    /** The question's own words, its named titles dropped: what the fitted question kinds read. */
    public static String withoutTitlesAsked(String text, List<String> titles) {
        return withoutTitles(text, titles).replaceAll("\\s+", " ").strip();
    }

    /** Drops each named title (spelt exactly, case and punctuation aside) from the question. */
    static String withoutTitles(String text, List<String> titles) {
        String result = text;
        for (String title : titles) {
            String words = TextCleaner.wordsOnly(title).replaceFirst("^the ", "");
            if (words.isEmpty()) {
                continue;
            }
            result = result.replaceAll(titlePattern(words), " ");
        }
        String stripped = result.replaceAll("\\s+", " ").replaceAll(" ([?.!,])", "$1").strip();
        return stripped.isEmpty() ? text : stripped;
    }
}
