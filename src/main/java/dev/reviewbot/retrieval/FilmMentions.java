package dev.reviewbot.retrieval;

import dev.reviewbot.text.ModelWords;
import dev.reviewbot.text.TextCleaner;
import dev.reviewbot.text.TitleMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a film a question names that the library does not hold ("How is the acting in The Godfather?",
 * "is copper lanterns any good?"), so the bot declines rather than quote another film. No list of films:
 * a title is recognised by its shape (a quoted span, a capitalised span, the words after "in", "of",
 * "about") and by being unknown to the library (its words never occur together in any stored review, it
 * is no stored title even with typos, no reviewer, no aspect word).
 */
final class FilmMentions {

    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”]{2,60})[\"”]|\\*([^*]{2,60})\\*|(?<![\\w])_([^_]{2,60})_(?![\\w])"
            + "|(?<![\\w])['‘]([^'‘’]{2,60})['’](?![\\w])");
    /** A number, a time or an ordinal ("20", "3am", "1950s", "20th"): a quantity, never a title on its own. */
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*\\p{L}{0,3}");
    /** Words that join the capitalised words of one title ("Pride and Prejudice", "The Lord of the Rings"). */
    private static final Set<String> JOINERS = Set.of("of", "the", "and", "a", "an", "in", "on", "to", "&", "at", "for", "from", "with");
    /** Words after which a question names its film: "the acting in X", "a review of X", "is X any good". */
    private static final Pattern LEAD_IN = leadIn("in|of|about|for|watch|watching|see|seeing|review|reviewed|directed|shot|scored|wrote|is|was");
    /** The same without "is": in "which film is set in a cold town" it is the description's verb, not a title's. */
    private static final Pattern LEAD_IN_DESCRIBED = leadIn("in|of|about|for|watch|watching|see|seeing|review|reviewed|directed|shot|scored|wrote");

    /**
     * "when a stranger calls review", "the world's end movie review": a question of nothing but a title and "review"
     * puts the title where "review of" would. Grammar, a closed set.
     */
    private static final Pattern TITLE_THEN_REVIEW = Pattern.compile(
            "(?i)^(?:so,? |and |ok,? )?(?:the\\s+)?([\\p{L}\\p{N}' :-]{3,50}?)\\s+(?:(?:film|movie)\\s+)?reviews?\\s*[?.!]*$");

    /**
     * Verbs of making a film and "review of": what follows them is a film, never a character or a place ("who directed
     * gullhaven"). Grammar, a closed set.
     */
    private static final Pattern MADE = leadIn("directed|shot|scored|wrote|edited|produced|review of|reviews of");

    private static Pattern leadIn(String words) {
        return Pattern.compile("(?i)\\b(" + words + ")\\s+(?!there\\b)(?:the\\s+)?([\\p{L}\\p{N}' :-]{3,50}?)"
                + "\\s*(?:\\?|!|\\.|,|$|\\s+(?:any good|worth|good|ok|okay|bad|like|scary|funny|better|too|really|at all|for|by)\\b)");
    }

    /**
     * "is paper giraffes worth seeing": what is worth seeing, renting or the ticket is a film, whatever the reviews
     * call it; not what is worth watching ("is ana de armas worth watching"). Grammar, a closed set.
     */
    private static final Pattern JUDGED_AS_A_FILM = Pattern.compile("(?i)^(?:so,? |and |ok,? )?(?:is|was)\\s+(?:the\\s+)?"
            + "([\\p{L}\\p{N}' :-]{3,50}?)\\s+worth\\s+(?:seeing|a watch|renting|streaming|buying|the (?:ticket|money|price))\\b");

    /**
     * "is mister candlewick good", "what did u think of orchid tax": judged or asked about as a whole, the thing
     * named may be a film or a person ("is clementine rourke good"); it is a film when the reviews never write it as
     * a person's name ({@link LibraryWords#writtenAsPerson}). Grammar, a closed set.
     */
    private static final Pattern JUDGED_AS_A_WHOLE = Pattern.compile("(?i)^(?:so,? |and |ok,? )?(?:(?:is|was)\\s+(?:the\\s+)?"
            + "([\\p{L}\\p{N}' :-]{3,50}?)\\s+(?:any good|good|bad|worth it|worth watching)"
            + "|(?:what did|what do|what does)\\s+(?:you|u|ya|they|people|critics|the critics|the reviewer)\\s+(?:think|say)\\s+(?:of|about)\\s+(?:the\\s+)?"
            + "([\\p{L}\\p{N}' :-]{3,50}?)|thoughts on\\s+(?:the\\s+)?([\\p{L}\\p{N}' :-]{3,50}?))\\s*[?.!]*$");

    /** "Which movie has...", "the film where...": the question asks which stored film fits a description. */
    private static final Pattern FINDS_A_FILM = Pattern.compile(
            "(?i)\\b(which|what|whats|what's|any)( is)?( the)? (films?|movies?|documentar(y|ies)|thrillers?|comed(y|ies)|horror|musicals?|one)\\b"
                    + "|\\b(films?|movies?) (with|about|where|in which|that|set)\\b|\\b(is|are) there (a|an|any|some)\\b");
    /** "the movie oppenheimer": the word that says a title follows. */
    private static final Set<String> FILM_WORDS = Set.of("film", "films", "movie", "movies", "documentary", "picture");
    /** Words of questions themselves, never part of a title. */
    private static final Set<String> QUESTION_WORDS = Set.of("who", "whom", "whose", "what", "which", "when", "where", "why",
            "how", "hows", "is", "are", "was", "were", "do", "does", "did", "can", "could", "should", "would", "will", "has",
            "have", "had", "there", "be", "been", "tell", "give", "list", "name", "and", "or", "but", "not", "if", "so",
            "than", "then", "also", "very", "more", "most", "less", "least", "much", "too", "all", "both", "each", "every",
            "he", "she", "they", "them", "his", "her", "their", "we", "us", "our", "him", "someone", "anyone", "people",
            "person", "guy", "man", "woman", "lead", "main", "star", "stars", "watch", "worth", "see", "seen", "go", "reviewed",
            "reviewers", "critics", "rate", "rated", "rating", "liked", "thinks", "review", "opinion", "runtime", "running",
            "time", "length", "long", "minutes", "release", "released", "budget", "box", "office", "year", "old", "deal",
            "mean", "means", "meant", "meaning");

    private final AspectVocabulary vocabulary;
    private final LibraryWords words;

    FilmMentions(AspectVocabulary vocabulary, LibraryWords words) {
        this.vocabulary = vocabulary;
        this.words = words;
    }

    /**
     * The film the question names that the library does not hold, as typed; null when it names none.
     *
     * @param text      the question, cleaned
     * @param titles    the stored titles
     * @param reviewers the stored reviewers' names (a name in a question may be one of them)
     */
    String unknownFilm(String question, TitleMatcher titles, List<String> reviewers) {
        String text = withoutQuotedReviewText(question);
        // A span put in quotes is meant as a title, as much as one after "in" or "of": "who plays the lead in
        // \"vesper bay\"" names a film even when each of its words is known.
        List<String> quotedSpans = quotedSpans(text);
        for (String candidate : candidates(text)) {
            String span = withoutPredicate(text, candidate);
            if (isUnknownTitle(span, titles, reviewers, quotedSpans.contains(candidate))) {
                return span;
            }
        }
        List<String> placed = new ArrayList<>();
        Matcher leadIn = LEAD_IN.matcher(text);
        while (leadIn.find() && !FINDS_A_FILM.matcher(text).find()) {
            placed.add(leadIn.group(2).strip());
        }
        Matcher reviewed = TITLE_THEN_REVIEW.matcher(text.strip());
        if (reviewed.matches() && !FINDS_A_FILM.matcher(text).find() && isReviewedTitle(reviewed.group(1), titles, reviewers)) {
            return reviewed.group(1).strip();
        }
        int ledIn = placed.size();
        unknownRuns(text, placed);
        for (String candidate : placed) {
            String span = withoutPredicate(text, candidate);
            if (isUnknownTitle(span, titles, reviewers, true)) {
                return span;
            }
        }
        // A name some review writes only with capitals, never as a person's, is a film that review names in passing
        // ("It reminded me of Gullhaven"): two words or more opening the question before what is asked ("marzipan
        // republic plot"), or any name after a verb of making it ("who directed gullhaven"). Not after "about" or
        // "in": "what do reviewers say about clara voss" asks about an actor whom no review credits in so many words.
        List<String> made = new ArrayList<>();
        Matcher maker = MADE.matcher(text);
        while (maker.find() && !FINDS_A_FILM.matcher(text).find()) {
            made.add(maker.group(2).strip());
        }
        for (String candidate : java.util.stream.Stream.concat(made.stream(), placed.subList(ledIn, placed.size()).stream()
                .filter(p -> TextCleaner.wordsOnly(p).split(" ").length >= 2)).toList()) {
            String span = withoutPredicate(text, candidate);
            if (!span.isBlank() && isNamedInPassing(span, titles, reviewers) && !words.writtenAsPerson(span)) {
                return span;
            }
        }
        Matcher judged = JUDGED_AS_A_FILM.matcher(text);
        if (judged.find() && isNamedInPassing(judged.group(1).strip(), titles, reviewers)) {
            return judged.group(1).strip();
        }
        Matcher whole = JUDGED_AS_A_WHOLE.matcher(text);
        if (whole.find()) {
            String span = firstNonNull(whole.group(1), whole.group(2), whole.group(3)).strip();
            if (isNamedInPassing(span, titles, reviewers) && !words.writtenAsPerson(span)) {
                return span;
            }
        }
        return changedTitle(text, titles);
    }

    /**
     * "is the newt cute", "does the dog survive": a yes/no question that opens "is the" (or "does the") and
     * ends on the words asked about, whose last word says what is asked of the thing named before it. Those
     * words go on to be read without it ("newt"); any other span is returned as it is.
     */
    private static String withoutPredicate(String text, String span) {
        String[] tokens = TextCleaner.wordsOnly(text).split(" ");
        String[] spanWords = TextCleaner.wordsOnly(span).split(" ");
        int from = tokens.length - spanWords.length;
        boolean endsTheQuestion = from >= 2 && String.join(" ", tokens).endsWith(" " + String.join(" ", spanWords));
        if (!endsTheQuestion || tokens.length < 4 || !YES_NO_OPENINGS.contains(tokens[0]) || !tokens[1].equals("the")) {
            return span;
        }
        // "is the villain cartoonish": the span is the predicate alone, after the thing named.
        int lastSpace = span.strip().lastIndexOf(' ');
        return lastSpace < 0 ? "" : span.strip().substring(0, lastSpace).strip();
    }

    /** The verbs a yes/no question about a thing opens with ("is the ...", "does the ..."). */
    private static final Set<String> YES_NO_OPENINGS = Set.of("is", "was", "are", "were", "does", "did", "do");

    /**
     * "two right hands" beside Two Left Hands: a stored title with one word changed (not by a typo) names
     * another film when the changed word is content and no review uses the words together. A two-word title
     * shares one word only, so there the words must also stand in a title's place ("who directed the marrow thief").
     */
    private String changedTitle(String text, TitleMatcher titles) {
        return changedTitle(text, titles, variant -> true);
    }

    /**
     * "pip and the paper tiger" beside Pip and the Paper Dragon: a stored title found by part of it ("pip and the
     * paper") whose whole is typed with a content word changed names another film; null when none of
     * {@code named} is typed so. A title typed whole, or with a typo, is the title.
     */
    String changedTitleOf(String text, TitleMatcher titles, List<String> named) {
        String padded = " " + TextCleaner.wordsOnly(text.replace("&", " and ")) + " ";
        return changedTitle(text, titles, variant -> named.contains(variant.title())
                && !padded.contains(" " + TitleMatcher.key(variant.title()) + " "));
    }

    private String changedTitle(String text, TitleMatcher titles, Predicate<TitleMatcher.Variant> considered) {
        String[] tokens = TextCleaner.wordsOnly(text.replace("&", " and ")).split(" ");
        for (TitleMatcher.Variant variant : titles.variantsIn(text)) {
            // A number changed is a change wherever the title stands ("who directed turbine 15" beside Turbine 14:
            // a sequel, not it); a content word only where a title would stand.
            boolean renumbered = NUMBER.matcher(variant.changed()).matches();
            if (considered.test(variant) && (renumbered || isContent(variant.changed())) && !words.phraseKnown(variant.typed())
                    && (renumbered || variant.to() - variant.from() >= 3 || inTitlePlace(tokens, variant.from(), variant.to())
                    || openedAndFollowedByNoContent(tokens, variant.from(), variant.to())
                    || ledInBeforeTheQuestion(tokens, variant.from(), variant.to())
                    || ledInClosingTheQuestion(tokens, variant.from(), variant.to()))) {
                return variant.typed();
            }
        }
        return null;
    }

    /**
     * The question with each quoted phrase a stored review holds ("what does \"lived-in chemistry\" mean")
     * put as "that": a quote of the reviews' own words is content, not a title. One quoted word stays (a
     * one-word title may be a common word), and so does a phrase no review holds.
     */
    private String withoutQuotedReviewText(String text) {
        Matcher quoted = QUOTED.matcher(text);
        StringBuilder result = new StringBuilder();
        while (quoted.find()) {
            String span = firstNonNull(quoted.group(1), quoted.group(2), quoted.group(3), quoted.group(4));
            boolean reviewText = TextCleaner.wordsOnly(span).split(" ").length >= 2 && words.textKnown(span)
                    && !titleCasedUnlikeTheReviews(span);
            quoted.appendReplacement(result, Matcher.quoteReplacement(reviewText ? " that " : quoted.group()));
        }
        quoted.appendTail(result);
        return result.toString().replaceAll("\\s+", " ").strip();
    }

    /** "Hollow Creek 2", "The Salt Road: Part Two": a sequel of a stored film is another film; null if none. */
    static String sequelOf(String text, List<String> titles) {
        for (String title : titles) {
            String words = TitleMatcher.key(title);
            Matcher m = Pattern.compile("(?i)\\b(" + String.join("\\W+", java.util.Arrays.stream(words.split(" "))
                    .map(Pattern::quote).toList()) + ")\\W{0,3}(\\d{1,2}|ii|iii|iv|part \\w+|returns|reloaded)\\b").matcher(text);
            if (m.find()) {
                return title + " " + m.group(2);
            }
        }
        return null;
    }

    private static List<String> quotedSpans(String text) {
        List<String> spans = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            spans.add(firstNonNull(quoted.group(1), quoted.group(2), quoted.group(3), quoted.group(4)).strip());
        }
        return spans;
    }

    private List<String> candidates(String text) {
        List<String> spans = new ArrayList<>(quotedSpans(text));
        spans.addAll(capitalisedSpans(text));
        spans.addAll(unknownRuns(text, null));
        Matcher leadIn = (FINDS_A_FILM.matcher(text).find() ? LEAD_IN_DESCRIBED : LEAD_IN).matcher(text);
        while (leadIn.find()) {
            String span = leadIn.group(2).strip();
            spans.add(span);
        }
        return spans;
    }

    /**
     * Runs of the question's words that are neither common nor aspect words and hold a word the library
     * never uses: "the dark knight cast" names "dark knight". Not for questions that ask which film has
     * something ("which movie has a robot sidekick"): there unknown words describe, not name.
     */
    private List<String> unknownRuns(String text, List<String> placed) {
        if (FINDS_A_FILM.matcher(text).find()) {
            return List.of();
        }
        List<String> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String[] tokens = TextCleaner.wordsOnly(text).split(" ");
        for (int i = 0; i <= tokens.length; i++) {
            String token = i < tokens.length ? tokens[i] : "";
            boolean joiner = !run.isEmpty() && JOINERS.contains(token) && joinsContent(tokens, i);
            if (isContent(token) || joiner) {
                run.add(token);
            } else {
                while (!run.isEmpty() && JOINERS.contains(run.get(run.size() - 1))) {
                    run.remove(run.size() - 1);
                }
                if (playedRole(tokens, i - run.size())) {
                    // "who plays the vicar in moth council": the part ends at the first small word; a title may follow.
                    int partEnds = firstJoiner(run);
                    List<String> after = partEnds < 0 ? List.of() : new ArrayList<>(run.subList(partEnds + 1, run.size()));
                    run.clear();
                    run.addAll(after);
                }
                if (run.stream().anyMatch(w -> !JOINERS.contains(w) && unknownToTheReviews(w))
                        || (!run.isEmpty() && words.writtenAsTitle(String.join(" ", run)))) {
                    runs.add(String.join(" ", run));
                } else if (placed != null && run.size() >= 2 && (inTitlePlace(tokens, i - run.size(), i)
                        || openedAndFollowedByNoContent(tokens, i - run.size(), i)
                        || openedAndFollowedByTheQuestion(tokens, i - run.size(), i))) {
                    placed.add(String.join(" ", run));
                }
                run.clear();
            }
        }
        return runs;
    }

    /**
     * "who plays the dj", "who voiced a talking owl": words after a verb of acting and an article name the part
     * played, not a film, even when no review uses them. Grammar, a closed set.
     */
    private static boolean playedRole(String[] tokens, int from) {
        return from >= 2 && ARTICLES.contains(tokens[from - 1]) && ROLE_VERBS.contains(tokens[from - 2]);
    }

    private static int firstJoiner(List<String> run) {
        for (int i = 0; i < run.size(); i++) {
            if (JOINERS.contains(run.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> ROLE_VERBS = Set.of("play", "plays", "played", "playing", "voice", "voices", "voiced",
            "voicing", "portray", "portrays", "portrayed", "portraying");

    /** Small words ("of the") between two title words: "the salt of the sea". */
    private boolean joinsContent(String[] tokens, int at) {
        int next = at + 1;
        while (next < tokens.length && JOINERS.contains(tokens[next])) {
            next++;
        }
        return next < tokens.length && next - at <= 2 && isContent(tokens[next]);
    }

    /**
     * Words in a title's place: after "the" (or opening the question) and closing it, or followed only by
     * an aspect word or a word for the film or its review: "rate the amber road", "the salt river acting", "harvest
     * moon review"; not "do the two leads have chemistry".
     */
    private boolean inTitlePlace(String[] tokens, int from, int to) {
        boolean opened = from == 0 || tokens[from - 1].equals("the");
        boolean closed = to >= tokens.length || (to + 1 == tokens.length && (isAspectWord(tokens[to]) || FILM_WORDS.contains(tokens[to])
                || tokens[to].equals("review") || tokens[to].equals("reviews")));
        return opened && closed;
    }

    /**
     * A stored title's shape opening the question (or after "the") and only verdict, aspect or question words
     * after it: "honeybrook station any good", "the ice talkers sound design".
     */
    private boolean openedAndFollowedByNoContent(String[] tokens, int from, int to) {
        boolean opened = from == 0 || (from == 1 && tokens[0].equals("the"));
        return opened && java.util.Arrays.stream(tokens, to, tokens.length).noneMatch(this::isContent);
    }

    /** "the iron giant who voices the robot": words opening the question (after "the"), then the question itself. */
    private static boolean openedAndFollowedByTheQuestion(String[] tokens, int from, int to) {
        boolean opened = from == 0 || (from == 1 && tokens[0].equals("the"));
        return opened && to < tokens.length && ASKING.contains(tokens[to]);
    }

    /** The words a question opens with, asking: who, what, how, is... Grammar, a closed set. */
    private static final Set<String> ASKING = Set.of("who", "whos", "what", "whats", "which", "when", "where", "why", "how",
            "hows", "is", "was", "are", "does", "did", "do", "can", "should");

    /** "in moth council, who plays the vicar": the film named first, after "in" (or "of", "about", "for"), then the question. */
    private static boolean ledInBeforeTheQuestion(String[] tokens, int from, int to) {
        boolean ledIn = (from == 1 || (from == 2 && tokens[1].equals("the"))) && OPENING_LEAD_INS.contains(tokens[0]);
        return ledIn && to < tokens.length && QUESTION_WORDS.contains(tokens[to]);
    }

    /** "who plays the vicar in moth council": the question, then the film after "in" (or "of", "about", "for"), closing it. */
    private static boolean ledInClosingTheQuestion(String[] tokens, int from, int to) {
        int lead = from >= 2 && tokens[from - 1].equals("the") ? from - 2 : from - 1;
        return lead >= 1 && to == tokens.length && OPENING_LEAD_INS.contains(tokens[lead]);
    }

    private static final Set<String> OPENING_LEAD_INS = Set.of("in", "of", "about", "for");

    private boolean isContent(String word) {
        return !word.isEmpty() && !JOINERS.contains(word) && !vocabulary.genericWords().contains(word) && !isAspectWord(word)
                && !QUESTION_WORDS.contains(word) && !NUMBER.matcher(word).matches();
    }

    /** Runs of capitalised words, joined by small words; the question's first word only when a title follows it. */
    private static List<String> capitalisedSpans(String text) {
        String[] tokens = text.replaceAll("[?!.,;:()\\[\\]]", " ").strip().split("\\s+");
        List<String> spans = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i <= tokens.length; i++) {
            String token = i < tokens.length ? tokens[i] : "";
            boolean capital = !token.isEmpty() && (Character.isUpperCase(token.codePointAt(0)) || Character.isDigit(token.codePointAt(0)))
                    && !token.equals("I") && !(i == 0 && !startsTitle(tokens));
            boolean joiner = !current.isEmpty() && JOINERS.contains(token.toLowerCase(Locale.ROOT))
                    && i + 1 < tokens.length && Character.isUpperCase(tokens[i + 1].codePointAt(0));
            if (capital || joiner) {
                current.add(token);
            } else if (!current.isEmpty()) {
                // A number alone ("the 20 minutes subplot", "3am") is a quantity; with capitalised words a title's.
                if (current.stream().anyMatch(FilmMentions::startsWithCapitalLetter)) {
                    spans.add(String.join(" ", current));
                }
                current.clear();
            }
        }
        return spans;
    }

    /** "The Godfather: is it good?" opens with a title; "Who directed X?" opens with a question word. */
    private static boolean startsTitle(String[] tokens) {
        return tokens.length > 1 && tokens[0].equals("The") && Character.isUpperCase(tokens[1].codePointAt(0));
    }

    private boolean isUnknownTitle(String span, TitleMatcher titles, List<String> reviewers, boolean leadIn) {
        String key = TitleMatcher.key(span);
        if (key.isBlank() || titles.closest(span) != null || !titles.titlesIn(span).isEmpty()) {
            return false;
        }
        String padded = " " + TextCleaner.wordsOnly(span) + " ";
        if (reviewers.stream().map(TextCleaner::wordsOnly).anyMatch(r -> padded.contains(" " + r + " ")
                || r.contains(key))) {
            return false;
        }
        List<String> content = new ArrayList<>();
        for (String word : key.split(" ")) {
            // A stored title's word the reviews' index knows only with its accents ("grelons" for "grêlons")
            // names that film, not another.
            boolean accentedTitleWord = !words.known(word) && titles.onlyTitleWith(word) != null;
            if (!JOINERS.contains(word) && !vocabulary.genericWords().contains(word) && !isAspectWord(word)
                    && !NUMBER.matcher(word).matches() && !accentedTitleWord) {
                content.add(word);
            }
        }
        if (content.isEmpty()) {
            return false;
        }
        // A name or phrase the reviews use ("Ana de Armas", "the flamethrower scene") is no unknown film.
        if (words.phraseKnown(String.join(" ", content))) {
            // Unless the reviews write it as another film's title ("it owes a lot to The Shining"), or the
            // question does and the reviews never do.
            return words.writtenAsTitle(TextCleaner.wordsOnly(span).replaceFirst("^the ", "")) || titleCasedUnlikeTheReviews(span);
        }
        boolean capitalised = (Character.isUpperCase(span.codePointAt(0)) || Character.isDigit(span.codePointAt(0)))
                && java.util.Arrays.stream(span.split("\\s+")).anyMatch(FilmMentions::startsWithCapitalLetter);
        if (capitalised) {
            return true;
        }
        // Lower-case words are a title only when every one could be a title word ("copper lanterns"): none
        // asks about an aspect or is a common question word ("rated highest"); and one of them is unknown to
        // the library and no typo of a word it knows, or, two words or more in a title's place at the end of
        // the question ("the acting in the salt river"), they never occur together in any review.
        List<String> spanWords = List.of(key.split(" "));
        boolean allTitleWords = content.size() == spanWords.stream().filter(w -> !JOINERS.contains(w) && !FILM_WORDS.contains(w)).count();
        return allTitleWords && (content.stream().anyMatch(this::unknownToTheReviews)
                || (leadIn && content.size() >= 2 && noKnownPair(content)));
    }

    /**
     * A word no review uses, nor a typo of one. A word the embedding model knows whole is a word of its own, no typo
     * of a near one: "the descent" is not "the decent".
     */
    private boolean unknownToTheReviews(String word) {
        return !words.known(word) && (!words.misspelt(word) || ModelWords.known(word));
    }

    /**
     * What stands alone before "review" is a title, whatever its words ("when a stranger calls", "the world's end"): an
     * unknown one unless it is a stored title or a typo of one, a reviewer, a person the reviews name with capitals (not
     * a word of it alone: "Lisbon", "Man"), or a film described by its kind ("the giant worm comedy"). It asks about
     * something: a content word at least.
     */
    private boolean isReviewedTitle(String span, TitleMatcher titles, List<String> reviewers) {
        String typed = TextCleaner.wordsOnly(span);
        return !typed.isBlank() && titles.closest(span) == null && titles.titlesIn(span).isEmpty()
                && reviewers.stream().map(TextCleaner::wordsOnly).filter(r -> !r.isBlank())
                        .noneMatch(r -> r.contains(typed) || typed.contains(r))
                && !(words.writtenAsName(span) && words.writtenAsPerson(span)) && !FilmDescription.namesAKind(typed)
                && java.util.Arrays.stream(typed.split(" ")).anyMatch(this::isContent);
    }

    /**
     * A name a review writes with capitals ("Paper Giraffes and Pigeon Saint both screen again on Saturday") that
     * is no stored title nor reviewer: a film another film's review names in passing.
     */
    private boolean isNamedInPassing(String span, TitleMatcher titles, List<String> reviewers) {
        String typed = TextCleaner.wordsOnly(span);
        List<String> named = java.util.Arrays.stream(TitleMatcher.key(span).split(" ")).filter(w -> !JOINERS.contains(w)).toList();
        return !named.isEmpty() && namesSomething(named)
                && titles.closest(span) == null && titles.titlesIn(span).isEmpty()
                && reviewers.stream().map(TextCleaner::wordsOnly).noneMatch(typed::equals)
                && words.phraseKnown(typed) && words.writtenAsName(span);
    }

    /**
     * Words that may be a name: content words only, or two content words at least with common words between them
     * ("bend it like beckham"), which a title may hold and a review then writes with capitals; not a word asking
     * about an aspect ("is the cello music good").
     */
    private boolean namesSomething(List<String> named) {
        long content = named.stream().filter(this::isContent).count();
        return content == named.size()
                || content >= 2 && named.stream().allMatch(w -> isContent(w) || vocabulary.genericWords().contains(w));
    }

    /**
     * "The Lighthouse Keeper" typed in Title Case, where the reviews only write "the old lighthouse keeper":
     * the capitals make it a title, another film's. Two capitalised words at least (one may open a sentence).
     */
    private boolean titleCasedUnlikeTheReviews(String span) {
        List<String> significant = java.util.Arrays.stream(span.strip().split("[^\\p{L}\\p{N}']+"))
                .filter(w -> !w.isEmpty() && !JOINERS.contains(w.toLowerCase(Locale.ROOT))).toList();
        return significant.size() >= 2 && significant.stream().allMatch(FilmMentions::startsWithCapitalLetter)
                && !words.writtenAsName(span);
    }

    /**
     * No two neighbouring words occur near each other in a review ("mae costigan" do, and so do "landlord" and
     * "cartoonish" in "the smiling landlord ... is more cartoonish"; "salt river" does not).
     */
    private boolean noKnownPair(List<String> content) {
        for (int i = 0; i + 1 < content.size(); i++) {
            if (words.nearEachOther(content.get(i), content.get(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A vocabulary word, in the plural, or misspelt ("actng"): it asks about an aspect, it names no film. A word the
     * embedding model knows whole is no misspelling ("joker" names a film; it does not ask about the jokes).
     */
    private boolean isAspectWord(String word) {
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return vocabulary.aspects().stream().anyMatch(a -> a.questionWords().contains(word) || a.aloneWords().contains(word)
                || a.sectionWords().contains(word) || a.questionWords().contains(singular) || a.sectionWords().contains(singular))
                || (!ModelWords.known(word) && !vocabulary.aspectsMisspeltIn(List.of(word)).isEmpty());
    }

    private static boolean startsWithCapitalLetter(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return "";
    }
}
