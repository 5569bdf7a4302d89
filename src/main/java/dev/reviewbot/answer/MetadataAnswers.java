package dev.reviewbot.answer;

import dev.reviewbot.library.Catalog;
import dev.reviewbot.retrieval.Question;
import dev.reviewbot.review.ProseMetadata;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Questions about a review rather than the film: who reviewed it, its rating, its year, where it was
 * published, which film is rated highest, which films a reviewer reviewed. They are answered from the
 * review's metadata (front matter, or a byline or rating line found in the prose at ingest), quoting the
 * field or the line it came from.
 */
final class MetadataAnswers {

    /** The citation's section for a value that comes from front matter rather than from a section. */
    static final String FRONT_MATTER = "Front matter";

    private enum Field {
        REVIEWER("reviewer", Review::reviewer, Pattern.compile(
                "\\bwho (reviewed|wrote (the|this|that|its) review|is the (reviewer|critic)|was the (reviewer|critic))\\b"
                        + "|\\b(which|what) (reviewer|critic)s? (reviewed|wrote|is|was)\\b(?!\\s+(more|less|\\w+er)\\b)|\\bname of the (reviewer|critic)\\b"
                        + "|\\bwho (wrote|posted|made) (the|this|that) (\\w+ )?(post|write-up|writeup|article|blog post|review)\\b"
                        + "|\\bwhose review\\b|\\bwho reviews?\\b|\\breview(ed)? by (whom|who)\\b|^(the )?(reviewer|critic)\\??$")),
        RATING("rating", Review::rating, Pattern.compile(
                "\\b(what|which) (rating|score|grade|mark)\\b|\\bhow many stars\\b|\\bstar rating\\b|\\bratings?\\b"
                        + "|\\bhow (was|is|did) (it|the film|the movie|\\w+) (rated|rate)\\b|\\bout of (5|10|100|five|ten|a hundred)\\b"
                        + "|\\b(rated|rate) it\\b|\\bhow many (points|out of)\\b|\\bstars did\\b|\\bwhat did .{1,40} (rate|score) it\\b"
                        // "what did Marguerite Oyelaran rate Dust Tithe": the title follows the verb.
                        + "|\\bwhat (did|does) .{1,40} (rate|give)\\b(?! highly)"
                        // "What's the score on X?" asks the mark; "what's the score for X like?" the music.
                        + "|\\bwhat(?:'s|s| is) (the|its|their) (score|grade|mark) (on|for)\\b(?!.{0,60}\\blike\\b)"
                        // A score a film got, or one higher or lower, is a mark: "which got the better score, X or Y?";
                        // a film has a better score by its music ("which has the better score").
                        + "|\\b(got|gets|get|received|earned|was given) (the |a )?(better|worse|higher|lower|best|worst|highest|lowest) (score|mark|grade)\\b"
                        + "|\\b(higher|lower) (score|mark|grade)s?\\b|\\bscored (higher|lower|better|worse)\\b"
                        // A range, spread or average is of numbers: "range of scores" asks the ratings, not the music.
                        + "|\\b(range|spread|average|mean|highest|lowest) of (the |their |its )?(review )?(scores|marks|grades)\\b")),
        YEAR("year", r -> r.year() == null ? null : String.valueOf(r.year()), Pattern.compile(
                "\\b(what|which) year\\b|\\byear\\b(?![\\s-]*olds?\\b)|\\bwhen (was|did|is) .{0,40}(released|come out|came out|made|out|release)\\b"
                        + "|\\brelease date\\b|\\bhow old is\\b")),
        SOURCE("source", Review::source, Pattern.compile(
                "\\bwhere (was|is) .{0,30}(published|from|posted|printed)\\b|\\bwhich (publication|outlet|site|website|magazine|paper|newspaper)\\b"
                        + "|\\bpublished (in|by|where|on)\\b|\\b(what|which) (source|publication)\\b"
                        + "|\\b(for|on|in|at) (what|which) (site|website|publication|outlet|magazine|paper|newspaper|blog)\\b"));

        final String label;
        final Function<Review, String> value;
        final Pattern asks;

        Field(String label, Function<Review, String> value, Pattern asks) {
            this.label = label;
            this.value = value;
            this.asks = asks;
        }
    }

    /** "What's X rated?", "what is it rated": "rated" closing the question, as a certificate is asked for. */
    private static final Pattern RATED_ALONE = Pattern.compile("^(what'?s|whats|what is|how is)\\b.*\\brated\\s*[?.!]*$");

    /** Film certificates are not review ratings: "rated PG-13 or R?" is not asked of the reviewer. */
    private static final Pattern CERTIFICATE = Pattern.compile("\\b(pg|pg-13|nc-17|12a|15|18|u|mpaa|bbfc|certificate|cert|certified|age rating|rated r|r rated|r-rated|or r)\\b");
    private static final Pattern EXTREME = Pattern.compile(
            "\\b(highest|best|top|lowest|worst)[- ]?(rated|rating)\\b|\\brated (the )?(highest|best|lowest|worst)\\b"
                    + "|\\b(most|least) (stars|highly rated)\\b");
    private static final Pattern LIST = Pattern.compile(
            "\\b(which|what) (films?|movies?|reviews?)\\b.{0,40}\\b(review|reviewed|write|wrote|written)\\b|\\breviews? (by|from)\\b"
                    + "|\\bwhat (did|has) .{1,40} review(ed)?\\b");

    private MetadataAnswers() {
    }

    /** Whether the question asks for the reviewers' rating (not a certificate). */
    static boolean asksRating(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        return Field.RATING.asks.matcher(lower).find() && !CERTIFICATE.matcher(lower).find();
    }

    /** The answer when the question asks for metadata; empty when it asks about the film. */
    static Optional<Answer> answer(Question question, Catalog catalog) {
        String lower = question.text().toLowerCase(Locale.ROOT);
        if (question.reviewer() != null && LIST.matcher(lower).find()) {
            return Optional.of(reviewsBy(question, catalog));
        }
        if (EXTREME.matcher(lower).find()) {
            return ranked(question, catalog, !lower.matches(".*\\b(lowest|worst|least)\\b.*"));
        }
        if (CERTIFICATE.matcher(lower).find() && lower.matches(".*\\b(rat(ed|ing)|certificate|cert|certified|age)\\b.*")) {
            // An age rating is the censor's, not the reviewer's: answered only where a review states one.
            return certificate(question, catalog);
        }
        if (RATED_ALONE.matcher(lower).find()) {
            // "What's X rated?" asks the certificate where a review gives one; else the reviewers' verdicts say.
            Optional<Answer> certificate = certificate(question, catalog).filter(Answer::grounded);
            if (certificate.isPresent()) {
                return certificate;
            }
        }
        // "long year cast" types Longyear in two words: the title's own words ask for no field. The year's words are
        // looked for without them (its patterns need no title between their words; the rating's do).
        String untitled = question.searchText().toLowerCase(Locale.ROOT);
        List<Answer> fields = java.util.Arrays.stream(Field.values())
                .filter(field -> field.asks.matcher(field == Field.YEAR ? untitled : lower).find()
                        && !(field == Field.RATING && CERTIFICATE.matcher(lower).find()))
                .map(field -> field(question, catalog, field)).toList();
        if (fields.size() <= 1) {
            return fields.stream().findFirst();
        }
        // "Who reviewed it and for what site?": each field asked, those the reviews give.
        List<Citation> given = fields.stream().filter(Answer::grounded).flatMap(a -> a.citations().stream()).toList();
        return Optional.of(given.isEmpty() ? fields.get(0) : new Answer.Grounded(question.text(), given));
    }

    private static Answer field(Question question, Catalog catalog, Field field) {
        if (question.films().isEmpty()) {
            return new Answer.Declined(question.text(), "Which film do you mean?", catalog.films());
        }
        List<Citation> citations = new ArrayList<>();
        for (Review review : catalog.reviewsOf(question.films().get(0))) {
            String value = field.value.apply(review);
            if (value != null && (question.reviewer() == null || question.reviewer().equals(review.reviewer()))) {
                citations.add(cite(review, field.label, value));
            }
        }
        if (citations.isEmpty()) {
            String film = catalog.reviewsOf(question.films().get(0)).stream().map(Review::title).findFirst()
                    .orElse(question.films().get(0));
            return new Answer.Declined(question.text(), "The stored reviews of " + film + " don't give its " + field.label + ".",
                    List.of());
        }
        return new Answer.Grounded(question.text(), citations.subList(0, Math.min(3, citations.size())));
    }

    /**
     * The certificate a review gives the film, for a question on whether it suits children that nothing else in the
     * reviews answers: "It is a 15, for the language" says as much as a parents' paragraph. A sentence that says
     * something of the certificate ("The U certificate is generous.") comes before one that only lists it among the
     * film's facts ("Certificate: U.", "94 minutes long, rated PG"). Empty when none is given.
     */
    static Optional<Answer> statedCertificate(Question question, Catalog catalog) {
        List<Citation> stated = certificates(question, catalog);
        return stated.stream().filter(c -> !Certificates.listedOnly(c.quote())).findFirst().or(() -> stated.stream().findFirst())
                .map(c -> new Answer.Grounded(question.text(), List.of(c)));
    }

    /** "What is it rated?": the certificate where the review first gives it. */
    private static Optional<Answer> certificate(Question question, Catalog catalog) {
        List<Citation> stated = certificates(question, catalog);
        return Optional.of(stated.isEmpty()
                ? new Answer.Declined(question.text(), "The stored reviews don't give an age rating.", List.of())
                : new Answer.Grounded(question.text(), stated.subList(0, 1)));
    }

    /** Every sentence of the films' reviews stating a certificate, in review order. */
    private static List<Citation> certificates(Question question, Catalog catalog) {
        List<Citation> stated = new ArrayList<>();
        for (String film : question.films()) {
            for (Review review : catalog.reviewsOf(film)) {
                for (Section section : review.sections()) {
                    // Paragraph by paragraph: a row of a credits table ("Rated: R") has no full stop to end it.
                    java.util.Arrays.stream(section.text().split("\n\n")).flatMap(paragraph -> Sentences.split(paragraph).stream())
                            .filter(Certificates::states)
                            .forEach(sentence -> stated.add(new Citation(review.title(), section.name(), review.reviewer(), sentence)));
                }
            }
        }
        return stated;
    }

    private static Answer reviewsBy(Question question, Catalog catalog) {
        List<Citation> citations = catalog.reviews().stream().filter(r -> question.reviewer().equals(r.reviewer()))
                .map(r -> cite(r, Field.REVIEWER.label, r.reviewer())).toList();
        return new Answer.Grounded(question.text(), citations);
    }

    /** "Which film is rated highest?": the reviews whose rating reads highest (or lowest) on a common scale. */
    private static Optional<Answer> ranked(Question question, Catalog catalog, boolean highest) {
        Comparator<Review> byScale = Comparator.comparingDouble(r -> ProseMetadata.scale(r.rating()).orElse(0.0));
        List<Review> rated = catalog.reviews().stream().filter(r -> ProseMetadata.scale(r.rating()).isPresent())
                .sorted(highest ? byScale.reversed() : byScale).toList();
        if (rated.isEmpty()) {
            return Optional.of(new Answer.Declined(question.text(), "None of the stored reviews gives a rating I can compare.",
                    catalog.films()));
        }
        double top = ProseMetadata.scale(rated.get(0).rating()).orElseThrow();
        List<Citation> citations = rated.stream().filter(r -> ProseMetadata.scale(r.rating()).orElseThrow() == top).limit(3)
                .map(r -> cite(r, Field.RATING.label, r.rating())).toList();
        return Optional.of(new Answer.Grounded(question.text(), citations));
    }

    /**
     * The review's rating as a quote of its own, where it has one and none of the quotes already holds it (as the
     * field's value or as the review's own words for it): a reviewer's mark belongs beside their words, once.
     */
    static Optional<Citation> ratingBeside(Review review, List<String> quotes) {
        if (review.rating() == null) {
            return Optional.empty();
        }
        Citation rated = cite(review, Field.RATING.label, review.rating());
        return quotes.stream().anyMatch(q -> q.contains(review.rating()) || q.contains(rated.quote()))
                ? Optional.empty() : Optional.of(rated);
    }

    /**
     * The sentence that holds the value where the prose gives it, or a rating in other words ("2 out of 5" for
     * "2/5"), else the front-matter field itself.
     */
    static Citation cite(Review review, String label, String value) {
        // A year the prose gives as the film's ("a British historical drama of 2026"), before one dating the page.
        boolean year = Field.YEAR.label.equals(label);
        Citation dated = null;
        for (Section section : review.sections()) {
            if (!section.text().contains(value)) {
                continue;
            }
            for (String paragraph : section.text().split("\n\n")) {
                for (String sentence : Sentences.split(paragraph)) {
                    if (!sentence.contains(value)) {
                        continue;
                    }
                    Citation quote = new Citation(review.title(), section.name(), review.reviewer(), sentence);
                    if (!year || !ProseMetadata.givenOnlyInDates(sentence, value)) {
                        return quote;
                    }
                    dated = dated == null ? quote : dated;
                }
            }
        }
        if (dated != null) {
            return dated;
        }
        Optional<Double> score = Field.RATING.label.equals(label) ? ProseMetadata.scale(value) : Optional.empty();
        if (score.isPresent()) {
            // "rating: 2/5" in the front matter, "2 out of 5: below expectations." in the prose: the review's own words.
            for (Section section : review.sections()) {
                for (String paragraph : section.text().split("\n\n")) {
                    for (String sentence : Sentences.split(paragraph)) {
                        if (ProseMetadata.rating(List.of(new Section(section.name(), sentence))).flatMap(ProseMetadata::scale)
                                .filter(score.get()::equals).isPresent()) {
                            return new Citation(review.title(), section.name(), review.reviewer(), sentence);
                        }
                    }
                }
            }
        }
        return new Citation(review.title(), FRONT_MATTER, review.reviewer(), label + ": " + value);
    }
}
