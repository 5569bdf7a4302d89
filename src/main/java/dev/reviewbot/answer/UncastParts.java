package dev.reviewbot.answer;

import dev.reviewbot.review.Review;
import dev.reviewbot.retrieval.Terms;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Who plays the liftman?" when a review names the part ("the liftman, Erchie, collapses in the hut"), or "who plays
 * Mr Grimoldby?" when it names him, and no sentence of the film's reviews casts anyone as him: the reviews do not say
 * who plays him, and the story's sentence naming him is no answer to it.
 */
final class UncastParts {

    /**
     * A part described in lower case, then named between commas or as called: "the liftman, Erchie,", "the sutler's
     * widow, Susannah Prewitt,", "a hungry caiman called Yacaré". Opening a sentence, "As the liftman, Tam Dougal is..."
     * names the actor instead.
     */
    private static final Pattern PART_THEN_NAME = Pattern.compile("(?<!^as )(?<!^As )\\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\\s+"
            + "((?:[\\p{Ll}'’-]+\\s+){0,3}[\\p{Ll}'’-]+)(?:,\\s+(" + CastLinks.NAME + "),|\\s+(?:called|named)\\s+(" + CastLinks.NAME + "))");

    private static final Pattern NAMED = Pattern.compile(CastLinks.NAME);
    /**
     * An actor cast by a pronoun ("Dilys Entwistle plays her without a word"), or a pronoun cast ("She stars as Augusta
     * Vell"): who, the sentences before tell.
     */
    private static final Pattern CAST_BY_PRONOUN = Pattern.compile(CastLinks.FULL_NAME + "\\s+" + CastLinks.CASTING_VERB
            + "\\s+(?:her|him|them)\\b"
            // "She stars as Augusta Vell": the actor is the pronoun, whom the sentence before names.
            + "|\\b(?i:she|he|they)\\s+" + CastLinks.CASTING_VERB + "\\s");

    /** How many sentences before a pronoun's may name whom it stands for. */
    private static final int PRONOUN_REACH = 2;

    private UncastParts() {
    }

    /**
     * Some sentence casts by a pronoun ("Naveen Akerele plays him well enough") that may stand for the part: the
     * sentence itself or one just before it speaks of the part.
     */
    private static boolean castByPronoun(List<String> sentences, Predicate<String> speaksOfPart) {
        for (int i = 0; i < sentences.size(); i++) {
            if ((CAST_BY_PRONOUN.matcher(sentences.get(i)).find() || (i > 0 && performedByPronoun(sentences.get(i - 1), sentences.get(i))))
                    && sentences.subList(Math.max(0, i - PRONOUN_REACH), i + 1).stream().anyMatch(speaksOfPart)) {
                return true;
            }
        }
        return false;
    }

    /** "Her Eileen is sharp with the customers": a part as the pronoun's performance, after a sentence opening on its actor. */
    private static final Pattern PERFORMANCE_BY_PRONOUN = Pattern.compile("(?:Her|His|Their)\\s+" + CastLinks.NAME + "\\s+(?:is|was)\\s");
    /** "Poonam Elston is the heart of the film.": a sentence opening on a person named in full, then a verb. */
    private static final Pattern OPENS_ON_PERSON = Pattern.compile(CastLinks.FULL_NAME + "\\s+(?:is|was|gives|makes|brings|plays)\\s");

    static boolean performedByPronoun(String before, String sentence) {
        return PERFORMANCE_BY_PRONOUN.matcher(sentence).lookingAt() && OPENS_ON_PERSON.matcher(before).lookingAt();
    }

    /**
     * "Who plays Mr Grimoldby?" when a review names him and no sentence of the film's reviews casts him (by a word of
     * his name, or by a pronoun, whose person the sentences before tell) and he is no actor cast as someone else.
     */
    static Optional<String> uncastNamed(String person, List<Review> filmReviews) {
        List<String> sentences = sentences(filmReviews);
        if (sentences.stream().noneMatch(s -> RoleMentions.namesPerson(s, person))
                || castByPronoun(sentences, s -> RoleMentions.namesPerson(s, person))) {
            return Optional.empty();
        }
        List<CastLinks.Link> links = links(sentences);
        boolean cast = links.stream()
                .anyMatch(link -> CastLinks.describes(person, link) || RoleMentions.namesPerson(link.actor(), person))
                || sentences.stream().anyMatch(s -> RoleMentions.namesPerson(s, person) && mayCastAnother(s, person, links));
        return cast ? Optional.empty() : Optional.of(person);
    }

    private static final Pattern OWNED = Pattern.compile("\\p{Lu}\\p{L}*['’]s\\b");
    private static final Pattern OWNER = Pattern.compile("(\\p{L}+)['’]s\\s+\\p{L}");

    /**
     * "Who plays myra's daughter?" when no sentence speaks of the part with its owner's name ("The daughter, Lois, is
     * mentioned in every scene") and the reviews name the owner, a character: the part is the daughter.
     */
    static List<String> withoutOwner(List<String> described, String question, List<Review> filmReviews, Terms terms) {
        Matcher owner = OWNER.matcher(question);
        if (!owner.find()) {
            return described;
        }
        List<String> sentences = sentences(filmReviews);
        String name = owner.group(1).substring(0, 1).toUpperCase(java.util.Locale.ROOT) + owner.group(1).substring(1);
        Pattern named = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
        List<String> ownerWords = terms.of(owner.group(1));
        List<String> part = described.stream().filter(word -> !ownerWords.contains(word)).toList();
        boolean spokenWithOwner = sentences.stream().anyMatch(s -> terms.of(s).containsAll(described));
        return spokenWithOwner || part.isEmpty() || sentences.stream().noneMatch(s -> named.matcher(s).find()) ? described : part;
    }

    /** Another person named in full beside a word that may cast: "Yaretzi Huerta, who plays the team captain, Ximena ...". */
    private static final Pattern CASTING_CUE = Pattern.compile("(?i)\\b(?:plays|played|voices|voiced|portrays|portrayed|brings|gives|stars|as(?!\\s+(?:if|though)\\b))\\b");
    private static final Pattern FULL_NAME = Pattern.compile(CastLinks.FULL_NAME);

    /**
     * The sentence naming the character may cast them in a way no pattern reads ("Dmitri Oduya brings a gentle, sly
     * humour to Valdis"): it names someone else in full beside a casting word, so the reviews may well say who plays them.
     */
    private static boolean mayCastAnother(String sentence, String character, List<CastLinks.Link> cast) {
        if (!CASTING_CUE.matcher(sentence).find()) {
            return false;
        }
        Matcher name = FULL_NAME.matcher(sentence);
        while (name.find()) {
            String other = name.group();
            // Another character, cast elsewhere ("a jabiru stork, Don Zancudo, as her guide"), is no actor.
            boolean castCharacter = cast.stream().anyMatch(link -> link.character().equals(other));
            if (!RoleMentions.namesPerson(other, character) && !character.contains(other) && !castCharacter) {
                return true;
            }
        }
        return false;
    }

    private static final String PART_WORDS = "((?:\\p{Ll}[\\p{Ll}'’-]*\\s+){0,3}\\p{Ll}[\\p{Ll}'’-]*)";
    /**
     * A part cast by its words: after a casting word or a copula ("Hafwen Esson voices the little crow", "X is the grumpy
     * old stove", "In the role of the forecaster, X", "Playing the steward, X"), after an actor's possessive ("Ottilie
     * Brandt's flinty landlady"), in brackets after an actor ("Marek Zolnay (the captain)"), or before an actor in
     * brackets, between dashes or after a copula ("the mother (Marta Kellaway)", "The burglar - Caspar Lindqvist - is",
     * "The beekeeper is Hedda Lorne").
     */
    private static final Pattern CAST_AS_PART = Pattern.compile("(?i:\\b(?:is|as|playing|(?:role|part)\\s+of|" + CastLinks.CASTING_VERB
            + ")\\s+(?:the|an?|his|her|their)\\s+)((?:[\\p{L}'’-]+\\s+){0,3}[\\p{L}'’-]+)"
            + "|" + CastLinks.FULL_NAME + "['’]s\\s+" + PART_WORDS
            + "|" + CastLinks.FULL_NAME + "\\s*\\((?:as\\s+)?(?:(?i:the|an?)\\s+)?" + PART_WORDS + "\\)"
            + "|\\b(?i:the|an?|his|her|their)\\s+" + PART_WORDS + "(?:\\s*\\((?:(?:voiced|played) by\\s+)?" + CastLinks.FULL_NAME
            + "\\)|\\s+[-–—]+\\s+" + CastLinks.FULL_NAME + "|\\s+(?:is|was)\\s+" + CastLinks.FULL_NAME + ")");

    /**
     * The sentence casts someone by the part's words, whoever the pattern's names are (or in lower case: "kit reyes is
     * the drifter"). A full name's possessive may be a character's ("Nora Falk's mother"); then the sentence names a
     * cast character, which casts the part just the same.
     */
    private static boolean castByWords(String sentence, List<String> described, Terms terms) {
        Matcher m = CAST_AS_PART.matcher(sentence);
        while (m.find()) {
            String part = java.util.stream.IntStream.rangeClosed(1, m.groupCount()).mapToObj(m::group).filter(Objects::nonNull)
                    .findFirst().orElseThrow();
            if (terms.of(part).containsAll(described)) {
                return true;
            }
        }
        return false;
    }

    private static List<CastLinks.Link> links(List<String> sentences) {
        return sentences.stream().flatMap(s -> CastLinks.castIn(s).stream()).toList();
    }

    private static List<String> sentences(List<Review> filmReviews) {
        return filmReviews.stream().flatMap(r -> Premise.sentences(r).stream()).map(Premise.Placed::quote).toList();
    }

    /**
     * The character a review names by the part the question describes, when no sentence of the film's reviews casts
     * them (by a word of their name, or by the part's words with an actor beside them); or, when the reviews speak of
     * the part without naming it and cast nobody as it, the part as the question asks it.
     *
     * @param described the question's stemmed words describing the part ("liftman")
     * @param asked     the part in the question's words ("the cheating rival")
     * @param casting   the stemmed words that cast ("voice", "actor"): a part named by one ("the jukebox voice, Percy
     *                  Haddad,") is named by whoever plays it
     */
    static Optional<String> uncast(List<String> described, String asked, Collection<String> casting, List<Review> filmReviews,
                                   Terms terms) {
        if (described.isEmpty()) {
            return Optional.empty();
        }
        List<String> sentences = sentences(filmReviews);
        if (castByPronoun(sentences, s -> terms.of(s).containsAll(described))) {
            return Optional.empty();
        }
        List<CastLinks.Link> cast = links(sentences);
        String named = null;
        List<String> speaking = new java.util.ArrayList<>();
        for (String sentence : sentences) {
            List<String> words = terms.of(sentence);
            if (!words.containsAll(described)) {
                continue;
            }
            if (CastLinks.castsUnnamed(sentence) || CastLinks.castsSomeone(sentence)) {
                return Optional.empty();
            }
            if (castByWords(sentence, described, terms)) {
                return Optional.empty();
            }
            speaking.add(sentence);
            // Asked by a name typed in lower case ("who plays erchie", "who plays josias"), the words described are
            // the name, or its first words ("Josias Spurway"; not "East German" for "the german officer").
            Matcher name = NAMED.matcher(sentence);
            while (named == null && name.find()) {
                List<String> nameWords = terms.of(name.group());
                if (nameWords.size() >= described.size() && nameWords.subList(0, described.size()).equals(described)) {
                    // "Spouse: Eileen." ends the sentence, not the name.
                    named = name.group().replaceAll("\\.$", "");
                }
            }
            Matcher part = PART_THEN_NAME.matcher(sentence);
            while (named == null && part.find()) {
                List<String> partWords = terms.of(part.group(1));
                if (partWords.containsAll(described)) {
                    if (partWords.stream().anyMatch(casting::contains)) {
                        return Optional.empty();
                    }
                    named = part.group(2) != null ? part.group(2) : part.group(3);
                }
            }
        }
        if (named == null) {
            // A part never named may be the one any pronoun casts ("He plays Wade as a man who ..." for "the trucker").
            return sentences.stream().anyMatch(s -> CAST_BY_PRONOUN.matcher(s).find())
                    ? Optional.empty() : unnamed(speaking, asked, casting, cast, terms);
        }
        String character = named;
        return castByPronoun(sentences, s -> s.contains(character)) || cast.stream().anyMatch(link -> CastLinks.describes(character, link))
                || sentences.stream().anyMatch(s -> s.contains(character) && mayCastAnother(s, character, cast))
                ? Optional.empty() : Optional.of(character);
    }

    /**
     * A part the reviews speak of without naming it ("a subplot about a cheating rival from Leeuwarden"), when no
     * sentence speaking of it casts anyone, names a character someone is cast as, or names anyone beside a casting
     * word ("Marlene Hinchliffe, in her first leading role, gives..."): nobody is said to play it.
     */
    private static Optional<String> unnamed(List<String> speaking, String asked, Collection<String> casting,
                                            List<CastLinks.Link> cast, Terms terms) {
        if (asked.isBlank()) {
            return Optional.empty();
        }
        String[] askedWords = asked.split("\\s+");
        // The part as someone in the story: a noun after an article or a possessive ("a cheating rival", "the
        // council surveyor"), not a verb ("leads nowhere"); one followed by a casting word ("the lead role") is cast.
        Pattern part = Pattern.compile("(?i)\\b(?:the|an?|his|her|their|its|\\p{L}+['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}"
                + Pattern.quote(askedWords[askedWords.length - 1]) + "\\b(\\s+[\\p{L}-]+)?");
        List<String> asPeople = new java.util.ArrayList<>();
        for (String sentence : speaking) {
            Matcher m = part.matcher(sentence);
            while (m.find()) {
                if (m.group(1) != null && terms.of(m.group(1)).stream().anyMatch(casting::contains)) {
                    return Optional.empty();
                }
                asPeople.add(sentence);
            }
        }
        // A cast character named as the part's owner ("Etheline's sister Livia") is someone else.
        boolean mayBeCast = speaking.stream().map(s -> OWNED.matcher(s).replaceAll(""))
                .anyMatch(s -> cast.stream().anyMatch(link -> CastLinks.describes(s, link)))
                || asPeople.stream().anyMatch(s -> CASTING_CUE.matcher(s).find() && FULL_NAME.matcher(s).find());
        return asPeople.isEmpty() || mayBeCast ? Optional.empty() : Optional.of(asked);
    }
}
