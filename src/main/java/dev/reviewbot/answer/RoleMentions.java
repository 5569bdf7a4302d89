package dev.reviewbot.answer;

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
    private static final Pattern CAPITALISED_AFTER_START = Pattern.compile("(?<=\\s)\\p{Lu}\\p{Ll}");
    /** A capitalised label opening a line ("EDIT:", "TL;DR:", "UPDATE 2:"): a post's furniture, not a role. */
    private static final Pattern LABEL = Pattern.compile("^\\p{Lu}[\\p{Lu}\\d ;]*:\\s*");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?<=\\s)I(?:'[a-z]+)?\\b");

    private RoleMentions() {
    }

    /** "Nadia Froelich's The Ninth Lock", "Ana Brisk's stylish, frustrating neo-noir": the director, by possessive. */
    static boolean creditsDirector(String sentence, String film) {
        return Pattern.compile("\\p{Lu}[\\p{L}.-]+(?:\\s+(?:de|van|von|da|di|\\p{Lu}[\\p{L}.-]+)){0,3}'s\\s+(?:(?iu:"
                + Pattern.quote(film) + ")\\b|(?:[\\p{L},-]+\\s+){0,4}" + FILM_NOUN + "\\b)").matcher(sentence).find();
    }

    /**
     * A sentence written without capitals: it opens in lower case and has no capitalised word but the pronoun
     * "I" ("tamsin reid plays kenzie..."). There a person cannot be told by capitals, and a sentence naming
     * the role is evidence enough. A sentence that merely names nobody ("There is no music...") opens with one.
     */
    static boolean writtenInLowerCase(String sentence) {
        String rest = FIRST_PERSON.matcher(sentence).replaceAll("i");
        int first = 0;
        while (first < rest.length() && !Character.isLetter(rest.charAt(first))) {
            first++;
        }
        return first < rest.length() && Character.isLowerCase(rest.charAt(first))
                && !CAPITALISED_AFTER_START.matcher(rest).find();
    }

    /** The sentence without a capitalised label opening it ("EDIT: a few people asked..."). */
    static String withoutLabel(String sentence) {
        return LABEL.matcher(sentence).replaceFirst("");
    }
}
