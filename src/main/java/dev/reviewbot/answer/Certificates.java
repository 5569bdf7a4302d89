package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.retrieval.ExpectedAnswer;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Which is better for kids, Twankey or Warm Leads?" where each film's review gives its certificate: the censors'
 * ladder orders them (U, PG, 12A, 15, 18; the American G, PG, PG-13, R, NC-17 beside it), the film open to the
 * youngest first, each certificate quoted from its review.
 */
final class Certificates {

    /** A certificate in a sentence already read as stating one: the code, wherever the sentence puts it. */
    private static final Pattern CODE = Pattern.compile("(?<![\\w-])(PG-13|NC-17|12A|PG|U|G|12|15|18|R)(?![\\w-]|\\.\\w)");
    /** The ladder, youngest first: codes on one rung admit the same ages. The censors' own scale, a closed set. */
    private static final Map<String, Integer> RUNG = Map.of("U", 0, "G", 0, "PG", 1, "12", 2, "12A", 2, "PG-13", 2,
            "15", 3, "R", 3, "18", 4, "NC-17", 4);

    /** A sentence stating a certificate, or a parents' guide's age ("Age: 7+", "Best for ages 7 and up"). */
    private static final Pattern STATED = Pattern.compile("\\b(PG-13|PG|NC-17|12A|R-rated|rated R|(?i:certificate)|BBFC|MPAA)\\b"
            + "|\\b(?i:rated|certificate):\\s+(PG-13|PG|NC-17|12A|R|U|15|18)\\b"
            // "rated U", "rated 15": a code after "rated", not a mark ("rated 15 out of 20").
            + "|\\b(?i:rated)\\s+(U|G|15|18)\\b(?!\\s*(/|(?i:out of|percent)))|\\b(?i:cert)\\.?\\s+(PG|12A?|U|15|18)\\b"
            // "It is a 15, for ... language", "It's a U": a certificate as the film's own, not an age ("she is 15").
            + "|\\b(?i:it's|it’s|it is|it was)\\s+an?\\s+(12A?|15|18|U)\\b(?![-‐]|\\s+(?i:years?|minutes?|hours?|per))"
            // "The U is right", "the 15 certificate is fair": the code named as the film's by "the".
            + "|\\b(?i:the)\\s+(12A?|15|18|U)\\s+(?i:is|certificate|rating)\\b"
            + "|(?i)\\bages?:?\\s+\\d{1,2}\\s*(\\+|and up\\b|and over\\b)");

    private record Rated(String film, String code, Citation citation) {
    }

    private Certificates() {
    }

    /** The named films by certificate, when every one of their reviews' certificates can be read and they differ. */
    static Optional<Answer> compare(Question question, List<String> named, Catalog catalog) {
        List<Rated> rated = new ArrayList<>();
        for (String film : named) {
            Optional<Citation> stated = MetadataAnswers.statedCertificate(question.withFilms(List.of(film)), catalog)
                    .map(answer -> answer.citations().get(0));
            Optional<String> code = stated.flatMap(c -> codeIn(c.quote()));
            if (code.isEmpty()) {
                return Optional.empty();
            }
            rated.add(new Rated(stated.get().review(), code.get(), stated.get()));
        }
        rated.sort(Comparator.comparingInt(r -> RUNG.get(r.code())));
        // Called with two films or more; on one rung the certificates tell nothing apart.
        if (RUNG.get(rated.get(0).code()).equals(RUNG.get(rated.get(1).code()))) {
            return Optional.empty();
        }
        StringBuilder prose = new StringBuilder();
        for (int i = 0; i < rated.size(); i++) {
            Rated r = rated.get(i);
            prose.append(i == 0 ? "" : " ").append(r.film()).append(" is rated ").append(r.code()).append(": \"")
                    .append(r.citation().quote()).append("\" [").append(i + 1).append("]");
        }
        prose.append(" So ").append(rated.get(0).film()).append(" is the one for younger viewers.");
        return Optional.of(new Answer.Grounded(question.text(), rated.stream().map(Rated::citation).toList(), prose.toString(), null));
    }

    /**
     * Asked who a film suits, one of several compared: what its review says of that, then its certificate, where the
     * review states one. Only one film's certificate may be stated ("Twankey (PG, 2026, 97 minutes)"), and a review
     * silent on children has still said who the censors let in.
     */
    static Answer withCertificate(Answer answer, Question one, Catalog catalog) {
        Optional<Citation> certificate = MetadataAnswers.statedCertificate(one, catalog).map(a -> a.citations().get(0));
        if (certificate.isEmpty()) {
            return answer;
        }
        List<Citation> quotes = new ArrayList<>();
        if (answer.grounded()) {
            answer.citations().stream().filter(c -> !c.quote().equals(certificate.get().quote())).findFirst().ifPresent(quotes::add);
        }
        quotes.add(certificate.get());
        return new Answer.Grounded(one.text(), quotes);
    }

    /** Whether the sentence states the film's certificate, and not one a correction withdraws ("We said it was a 15."). */
    static boolean states(String sentence) {
        return STATED.matcher(sentence).find() && !Sentences.withdraws(sentence);
    }

    /**
     * Whether a sentence stating a certificate only lists it among the film's facts: a credits or listing line
     * ("Certificate: U.", "12A · 101 mins · UK 2026"), or a sentence that also gives the running time or the year
     * ("It's 94 minutes long, rated PG", "a Scottish sports drama from 2026, rated 15").
     */
    static boolean listedOnly(String sentence) {
        return Section.isCapsuleCredit(sentence) || Section.isListingLine(sentence)
                || ExpectedAnswer.DURATION.satisfiedBy(sentence) || ExpectedAnswer.DATE.satisfiedBy(sentence);
    }

    /** The certificate's code in a sentence stating one ("It's a 15, for the language" is 15). */
    static Optional<String> codeIn(String sentence) {
        Matcher code = CODE.matcher(sentence);
        return code.find() ? Optional.of(code.group(1)) : Optional.empty();
    }
}
