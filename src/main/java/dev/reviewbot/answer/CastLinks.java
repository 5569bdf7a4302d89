package dev.reviewbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who plays whom, as one sentence says it: an actor joined to a character by the constructions reviews cast
 * with ("Ines Pell plays Carys", "Nerys Achebe as Morag", "Baron Papercut (Osric Vance)", "Crinkle (voiced by
 * Rufus Greaves)", "Teo, played by Dominic Lindqvist"). A review often describes a character in one sentence
 * ("Carys Mott is a radio astronomer") and casts them in another, so "who plays the astronomer?" needs both.
 */
final class CastLinks {

    /** How many words may say how an actor plays before "as" ("is superb as", "is dry and funny as"). */
    private static final int MAX_WORDS_BEFORE_AS = 4;
    /** One to four capitalised words, with the particles surnames carry ("Ana de Armas"). */
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:de|van|von|da|di|del|le|la|\\p{Lu}[\\p{L}'’.-]*)){0,3}";
    /**
     * Actor first: "Ines Pell plays Carys", "Callum Greaves takes the role of Arthur Penny", "Dominic Lindqvist is Teo",
     * "Jonah Achebe, as Daniel, is the livelier".
     */
    private static final Pattern ACTOR_THEN_CHARACTER = Pattern.compile("(" + NAME + ")(?:,[^,]{1,40},)?(?:\\s+|,\\s+(?=as\\b))(?:plays|played|"
            + "is playing|voices|voiced|portrays|portrayed|stars as|starring as|takes the role of|in the role of|as|is)"
            + "\\s+(?:the\\s+)?(" + NAME + ")");
    /**
     * Character first: "Baron Papercut (Osric Vance)", "Pip (voiced by Hazel Okafor)", "Teo, played by Dominic Lindqvist",
     * "Mrs Grimsditch is played by Prudence Ormerod".
     */
    private static final Pattern CHARACTER_THEN_ACTOR = Pattern.compile("(" + NAME + ")(?:\\s*\\((?:(?:voiced|played) by\\s+)?("
            + NAME + ")\\)|(?:,|\\s+(?:is|was))\\s+(?:voiced|played) by\\s+(" + NAME + "))");

    /**
     * A word or four on how the actor plays before "as": "Kwabena Larbi is excellent as Lemuel", "Renske Vermeulen
     * carries it as Sanne Kessel", "Nassim Belkacem is the scene-stealer as Yanis". Casting, though the sentence is as
     * much about how well.
     */
    private static final Pattern ACTOR_HOW_AS_CHARACTER = Pattern.compile("(" + NAME + ")\\s+(?:(?!as\\b)\\p{Ll}[\\p{Ll}-]*\\s+){1,"
            + MAX_WORDS_BEFORE_AS + "}as\\s+(?:the\\s+)?(" + NAME + ")");

    /** An actor and the character the sentence casts them as. */
    record Link(String actor, String character) {
    }

    private CastLinks() {
    }

    /** Every actor-character pair the sentence states. */
    static List<Link> in(String sentence) {
        List<Link> links = new ArrayList<>();
        Matcher actorFirst = ACTOR_THEN_CHARACTER.matcher(sentence);
        while (actorFirst.find()) {
            if (isName(sentence, actorFirst.start(1), actorFirst.group(1))
                    && isName(sentence, actorFirst.start(2), actorFirst.group(2))) {
                links.add(new Link(actorFirst.group(1), actorFirst.group(2)));
            }
        }
        Matcher characterFirst = CHARACTER_THEN_ACTOR.matcher(sentence);
        while (characterFirst.find()) {
            // The brackets or "played by" tell a name even where it opens the sentence ("Crinkle (voiced by ...)").
            String actor = characterFirst.group(2) != null ? characterFirst.group(2) : characterFirst.group(3);
            links.add(new Link(actor, characterFirst.group(1)));
        }
        return links;
    }

    /** Every actor-character pair the sentence states, with those it casts while saying how ("is wonderful as Bunty"). */
    static List<Link> castIn(String sentence) {
        List<Link> links = new ArrayList<>(in(sentence));
        Matcher how = ACTOR_HOW_AS_CHARACTER.matcher(sentence);
        while (how.find()) {
            if (isName(sentence, how.start(1), how.group(1)) && isName(sentence, how.start(2), how.group(2))) {
                links.add(new Link(how.group(1), how.group(2)));
            }
        }
        return links;
    }

    /** The sentence casts someone: states a link, or says how an actor plays a named character. */
    static boolean castsSomeone(String sentence) {
        return !castIn(sentence).isEmpty();
    }

    /**
     * A lone capitalised word opening the sentence ("It is Carys...") is capitalised for its place, not as a
     * name; the verbs that link actor and character are common enough to need the capitals to be a name's.
     */
    private static boolean isName(String sentence, int start, String name) {
        return name.contains(" ") || !sentence.substring(0, start).chars().noneMatch(Character::isLetter);
    }

    /**
     * The link's character is the one {@code description} speaks of: it names them by a word of their name
     * ("Carys" in "Carys Mott is a radio astronomer"), or the description is the link's own sentence.
     */
    static boolean describes(String description, Link link) {
        for (String word : link.character().split("\\s+")) {
            if (word.length() >= 3 && Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(description).find()) {
                return true;
            }
        }
        return false;
    }
}
