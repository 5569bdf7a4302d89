package dev.reviewbot.retrieval;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A film named by what it is about rather than by its title: "who directed <the one about the lifeboat crew>",
 * "<the documentary about the piano twins>, how long is it". Found by the shape of the phrase (a determiner, a
 * word for a film, a preposition or relative word, then the description up to a comma or the end), a closed set
 * of grammar words; which film it describes is decided by searching the reviews' content for the description.
 *
 * @param description the words that describe the film ("the lifeboat crew")
 * @param rest        the question with the phrase read as "it" ("who directed it")
 * @param titlePlace  the description stands where a title could ("the iron giant movie, ..."): words the reviews never
 *                    use together there name a film not stored, not one described
 */
public record FilmDescription(String description, String rest, boolean titlePlace) {

    /** The words for a film, by its kind too: a closed set. */
    private static final String FILM_NOUNS = "film|movie|flick|picture|documentary|doc|cartoon|animation|comedy|thriller"
            + "|horror|drama|western|musical|biopic|romance|heist|caper|mystery|romcom|rom-com|sci-fi|fantasy|adventure|satire"
            + "|farce|noir|slasher|weepie|tearjerker|romp";
    // "movie about the college radio station, who plays the dj": opening the question, the phrase needs no "the";
    // "kids heist movie where...", "the cold war spy one set in berlin": genres may come before the word for the film;
    // "the whaling one in the azores", "the horror film in the old bathhouse": a place placing it too ("one in", or a
    // preposition with its article: "the film in general" is no description); "that ww2 drama about", "the romance
    // about a typewriter repair shop": any word for the film, a word before it with digits.
    private static final Pattern PHRASE = Pattern.compile("(?i)(?:\\b(?:the|that|this)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?|^\\s*)"
            + "(?:(?:comedy|thriller|horror|drama|western|musical|biopic|romance|heist|mystery|kids|family|war|spy|crime)\\s+(?=\\p{L}+\\s+(?:film|movie|flick|one)\\b|film|movie|flick|one\\b)){0,2}"
            + "(?:one|" + FILM_NOUNS + ")"
            + "\\s+(?:about|where|with|in which|set (?:in|on|at)|featuring|starring|that|who|(?<=one\\s)(?:in|on|at)|(?:in|on|at)(?=\\s+(?:the|a|an)\\s))"
            + "\\s+([^,;?!]{3,120}?)"
            // "what's the film about the bell foundry called": the last word asks for the title, no part of the description;
            // "that film about the yacht race any good?": nor do the words asking its worth, with no comma before them.
            + "(?=\\s+(?:called|titled)\\s*(?:[,;?!]|$)|\\s+(?:any good|worth (?:it|seeing|watching|a watch)|ok(?:ay)? for)\\b|\\s*(?:[,;?!]|$))");

    private static final Pattern KIND = Pattern.compile("(?i)\\b(?:" + FILM_NOUNS + ")\\b");

    /** Whether the words name a kind of film ("the giant worm comedy"): a film described, not titled. */
    static boolean namesAKind(String words) {
        return KIND.matcher(words).find();
    }

    /** A film-word, for the film described before it. */
    private static final String FILM_WORD = "(?:" + FILM_NOUNS + ")";
    // "the roller disco movie, who's the lead": opening the question, the description before the word for the film,
    // which the question asked of it follows (after a comma, or straight away with a question word).
    private static final Pattern PRECEDING = Pattern.compile("(?i)^\\s*(?:the|that|this)\\s+((?:[\\p{L}\\p{N}'-]+\\s+){1,5}?)"
            + FILM_WORD + "(?:\\s*[,;:]|(?=\\s+(?:who|whos|who's|what|whats|what's|how|hows|how's|is|was|does|did|any|worth|ok)\\b))");
    // "is the botanical illustrator romance any good": the same, with the verb asking its worth opening the question.
    private static final Pattern WORTH_OF = Pattern.compile("(?i)^\\s*(is|was)\\s+(?:the|that|this)\\s+((?:[\\p{L}\\p{N}'-]+\\s+){1,5}?)"
            + FILM_WORD + "(?=\\s+(?:any good|worth|ok(?:ay)? for)\\b)");

    /**
     * "Which movie is set in a Chicago speakeasy?", "what film has a flamethrower scene": a question asking which film
     * it is describes the film by all its words after the one for the film. The whole question is what is asked of it.
     */
    private static final Pattern WHICH = Pattern.compile("(?i)^\\s*(?:which|what)\\s+(?:one|film|movie|flick|picture)s?\\s+"
            + "(?:(?:is|was|has|had|does|did|features?|shows?)\\s+)?([^,;?!]{3,120}?)\\s*[?.!]*\\s*$");

    /** The film a question asking which film it is describes by its words, if it asks so. */
    public static Optional<FilmDescription> asked(String question) {
        Matcher which = WHICH.matcher(question);
        return which.find() ? Optional.of(new FilmDescription(which.group(1).strip(), question.strip(), false)) : Optional.empty();
    }

    /** The description in the question, if it names its film by one. */
    public static Optional<FilmDescription> in(String question) {
        Matcher preceding = PRECEDING.matcher(question);
        if (preceding.find()) {
            String rest = question.substring(preceding.end()).replaceAll("\\s+", " ").strip();
            return Optional.of(new FilmDescription(preceding.group(1).strip(), rest, true));
        }
        Matcher worth = WORTH_OF.matcher(question);
        if (worth.find()) {
            String rest = worth.group(1) + " it " + question.substring(worth.end()).replaceAll("\\s+", " ").strip();
            return Optional.of(new FilmDescription(worth.group(2).strip(), rest, true));
        }
        Matcher phrase = PHRASE.matcher(question);
        if (!phrase.find()) {
            return Optional.empty();
        }
        String rest = (question.substring(0, phrase.start()) + " it " + question.substring(phrase.end()))
                .replaceAll("^\\s*it\\s*[,;:]\\s*", "").replaceAll("\\s+", " ").replaceAll(" ([?.!,])", "$1").strip();
        return Optional.of(new FilmDescription(phrase.group(1).strip(), rest, false));
    }
}
