package dev.reviewbot.answer;

import dev.reviewbot.review.Review;
import dev.reviewbot.retrieval.Terms;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Who plays the liftman?" when a review names the part ("the liftman, Erchie, collapses in the hut"), or "who plays
 * Mr Grimoldby?" when it names him, and no sentence of the film's reviews casts anyone as him: the reviews do not say
 * who plays him, and the story's sentence naming him is no answer to it.
 */
final class UncastParts {

    /**
     * A part described in lower case, then named between commas: "the liftman, Erchie,", "the foreman, Mr Hattersley,
     * is a stock villain". Opening a sentence, "As the liftman, Tam Dougal is..." names the actor instead.
     */
    private static final Pattern PART_THEN_NAME = Pattern.compile("(?<!^as )(?<!^As )\\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\\s+"
            + "((?:[\\p{Ll}-]+\\s+){0,3}[\\p{Ll}-]+),\\s+(" + CastLinks.NAME + "),");

    private static final Pattern NAMED = Pattern.compile(CastLinks.NAME);
    /**
     * An actor cast by a pronoun ("Dilys Entwistle plays her without a word"), or a pronoun cast ("She stars as Augusta
     * Vell"): who, the sentences before tell.
     */
    private static final Pattern CAST_BY_PRONOUN = Pattern.compile(CastLinks.FULL_NAME + "\\s+" + CastLinks.CASTING_VERB
            + "\\s+(?:her|him|them)\\b"
            // "She stars as Augusta Vell": the actor is the pronoun, whom the sentence before names.
            + "|\\b(?i:she|he|they)\\s+" + CastLinks.CASTING_VERB + "\\s");

    private UncastParts() {
    }

    /**
     * "Who plays Mr Grimoldby?" when a review names him and no sentence of the film's reviews casts him (by a word of
     * his name, or by a pronoun, whose person the sentences before tell) and he is no actor cast as someone else.
     */
    static Optional<String> uncastNamed(String person, List<Review> filmReviews) {
        List<String> sentences = sentences(filmReviews);
        if (sentences.stream().noneMatch(s -> RoleMentions.namesPerson(s, person))
                || sentences.stream().anyMatch(s -> CAST_BY_PRONOUN.matcher(s).find())) {
            return Optional.empty();
        }
        boolean cast = sentences.stream().flatMap(s -> CastLinks.castIn(s).stream())
                .anyMatch(link -> CastLinks.describes(person, link) || RoleMentions.namesPerson(link.actor(), person))
                || sentences.stream().anyMatch(s -> RoleMentions.namesPerson(s, person) && mayCastAnother(s, person));
        return cast ? Optional.empty() : Optional.of(person);
    }

    /** Another person named in full beside a word that may cast: "Yaretzi Huerta, who plays the team captain, Ximena ...". */
    private static final Pattern CASTING_CUE = Pattern.compile("(?i)\\b(?:plays|played|voices|voiced|portrays|portrayed|brings|gives|stars|as)\\b");
    private static final Pattern FULL_NAME = Pattern.compile(CastLinks.FULL_NAME);

    /**
     * The sentence naming the character may cast them in a way no pattern reads ("Dmitri Oduya brings a gentle, sly
     * humour to Valdis"): it names someone else in full beside a casting word, so the reviews may well say who plays them.
     */
    private static boolean mayCastAnother(String sentence, String character) {
        if (!CASTING_CUE.matcher(sentence).find()) {
            return false;
        }
        Matcher name = FULL_NAME.matcher(sentence);
        while (name.find()) {
            if (!RoleMentions.namesPerson(name.group(), character) && !character.contains(name.group())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sentences(List<Review> filmReviews) {
        return filmReviews.stream().flatMap(r -> Premise.sentences(r).stream()).map(Premise.Placed::quote).toList();
    }

    /**
     * The character a review names by the part the question describes, when no sentence of the film's reviews casts
     * them (by a word of their name, or by the part's words with an actor beside them).
     *
     * @param described the question's stemmed words describing the part ("liftman")
     * @param casting   the stemmed words that cast ("voice", "actor"): a part named by one ("the jukebox voice, Percy
     *                  Haddad,") is named by whoever plays it
     */
    static Optional<String> uncast(List<String> described, Collection<String> casting, List<Review> filmReviews, Terms terms) {
        if (described.isEmpty()) {
            return Optional.empty();
        }
        List<String> sentences = sentences(filmReviews);
        if (sentences.stream().anyMatch(s -> CAST_BY_PRONOUN.matcher(s).find())) {
            return Optional.empty();
        }
        List<CastLinks.Link> cast = sentences.stream().flatMap(s -> CastLinks.castIn(s).stream()).toList();
        String named = null;
        for (String sentence : sentences) {
            List<String> words = terms.of(sentence);
            if (!words.containsAll(described)) {
                continue;
            }
            if (CastLinks.castsUnnamed(sentence) || CastLinks.castsSomeone(sentence)) {
                return Optional.empty();
            }
            // Asked by a name typed in lower case ("who plays erchie"), the words described are the name itself.
            Matcher name = NAMED.matcher(sentence);
            while (named == null && name.find()) {
                if (terms.of(name.group()).equals(described)) {
                    named = name.group();
                }
            }
            Matcher part = PART_THEN_NAME.matcher(sentence);
            while (named == null && part.find()) {
                List<String> partWords = terms.of(part.group(1));
                if (partWords.containsAll(described)) {
                    if (partWords.stream().anyMatch(casting::contains)) {
                        return Optional.empty();
                    }
                    named = part.group(2);
                }
            }
        }
        String character = named;
        return character == null || cast.stream().anyMatch(link -> CastLinks.describes(character, link))
                || sentences.stream().anyMatch(s -> s.contains(character) && mayCastAnother(s, character))
                ? Optional.empty() : Optional.of(character);
    }
}
