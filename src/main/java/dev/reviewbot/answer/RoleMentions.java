package dev.reviewbot.answer;

import dev.reviewbot.retrieval.Aspect;
import dev.reviewbot.text.TextCleaner;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ways reviews name a person in a role without the role's word. Critics credit a film to its director with
 * a possessive ("Nadia Froelich's The Ninth Lock", "Orla Haddad's drama"); a diary entry written all in
 * lower case names people without capitals ("tamsin reid plays kenzie"), where only the role's word tells
 * that a name is there.
 */
final class RoleMentions {

    /** What a director's possessive is put before, besides the title: the film itself, by its kind. */
    private static final String FILM_NOUN = "(?:film|movie|feature|debut|picture|drama|comedy|thriller|documentary"
            + "|horror|noir|neo-noir|western|musical|romance|satire|fable)";
    /** The words a possessive's film may be described by: a list of adjectives, "and", a year, a place. */
    private static final int MAX_DESCRIBING_WORDS = 7;
    /**
     * Words that end the possessive's noun phrase and start a clause ("Haskell's restraint is mostly a strength, and
     * the film"): a verb of being or having, an article, a preposition. Grammar, a closed set.
     */
    private static final String NOT_A_CLAUSE_WORD = "(?!(?i:is|was|are|were|be|been|has|have|had|the|a|an|of|in|on|at|to|for"
            + "|with|that|which|this|its|it)\\b)";
    private static final Pattern CAPITALISED_AFTER_START = Pattern.compile("(?<=\\s)\\p{Lu}\\p{Ll}");
    /** A capitalised label opening a line ("EDIT:", "TL;DR:", "UPDATE 2:"): a post's furniture, not a role. */
    private static final Pattern LABEL = Pattern.compile("^\\p{Lu}[\\p{Lu}\\d ;]*:\\s*");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?<=\\s)I(?:'[a-z]+)?\\b");

    /**
     * A person: two to four capitalised words, with the word before them (their title, if any). A credit's "by"
     * stands between a title and its person ("the script by Celestina Ruiz-Bravo", "shot by Rafael Okoro").
     */
    private static final Pattern TITLED_NAME = Pattern.compile(
            "(?:([\\p{L}-]+)\\s+(?:by\\s+)?)?(\\p{Lu}[\\p{Ll}'-]+(?:\\s+\\p{Lu}[\\p{Ll}'-]+){1,3})");

    private RoleMentions() {
    }

    /**
     * Every person the sentence names carries another role's title and none of the roles asked about
     * ("Composer Nell Vane has written a score", "editor Kasia Bell", for "who wrote it?"): the sentence is about
     * someone else's work, whatever verb it uses. The titles are the aspects' own question words, before the name
     * or before its "by" ("written by Tom Pellow"); a person with no title may be anyone, so a sentence naming one
     * is left to the other rules.
     */
    static boolean namesOnlyOtherRoles(String sentence, Collection<Aspect> asked, List<Aspect> all) {
        Matcher m = TITLED_NAME.matcher(sentence);
        boolean named = false;
        while (m.find()) {
            String[] words = m.group(2).split("\\s+");
            // "Composer Nell Vane" opening a sentence: the title is the run's first word.
            boolean titleInside = !roles(words[0], all).isEmpty();
            List<Aspect> roles = roles(titleInside ? words[0] : m.group(1), all);
            if (roles.isEmpty()) {
                // Or after it, by possessive: "Anouska Pelletier's camera stays in the corridor".
                // The name's pattern may have taken the possessive's "'s" with its last word.
                String after = sentence.substring(m.end());
                roles = m.group(2).endsWith("'s") || after.startsWith("'s") || after.startsWith("’s")
                        ? possessedWork(after, all) : List.of();
            }
            if (roles.isEmpty() || roles.stream().anyMatch(asked::contains)) {
                return false;
            }
            named = true;
        }
        return named;
    }

    /** The roles of the work a possessive right after a name gives them ("'s haunting, brassy score"), by its first role word. */
    private static List<Aspect> possessedWork(String after, List<Aspect> all) {
        Matcher work = POSSESSIVE.matcher(after);
        if (!work.find()) {
            return List.of();
        }
        for (String word : work.group(1).split("\\s+")) {
            List<Aspect> roles = roles(word, all);
            if (!roles.isEmpty()) {
                return roles;
            }
        }
        return List.of();
    }

    /** A person's name: one to four capitalised words (a surname alone credits too: "Ashdown's script"). */
    private static final String NAME = "\\p{Lu}[\\p{Ll}'-]+(?:\\s+(?:de|van|von|da|di|\\p{Lu}[\\p{Ll}'-]+)){0,3}";
    /** The words that may stand between a possessive and its work ("Ffion Gravell's haunting, brassy score"). */
    private static final int MAX_WORK_WORDS = 3;
    /** A possessive's work right after a name, the words before it describing it ("'s haunting, brassy score"). */
    private static final Pattern POSSESSIVE = Pattern.compile("^(?:['’]s)?\\s+((?:[\\p{L},-]+\\s+){0," + MAX_WORK_WORDS + "}[\\p{L}-]+)");

    /**
     * The sentence credits a person with the work of a role asked about, by the role's own word right beside the
     * name: "Yasmin Dallimore's screenplay", "writer Morven Ashdown", "the score by Ffion Gravell", a credits line's
     * "Screenplay: Jude Penrose". A name elsewhere in a sentence that merely mentions the work ("argues for a full
     * page of dialogue") is not credited with it. Only roles a person is named by (the aspects' person words) count:
     * "who plays the pilot" is a cast question.
     */
    static boolean creditsRole(String sentence, Collection<Aspect> asked) {
        List<String> nouns = asked.stream().filter(a -> !a.personWords().isEmpty())
                .flatMap(a -> java.util.stream.Stream.concat(a.personWords().stream(), a.sectionWords().stream()))
                .distinct().map(Pattern::quote).toList();
        if (nouns.isEmpty()) {
            return false;
        }
        return credits(sentence, nouns);
    }

    /**
     * The sentence credits a name with work one of {@code nouns} names ("songs by Elva Sowerbutts", "Yasmin Dallimore's
     * screenplay"); the nouns are quoted for a pattern.
     */
    static boolean credits(String sentence, List<String> nouns) {
        if (nouns.isEmpty()) {
            return false;
        }
        String noun = "(?i:" + String.join("|", nouns) + ")";
        return Pattern.compile(NAME + "'s?\\s+(?:" + NOT_A_CLAUSE_WORD + "[\\p{L},-]+\\s+){0," + MAX_WORK_WORDS + "}"
                + noun + "\\b"
                + "|\\b" + noun + "[,:]?\\s+(?:(?i:is|was)\\s+)?(?:(?i:by)\\s+)?" + NAME).matcher(sentence).find();
    }

    /** The aspects whose question words hold {@code word} ("composer": music; "cinematographer": the visuals). */
    private static List<Aspect> roles(String word, List<Aspect> all) {
        if (word == null) {
            return List.of();
        }
        String plain = TextCleaner.wordsOnly(word).toLowerCase(Locale.ROOT);
        List<String> parts = List.of(plain.split(" "));
        return all.stream().filter(a -> a.questionWords().stream().anyMatch(parts::contains)).toList();
    }

    /**
     * "Nadia Froelich's The Ninth Lock", "Ana Brisk's stylish, frustrating neo-noir", "Tamar Greaves's spare, funny
     * and finally shattering 2025 road movie": the director, by possessive, before the film's kind and a few words
     * describing it (its year among them), none of them starting a clause of its own.
     */
    static boolean creditsDirector(String sentence, String film) {
        return Pattern.compile("\\p{Lu}[\\p{L}.-]+(?:\\s+(?:de|van|von|da|di|\\p{Lu}[\\p{L}.-]+)){0,3}'s\\s+(?:(?iu:"
                + Pattern.quote(film) + ")\\b|(?:" + NOT_A_CLAUSE_WORD + "[\\p{L}\\d,-]+\\s+){0," + MAX_DESCRIBING_WORDS + "}" + FILM_NOUN + "\\b)").matcher(sentence).find();
    }

    /**
     * "Lucía Ferrandiz's film looks like an orange exploded on a lens": the one person named is credited as the
     * director by possessive, so the sentence says who directed, not who shot or scored it.
     */
    static boolean namesOnlyTheDirector(String sentence, String film) {
        Matcher names = TITLED_NAME.matcher(sentence);
        int count = 0;
        while (names.find()) {
            count++;
        }
        return count == 1 && creditsDirector(sentence, film);
    }

    /**
     * The sentence names the person, in full or by surname alone ("Ravenscroft gives a career-best performance"); in a
     * sentence written without capitals ("first problem imelda ravenscroft is just wooden", a transcript) in any case.
     */
    static boolean namesPerson(String sentence, String person) {
        String surname = person.substring(person.lastIndexOf(' ') + 1);
        if (sentence.contains(person) || Pattern.compile("\\b" + Pattern.quote(surname) + "\\b").matcher(sentence).find()) {
            return true;
        }
        return writtenInLowerCase(sentence) && Pattern.compile("(?iu)\\b" + Pattern.quote(surname) + "\\b").matcher(sentence).find();
    }

    /**
     * A sentence written without capitals: it opens in lower case and has no capitalised word but the pronoun
     * "I" ("tamsin reid plays kenzie..."). There a person cannot be told by capitals, and a sentence naming
     * the role is evidence enough. A sentence that merely names nobody ("There is no music...") opens with one.
     * It opens with a letter: quotes and brackets may stand before it, an amount or a number may not.
     */
    static boolean writtenInLowerCase(String sentence) {
        String rest = FIRST_PERSON.matcher(sentence).replaceAll("i");
        int first = 0;
        // "£3.00 for the lavender farm..." opens with an amount, not in lower case: a row of a table, not a person's way.
        while (first < rest.length() && !Character.isLetterOrDigit(rest.charAt(first))
                && Character.getType(rest.charAt(first)) != Character.CURRENCY_SYMBOL) {
            first++;
        }
        return first < rest.length() && Character.isLowerCase(rest.charAt(first))
                && !CAPITALISED_AFTER_START.matcher(rest).find();
    }

    /**
     * The sentence without the names it quotes: a role's word capitalised in quotation marks names a character or a
     * title (Huston's "Director", "The Editor"), not whoever held the role.
     */
    static String withoutQuotedNames(String sentence) {
        return QUOTED_NAME.matcher(sentence).replaceAll("");
    }

    /** One to three capitalised words between double quotation marks, straight or curly. */
    private static final Pattern QUOTED_NAME = Pattern.compile("[\"\u201C]\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,2}[\"\u201D]");

    /** The sentence without a capitalised label opening it ("EDIT: a few people asked..."). */
    static String withoutLabel(String sentence) {
        return LABEL.matcher(sentence).replaceFirst("");
    }
}
