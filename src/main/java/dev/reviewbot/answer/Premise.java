package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.retrieval.AspectVocabulary;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "What is X about?", "X plot": the review's own telling of the story, where it gives one. In turn: the opening of a
 * section headed on the story ("The Story", "Logline", "What is X about?"); the sentence a label opens ("The story:
 * after her husband's trawler goes down...", or the one after "The set-up is simple."); else the sentence saying what
 * the film is about ("a 2025 movie about three kids in rural Oklahoma") or where it is set. Reviews with none of them
 * are answered by the extractive answerer.
 */
final class Premise {

    private Premise() {
    }

    /**
     * A question asking what a film is about, and nothing more: "what's X about", "what happens in X", "the plot of
     * X". Grammar, a closed set.
     */
    private static final Pattern ASKS_WHAT_ABOUT = Pattern.compile(
            "^(?i)(so,? |and |ok,? )?(?:what(?:'s|’s|s| is| was)\\s.*\\babout|what happens in\\s(?!the (?:end|ending|final|last|first|middle)\\b).+"
                    + "|(?:what(?:'s|’s|s| is) the\\s+)?(?:plot|premise|synopsis) of\\s.+)\\s*\\?*$");
    /**
     * The title and a word for its story, and nothing more: "seventeen verandas plot", "whats the story of slipjig"
     * (read without the title). Grammar, a closed set.
     */
    private static final Pattern ASKS_THE_STORY = Pattern.compile(
            "^(?i)(?:so,? |and |ok,? )?(?:(?:what(?:'s|’s|s| is| was) )?(?:the )?(?:plot|story|storyline|premise|synopsis)(?: of| in)?"
                    + "|(?:.*\\s)?what(?:'s|’s|s| is) (?:it|the film|the movie) about)\\W*$");

    /** The words naming a story: in a heading ("The Story", "Logline") or a label ("The set-up is simple."). A closed set. */
    private static final String STORY_WORDS = "(?:story|plot|premise|synopsis|set-?up|gist|logline)";

    /**
     * A heading on the story: its word, or the question it answers ("What is Vigia about?", "What it's about", "What
     * happens?"), or a listing's "Description" of the film (a catalogue's, a passport's "Description of holder"; not
     * "Ad description").
     */
    private static final Pattern STORY_HEADING = Pattern.compile("(?i)\\b" + STORY_WORDS + "\\b|\\bwhat\\b.*\\babout\\W*$"
            + "|\\bwhat happens\\b|^(?:the\\s+)?description\\b");

    /**
     * A label opening the story: "The story: after...", "What's it about: in the village...", a listing's
     * "Description:" or "Summary:", or a sentence of a few words announcing it ("The set-up is simple.", "The plot, in
     * one sentence?"), told in the next one; a longer one judges it ("The plot is thin and the ending silly.").
     */
    private static final Pattern STORY_LABEL = Pattern.compile("^(?i)(?:the |so,? )?(?:" + STORY_WORDS
            + "|description|summary|what(?:'s|’s| is) it about),?"
            + "(?:\\s*[:—-]\\s*(?<told>\\S.{20,})|(?:\\s+[\\p{L}'’,-]+){1,4}\\s*[.!:?])$");

    /**
     * Where and when the story is, as the review presents it: "Slipjig (2026) is set in London in 1957", "The whole film
     * takes place in one jury room"; or the year it opens in, "It is 1975 in La Chaux-de-Fonds" (not "it's 2026's best
     * comedy"). Grammar, a closed set.
     */
    private static final Pattern SET_IN = Pattern.compile("(?i)^(?:it|this|the film|the movie|[^,;:.!?]{1,60}?)\\s+"
            + "(?:(?:is|was)\\s+set\\s+(?:in|on|at)\\b|takes\\s+place\\b)"
            + "|\\bit(?:'s|’s|\\s+is|\\s+was)\\s+(?:the\\s+)?(?:1[0-9]|20)\\d\\d(?:s)?\\b(?!['’]s)");

    /**
     * A story opening on its place and time, as a dateline: "Ghent, the winter of 1943.", "Summer 1959.", "Reno, Nevada,
     * 1994: Loretta ...". Places are capitalised words; the time a year, perhaps after a season or a month. Grammar, a
     * closed set.
     */
    private static final Pattern DATELINE = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*,\\s+)*"
            + "(?:(?i:the\\s+)?(?i:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september"
            + "|october|november|december)(?i:\\s+of)?\\s+)?(?:1[0-9]|20)\\d\\d(?<told>:\\s+\\S.*|\\.)$");

    /**
     * Whom the story follows, said of the film itself: "It follows the Clonbrackin Ladies", "The film tells the story
     * of", "Halocline centres on" (the title is put in), not "the dog follows her everywhere". Grammar, a closed set.
     */
    private static final String FOLLOWS = "^(?i)(?:it|this|this film|the film|the movie|the story|the plot|the documentary|%s)"
            + "\\s+(?:follows|tells\\s+the\\s+story\\s+of|is\\s+the\\s+story\\s+of|cent(?:re|er)s\\s+on)\\b";

    /**
     * "About" opening what a thing is about ("about a girl called Dee", "about three kids", "about three Year 11s"),
     * not how much ("about ten minutes", "about two years", "about three of them") nor what is talked about ("about it").
     */
    private static final Pattern ABOUT = Pattern.compile(
            "\\b(?i:about) (?:(?i:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\\d+) (?!(?i:(?:minute|min|hour|half|third|quarter|second)s?\\b|years?\\b(?!\\s*\\d)|of\\b))(\\S+)"
                    // "is about Tormod Gillanders, who runs": a person named in full.
                    + "|(\\p{Lu}\\p{Ll}+) \\p{Lu}\\p{Ll}+)");

    /**
     * What stands before it says the film is what follows: "this is a small drama, ... about", "it's about", "Orla
     * Haddad's drama about"; not "a late subplot about" nor "let's talk about". Grammar, a closed set.
     */
    private static final Pattern PRESENTED = Pattern.compile("(?i)\\b(?:is|was|are|were)\\b|(?<!\\blet)['’]s\\b");

    /**
     * A clause joined on after the verb ("the first forty minutes are very slow, and the subplot about"): what
     * follows "about" is no longer what the film is. Grammar, a closed set.
     */
    private static final Pattern NEW_CLAUSE = Pattern.compile("(?i),\\s*(?:and|but|while|though)\\b|;");

    /** The title, then what it is: "my pick had to be Bell Hollow, a comedy about", "Loci, the documentary about". Grammar, a closed set. */
    private static final String NAMED_THEN_DESCRIBED = "\\s*,\\s+(?:a|an|the)\\s+[^,;:.!?]*$";

    /** Whether the question asks what a film is about, and nothing more: no opinion, whatever words it shares with one. */
    static boolean asksWhatItIsAbout(String question) {
        return ASKS_WHAT_ABOUT.matcher(question.strip()).matches();
    }

    /** The same, or the question without its title names only the story ("seventeen verandas plot"). */
    static boolean asksWhatItIsAbout(Question question) {
        return asksWhatItIsAbout(question.text()) || ASKS_THE_STORY.matcher(question.searchText().strip()).matches();
    }

    static Optional<Answer> answer(Question question, Catalog catalog, AspectVocabulary vocabulary, int maxQuotes) {
        if (question.films().size() != 1 || !question.people().isEmpty() || !asksWhatItIsAbout(question)) {
            return Optional.empty();
        }
        List<Review> reviews = catalog.reviewsOf(question.films().get(0));
        // Each way of finding the story in turn, the surest first; the first that finds it in any review answers.
        List<java.util.function.Function<Review, Optional<Placed>>> found = List.of(Premise::premiseOf,
                review -> dateline(review, vocabulary), review -> characterStory(review, vocabulary),
                review -> afterIntroduction(review, vocabulary));
        List<Citation> quotes = quotes(reviews, Premise::told, maxQuotes);
        for (int i = 0; i < found.size() && quotes.isEmpty(); i++) {
            java.util.function.Function<Review, Optional<Placed>> finder = found.get(i);
            quotes = quotes(reviews, review -> finder.apply(review).map(p -> p.toldOn(vocabulary)), maxQuotes);
        }
        return quotes.isEmpty() ? Optional.empty() : Optional.of(new Answer.Grounded(question.text(), quotes));
    }

    private static List<Citation> quotes(List<Review> reviews, java.util.function.Function<Review, Optional<Citation>> of, int maxQuotes) {
        return reviews.stream().map(of).flatMap(Optional::stream).limit(maxQuotes).toList();
    }

    /**
     * The story as the review tells it: the opening of a section headed on it, else what a label opens; up to
     * {@link #TOLD_SENTENCES} sentences of its paragraph, as a story takes more than one to tell.
     */
    private static Optional<Citation> told(Review review) {
        for (Section section : review.sections()) {
            if (STORY_HEADING.matcher(section.name().strip()).find()) {
                Optional<Citation> opening = paragraphs(section).stream().filter(p -> firstTelling(p) < p.size()).findFirst()
                        .map(p -> telling(review, section, p, firstTelling(p)));
                if (opening.isPresent()) {
                    return opening;
                }
            }
        }
        for (Section section : review.sections()) {
            for (List<String> paragraph : paragraphs(section)) {
                for (int i = 0; i < paragraph.size(); i++) {
                    Matcher label = STORY_LABEL.matcher(paragraph.get(i).strip());
                    if (label.matches() && (label.group("told") != null || i + 1 < paragraph.size())) {
                        return Optional.of(telling(review, section, paragraph, label.group("told") != null ? i : i + 1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where a paragraph under a heading on the story starts telling it: after the credits and the runtime it may open
     * with ("An American western of 2026, rated 15 and running 117 minutes. Directed by Benedikta Hollenbeck.").
     */
    private static int firstTelling(List<String> paragraph) {
        int i = 0;
        while (i < paragraph.size() && (Section.isCapsuleCredit(paragraph.get(i)) || RUNTIME.matcher(paragraph.get(i)).find())) {
            i++;
        }
        return i;
    }

    /** A runtime in minutes: the film's facts, which a story never tells. */
    private static final Pattern RUNTIME = Pattern.compile("(?i)\\b\\d{2,3}\\s*(?:minutes|mins?)\\b");

    /** A story told over more sentences than this is quoted from its opening ones. */
    private static final int TOLD_SENTENCES = 3;

    private static Citation telling(Review review, Section section, List<String> paragraph, int from) {
        String told = String.join(" ", paragraph.subList(from, Math.min(paragraph.size(), from + TOLD_SENTENCES)));
        return new Citation(review.title(), section.name(), review.reviewer(), told);
    }

    private static List<List<String>> paragraphs(Section section) {
        return java.util.Arrays.stream(section.text().split("\n\n")).map(Sentences::split).toList();
    }

    /**
     * Whether the words before "about" say the film is what follows: a verb of being with no new clause after it, or
     * the title described.
     */
    private static boolean presents(String before, String title) {
        Matcher verb = PRESENTED.matcher(before);
        int after = -1;
        while (verb.find()) {
            after = verb.end();
        }
        return (after >= 0 && !NEW_CLAUSE.matcher(before.substring(after)).find())
                || Pattern.compile("(?i)\\b" + Pattern.quote(title) + NAMED_THEN_DESCRIBED).matcher(before).find();
    }

    /** The review's first sentence presenting what the film is about (not its own title), else where it is set or whom it follows. */
    private static Optional<Placed> premiseOf(Review review) {
        String title = review.title().toLowerCase(Locale.ROOT);
        List<Placed> sentences = sentences(review);
        return sentences.stream().filter(c -> {
            Matcher about = ABOUT.matcher(c.quote());
            return about.find() && presents(c.quote().substring(0, about.start()), review.title())
                    && !title.contains(subject(about).toLowerCase(Locale.ROOT).replaceAll("\\W", ""));
        }).findFirst().or(() -> {
            Pattern follows = Pattern.compile(String.format(FOLLOWS, Pattern.quote(review.title().strip())));
            return sentences.stream().filter(c -> SET_IN.matcher(c.quote()).find() || follows.matcher(c.quote()).find()).findFirst();
        });
    }

    /**
     * The film introduced by its kind and year, as a listing would ("Halocline is a horror film, made in the United
     * States and Mexico in 2026"): the story starts in the next sentence, where that one goes on to tell it ("Four cave
     * divers are mapping a flooded cenote"), not where the reviewer speaks or judges. Grammar, a closed set.
     */
    private static final String INTRODUCED = "^(?i)%s(?:\\s*\\(\\d{4}\\))?\\s+(?:is|was)\\s+an?\\s+[^.!?]*\\b(?:1[89]|20)\\d\\d\\b";

    private static Optional<Placed> afterIntroduction(Review review, AspectVocabulary vocabulary) {
        Pattern introduced = Pattern.compile(String.format(INTRODUCED, Pattern.quote(review.title().strip())));
        return sentences(review).stream().filter(p -> introduced.matcher(p.quote()).find()).findFirst()
                .filter(p -> p.index() + 1 < p.sentences().size() && goesOnTelling(p.sentences().get(p.index() + 1), vocabulary))
                .map(p -> new Placed(p.review(), p.section(), p.sentences(), p.index() + 1));
    }

    /**
     * The first dateline opening the story ({@link #DATELINE}): told after its colon, or in the next sentence where that
     * one goes on telling it (a letter's "London, December 2026." is followed by the writer's own voice).
     */
    private static Optional<Placed> dateline(Review review, AspectVocabulary vocabulary) {
        return sentences(review).stream().filter(p -> {
            Matcher dated = DATELINE.matcher(p.quote().strip());
            return dated.matches() && (!dated.group("told").equals(".")
                    || p.index() + 1 < p.sentences().size() && goesOnTelling(p.sentences().get(p.index() + 1), vocabulary));
        }).findFirst();
    }

    /** The first word of what "about" introduces: "girl" of "a girl called Dee", "Tormod" of "Tormod Gillanders". */
    private static String subject(Matcher about) {
        return about.group(1) != null ? about.group(1) : about.group(2);
    }

    /**
     * Where a review tells its story without announcing it, the first sentence that opens with a character it casts
     * ("Tabitha Rookwood plays Edwina" makes Edwina one) as a person in the story: naming no actor, casting no one,
     * and not in the reviewer's own voice ("I would watch a whole film about Big Sandra"). Not under a heading on an
     * aspect ("Direction", "Acting"): there a character is named to judge the craft, and the story question is
     * the retriever's to answer from the writing.
     */
    static Optional<Placed> characterStory(Review review, AspectVocabulary vocabulary) {
        List<Placed> sentences = sentences(review);
        // A title character ("Ambrose Kettle voices Mossback") is named wherever the film is: no sign of the story.
        List<CastLinks.Link> cast = sentences.stream().flatMap(c -> CastLinks.castIn(c.quote()).stream())
                .filter(Premise::actorAndCharacter)
                .filter(link -> !link.character().equalsIgnoreCase(review.title().strip())).toList();
        List<Placed> named = sentences.stream().filter(c -> vocabulary.aspectsOfSection(c.sectionName()).isEmpty())
                .filter(c -> !CastLinks.castsSomeone(c.quote()) && !REVIEWER_VOICE.matcher(c.quote()).find()
                && cast.stream().anyMatch(link -> CastLinks.describes(c.quote(), link))
                && cast.stream().noneMatch(link -> c.quote().contains(link.actor()))).toList();
        // The story is told of a character who opens the sentence ("Pip, a young wren who cannot fly, hides ..."); one
        // named further in may be named in passing ("The music ... the lullaby Pip sings to the owl, is lovely"), so
        // such a sentence tells it only where none opens with one, and not while judging a craft by its name.
        return named.stream().filter(c -> cast.stream().anyMatch(link -> opensWith(c.quote(), link.character()))).findFirst()
                .or(() -> named.stream().filter(c -> !namesCraft(c.quote(), vocabulary)).findFirst());
    }

    /** The sentence names a craft of the making ("The music, scored by ..."), not the story or its people. */
    private static boolean namesCraft(String sentence, AspectVocabulary vocabulary) {
        return vocabulary.aspects().stream().anyMatch(a -> CRAFT.contains(a.name()) && vocabulary.mentions(sentence, a));
    }

    /** The aspects of the making rather than of the story and its people (config/aspects.yaml's names). */
    static final java.util.Set<String> CRAFT = java.util.Set.of(AspectVocabulary.DIRECTION, "visuals", "effects", "music", "editing");

    /** The sentence opens with a word of the character's name. */
    private static boolean opensWith(String sentence, String character) {
        String first = sentence.strip().split("[^\\p{L}\\p{M}'’-]+", 2)[0];
        return !first.isEmpty() && List.of(character.split("\\s+")).contains(first);
    }

    /**
     * An actor named in full ("Tabitha Rookwood", not "It" of "It is December") and a character named as one (not a
     * screenplay's cue in capitals, "SORLEY (V.O.)").
     */
    private static boolean actorAndCharacter(CastLinks.Link link) {
        return link.actor().strip().contains(" ") && !link.character().equals(link.character().toUpperCase(Locale.ROOT));
    }

    /** The reviewer speaking as themselves or to the reader: the first and second person. Grammar, a closed set. */
    private static final Pattern REVIEWER_VOICE = Pattern.compile("(?i)\\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|me|my|we|our|us|let's|let’s|you|your)\\b");

    /** Each section's sentences in turn, each where it stands. */
    static List<Placed> sentences(Review review) {
        List<Placed> sentences = new ArrayList<>();
        for (Section section : review.sections()) {
            // A plain-text review keeps each wrapped line as a paragraph: read the section whole, or a sentence breaks.
            List<String> whole = Sentences.split(section.text().replace("\n\n", " "));
            for (int i = 0; i < whole.size(); i++) {
                sentences.add(new Placed(review, section, whole, i));
            }
        }
        return sentences;
    }

    /** A sentence where it stands in its review: its section, and the section's sentences with its place among them. */
    record Placed(Review review, Section section, List<String> sentences, int index) {

        String quote() {
            return sentences.get(index);
        }

        String sectionName() {
            return section.name();
        }

        Citation cited() {
            return new Citation(review.title(), section.name(), review.reviewer(), quote());
        }

        /**
         * The sentence with those after it that go on telling the story, up to {@link #TOLD_SENTENCES} in all: a story
         * takes more than one sentence ("It is set in the Fens in 1996. Ricky, fourteen, raises a lurcher pup..."). The
         * telling ends where the reviewer speaks, someone is cast, or the writing, the acting or a craft is judged.
         */
        Citation toldOn(AspectVocabulary vocabulary) {
            int end = index + 1;
            while (end < sentences.size() && end < index + TOLD_SENTENCES && goesOnTelling(sentences.get(end), vocabulary)) {
                end++;
            }
            return new Citation(review.title(), section.name(), review.reviewer(), String.join(" ", sentences.subList(index, end)));
        }
    }

    private static boolean goesOnTelling(String sentence, AspectVocabulary vocabulary) {
        return !REVIEWER_VOICE.matcher(sentence).find() && !CastLinks.castsSomeone(sentence) && !namesCraft(sentence, vocabulary)
                && vocabulary.aspects().stream().noneMatch(a -> JUDGED.contains(a.name()) && vocabulary.mentions(sentence, a));
    }

    /**
     * The aspects of the script and the playing (config/aspects.yaml's names): a sentence on them judges the telling
     * or the cast ("A late subplot goes nowhere.", "Ifan Rees plays the widower").
     */
    private static final java.util.Set<String> JUDGED = java.util.Set.of("writing", AspectVocabulary.ACTING);
}
