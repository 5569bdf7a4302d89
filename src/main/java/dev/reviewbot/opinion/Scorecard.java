package dev.reviewbot.opinion;

import dev.reviewbot.library.Passage;
import dev.reviewbot.library.ScoredSentence;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A review at a glance: each section with the mean polarity of its sentences (praise +1 .. criticism -1)
 * and how many sentences lean each way, plus the reviewer's rating where the review gives one.
 *
 * @param rating the rating as written ("4/5"), or null
 */
public record Scorecard(String film, String reviewer, String rating, List<SectionScore> sections) {

    private static final Pattern FRACTION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:/|out of)\\s*(\\d+(?:\\.\\d+)?)");

    public Scorecard {
        sections = List.copyOf(sections);
    }

    /**
     * @param polarity  mean polarity of the section's scored sentences; NaN when none is scored
     * @param praise    sentences scored above 0 (the model's even odds)
     * @param criticism sentences scored below 0
     */
    public record SectionScore(String name, double polarity, int praise, int criticism) {

        public boolean scored() {
            return !Double.isNaN(polarity);
        }
    }

    /** The scorecard of a review from its stored passages (their sentences' polarity, scored at ingest). */
    public static Scorecard of(Review review, List<Passage> passages) {
        List<SectionScore> scores = new ArrayList<>();
        List<Section> sections = review.sections();
        for (int s = 0; s < sections.size(); s++) {
            int index = s;
            List<Double> values = passages.stream().filter(p -> p.sectionIndex() == index)
                    .flatMap(p -> p.sentences().stream()).filter(ScoredSentence::scored)
                    .map(ScoredSentence::polarity).toList();
            OptionalDouble mean = values.stream().mapToDouble(Double::doubleValue).average();
            scores.add(new SectionScore(sections.get(s).name(), mean.orElse(Double.NaN),
                    (int) values.stream().filter(v -> v > 0).count(), (int) values.stream().filter(v -> v < 0).count()));
        }
        return new Scorecard(review.title(), review.reviewer(), review.rating(), scores);
    }

    /** The scorecard as a small PNG chart ({@link ScorecardChart}): a value's own picture, for the adapters. */
    public byte[] chart() {
        return ScorecardChart.png(this);
    }

    /** The scorecard as plain text ({@link ScorecardText}), for screen readers and the console. */
    public String text() {
        return ScorecardText.render(this);
    }

    /** Whether any section has a polarity (none has in a library stored without a polarity model). */
    public boolean scored() {
        return sections.stream().anyMatch(SectionScore::scored);
    }

    /** The rating as a share of its scale ("4/5" is 0.8, "9 out of 10" 0.9), when it is written as one. */
    public Optional<Double> ratingShare() {
        if (rating == null) {
            return Optional.empty();
        }
        Matcher m = FRACTION.matcher(rating);
        if (!m.find()) {
            return Optional.empty();
        }
        double scale = Double.parseDouble(m.group(2));
        double value = Double.parseDouble(m.group(1));
        return scale > 0 && value <= scale ? Optional.of(value / scale) : Optional.empty();
    }
}
