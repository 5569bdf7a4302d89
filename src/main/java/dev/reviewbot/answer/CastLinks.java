package dev.reviewbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
    static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|van|von|da|di|del|le|la)(?!\\p{L})|\\p{Lu}[\\p{L}'’.-]*)){0,3}";
    /** Two to four capitalised words: an actor named in full, as an appositive's actor is ("..., is Torcuil Stape"). */
    static final String FULL_NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|van|von|da|di|del|le|la)(?!\\p{L})|\\p{Lu}[\\p{L}'’.-]*)){1,3}";
    /** The verbs a relative clause casts with ("Georgette Ilori, who plays Lolly, ..."): never a bare "is". */
    static final String CASTING_VERB = "(?:plays|played|voices|voiced|portrays|portrayed|stars as|takes the role of)";
    /**
     * Actor first: "Ines Pell plays Carys", "Ambroise Delaunay, who plays Abraham, ...", "Callum Greaves takes the role
     * of Arthur Penny", "Dominic Lindqvist is Teo", "Jonah Achebe, as Daniel, is the livelier".
     */
    private static final Pattern ACTOR_THEN_CHARACTER = Pattern.compile("(" + NAME + ")(?:(?:,[^,]{1,40},)?(?:\\s+|,\\s+(?=as\\b))(?:plays|played|"
            + "is playing|voices|voiced|portrays|portrayed|stars as|starring as|takes the role of|in the role of|as|is)"
            + "|,\\s+who\\s+" + CASTING_VERB + ")\\s+(?:the\\s+)?(" + NAME + ")"
            // "Bryony Keast plays the choirmaster, Wenna Trewin": a casting verb's part described, then named.
            + "|(" + NAME + ")\\s+" + CASTING_VERB + "\\s+(?:the|a|an)\\s+(?:\\p{Ll}[\\p{Ll}'-]*\\s+){0," + MAX_WORDS_BEFORE_AS
            + "}\\p{Ll}[\\p{Ll}'-]*,\\s+(" + NAME + ")");
    /**
     * Character first: "Baron Papercut (Osric Vance)", "Pip (voiced by Hazel Okafor)", "Teo, played by Dominic Lindqvist",
     * "Mrs Grimsditch is played by Prudence Ormerod", and an appositive's character before its actor ("The farmer, Elkanah
     * Rigg, is Torcuil Stape"): a comma between a subject and its verb closes an aside, so the name before it is the aside.
     */
    private static final Pattern CHARACTER_THEN_ACTOR = Pattern.compile("(" + NAME + ")(?:\\s*\\((?:(?:voiced|played) by\\s+)?("
            + NAME + ")\\)|(?:,|\\s+(?:is|was))\\s+(?:voiced|played) by\\s+(" + NAME + ")|,\\s+(?:is|was)\\s+(" + FULL_NAME + "))");

    /**
     * A word or four on how the actor plays before "as": "Kwabena Larbi is excellent as Lemuel", "Renske Vermeulen
     * carries it as Sanne Kessel", "Nassim Belkacem is the scene-stealer as Yanis", "Nadine Oxenford, who is superb as
     * Carmel", "Pieter Achebe is great fun as the oily rival, Count Várady" (the part described, then named). Casting,
     * though the sentence is as much about how well.
     */
    private static final Pattern ACTOR_HOW_AS_CHARACTER = Pattern.compile("(" + NAME + ")(?:\\s+|,\\s+who\\s+)(?:(?!as\\b)\\p{Ll}[\\p{Ll}-]*\\s+){1,"
            + MAX_WORDS_BEFORE_AS + "}as\\s+(?:the\\s+)?(?:(?:\\p{Ll}[\\p{Ll}-]*\\s+){0," + MAX_WORDS_BEFORE_AS
            + "}\\p{Ll}[\\p{Ll}-]*,\\s+)?(" + NAME + ")");

    /**
     * A performance given as a character, however it is praised: "Rainer Wendtland gives the finest performance in the
     * film as Ebeling", "Ama Kyei turns in a career-best turn as Dot", "Audrey Catlow gives the performance of a lifetime
     * as Gerty". The performance's noun is grammar, a closed set.
     */
    private static final Pattern ACTOR_PERFORMANCE_AS_CHARACTER = Pattern.compile("(" + NAME + ")\\s+(?:gives|turns in|delivers)"
            + "\\s+(?:a|an|the|his|her|their)\\s+(?:[\\p{Ll}-]+,?\\s+){0," + MAX_WORDS_BEFORE_AS + "}(?:performance|turn)"
            + "(?:\\s+(?:in|of)\\s+(?:the|this|a|his|her|their)\\s+\\p{Ll}+)?\\s+as\\s+(?:the\\s+)?(" + NAME + ")");

    /**
     * What an actor gives or brings to a character: "Neasa Akande gives Sabrina a growing, obsessive calm". The article
     * after the character tells a part given a quality from a person given a thing ("gives Tom Pellow the script").
     */
    private static final Pattern ACTOR_GIVES_CHARACTER = Pattern.compile("(" + NAME + ")\\s+(?:gives|brings to)\\s+(" + NAME
            + ")\\s+(?:a|an)\\s");

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
            int actor = actorFirst.group(1) != null ? 1 : 3;
            if (isName(sentence, actorFirst.start(actor), actorFirst.group(actor))
                    && isName(sentence, actorFirst.start(actor + 1), actorFirst.group(actor + 1))) {
                partOf(sentence, actorFirst.group(actor + 1), actorFirst.end(actor + 1))
                        .ifPresent(part -> links.add(new Link(actorFirst.group(actor), part)));
            }
        }
        Matcher characterFirst = CHARACTER_THEN_ACTOR.matcher(sentence);
        while (characterFirst.find()) {
            // The brackets or "played by" tell a name even where it opens the sentence ("Crinkle (voiced by ...)").
            String actor = Stream.of(characterFirst.group(2), characterFirst.group(3), characterFirst.group(4))
                    .filter(Objects::nonNull).findFirst().orElseThrow();
            links.add(new Link(actor, characterFirst.group(1)));
        }
        return links;
    }

    /**
     * Every actor-character pair the sentence states, with those it casts while saying how ("is wonderful as Bunty",
     * "gives the finest performance in the film as Ebeling", "gives Sabrina a growing calm").
     */
    static List<Link> castIn(String sentence) {
        List<Link> links = new ArrayList<>(in(sentence));
        for (Pattern how : List.of(ACTOR_HOW_AS_CHARACTER, ACTOR_PERFORMANCE_AS_CHARACTER, ACTOR_GIVES_CHARACTER)) {
            Matcher m = how.matcher(sentence);
            while (m.find()) {
                if (isName(sentence, m.start(1), m.group(1)) && isName(sentence, m.start(2), m.group(2))) {
                    String actor = m.group(1);
                    partOf(sentence, m.group(2), m.end(2)).ifPresent(part -> links.add(new Link(actor, part)));
                }
            }
        }
        return links;
    }

    /** A few words after a possessive, then the part's name: "(as Eira's) childhood friend Tyler Vickerstaff", "(as Posy's) mum, Marion". */
    private static final Pattern AFTER_POSSESSIVE = Pattern.compile("\\s+(?:\\p{Ll}[\\p{Ll}-]*,?\\s+){1," + MAX_WORDS_BEFORE_AS + "}(" + NAME + ")");

    /**
     * The part a name cast as stands for: the name itself, or, where it is a possessive ("as Eira's childhood friend
     * Tyler Vickerstaff", "as Juno's deaf daughter Lin"), the name after it; a possessive alone names no part.
     */
    private static java.util.Optional<String> partOf(String sentence, String character, int end) {
        if (!(character.endsWith("'s") || character.endsWith("’s"))) {
            return java.util.Optional.of(character);
        }
        Matcher after = AFTER_POSSESSIVE.matcher(sentence).region(end, sentence.length());
        return after.lookingAt() ? java.util.Optional.of(after.group(1)) : java.util.Optional.empty();
    }

    /** The sentence casts someone: states a link, or says how an actor plays a named character. */
    static boolean castsSomeone(String sentence) {
        return !castIn(sentence).isEmpty();
    }

    /**
     * The sentence casts an actor as someone it does not name, by what they are: "The vicar is played by Wilfrid
     * Blanchflower", "the baddie, played by Osric Vance", and actor first, "Ingram Bastow as the dad, though, is
     * wonderful", "Owain Marsh is really good too, as the mine captain". Whom it casts is what the sentence says.
     */
    static boolean castsUnnamed(String sentence) {
        return UNNAMED_CAST.matcher(sentence).find() || ACTOR_AS_UNNAMED.matcher(sentence).find();
    }

    private static final Pattern UNNAMED_CAST = Pattern.compile("\\b\\p{Ll}[\\p{Ll}-]+(?:,|\\s+(?:is|was))\\s+(?:voiced|played|portrayed) by\\s+"
            + FULL_NAME);
    /**
     * An actor named in full, a few words on how they play, then "as the" and what the part is: a word or two in lower
     * case that end the clause ("as the dad, though"), not the start of another ("as the film goes on").
     */
    private static final Pattern ACTOR_AS_UNNAMED = Pattern.compile(FULL_NAME + ",?\\s+(?:(?!as\\b)\\p{Ll}[\\p{Ll}-]*,?\\s+){0,"
            + MAX_WORDS_BEFORE_AS + "}as\\s+(?:the|a|an)\\s+\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*)?"
            + "(?=[,.;:!?)]|\\s+(?:is|was|and|who)\\b|$)");

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
        // A character named at the end of a sentence keeps its full stop ("plays Arthur Grimoldby."): no part of the name.
        for (String word : link.character().replaceAll("\\.+$", "").split("\\s+")) {
            if (word.length() >= 3 && Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(description).find()) {
                return true;
            }
        }
        return false;
    }
}
