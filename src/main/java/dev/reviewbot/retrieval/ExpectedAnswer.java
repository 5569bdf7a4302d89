package dev.reviewbot.retrieval;

import java.util.regex.Pattern;

/**
 * What kind of fact a question wants. A "who" question is not answered by a sentence that names nobody:
 * this is what lets the bot decline "who composed the score?" for a review that praises the music but
 * never names the composer.
 */
public enum ExpectedAnswer {
    PERSON(Pattern.compile("^(who|whom|whose|whos)\\b|\\bwho (is|was|were|did|plays|played|directed|wrote|shot|composed|edited|produced)\\b"),
            Pattern.compile("\\b\\p{Lu}\\p{Ll}+(?: (?:de|da|del|van|von|di|du|le|la|St\\.?|\\p{Lu}\\.))? \\p{Lu}[\\p{Ll}'-]+")),
    DATE(Pattern.compile("^when\\b|\\bwhat year\\b|\\brelease date\\b|\\bcome out\\b|\\bcame out\\b|\\breleased\\b"),
            Pattern.compile("\\b(1[89]|20)\\d{2}\\b|\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b")),
    DURATION(Pattern.compile("\\bhow long\\b|\\bruntime\\b|\\brunning time\\b|\\blength of\\b"),
            // A feature runs an hour or more: "within twenty minutes" is not a runtime, nor is "about an hour in" (a moment).
            Pattern.compile("(?i)\\b([6-9]\\d|1\\d\\d|2[0-4]\\d)[- ]?(minutes?|mins?)\\b|\\b(an?|one|two|three)( and a half)?[- ]hours?\\b(?!\\s+in(?:to)?\\b)|\\b(sixty|seventy|eighty|ninety)[- a-z]*minutes\\b"
                    // "fifteen minutes out of the 118": the runtime named after the part of it.
                    + "|\\bminutes? (?:out )?of (?:the|its|their) ([6-9]\\d|1\\d\\d|2[0-4]\\d)\\b"
                    // A listing's "1h 49m", "2 hrs 5 mins".
                    + "|\\b[1-4]\\s?(?:h|hrs?|hours?)\\.?\\s?\\d{1,2}\\s?(?:m|mins?|minutes?)\\b")),
    // Takings are "grossed", "what did it gross", "its worldwide gross"; "gross-out effects" are disgust.
    AMOUNT(Pattern.compile("\\bhow much\\b|\\bbox office\\b|\\bbudget\\b|\\bgrossed\\b|\\bdid\\b.{0,40}\\bgross\\b(?![\\s-]*out\\b)|\\b(box[- ]office|worldwide|domestic|total|its|the) gross\\b(?![\\s-]*out\\b)|\\bmoney\\b|\\bopening weekend\\b|\\bearn(ed)?\\b"),
            Pattern.compile("[$€£]\\s?\\d|\\b\\d[\\d,.]*\\s?(million|billion)\\b")),
    RATING(Pattern.compile("\\bwhat rating\\b|\\bhow many stars\\b|\\bstar rating\\b|\\bscore out of\\b|\\bout of (five|ten|5|10)\\b|\\brated\\b"),
            Pattern.compile("(?i)\\b(\\d+(\\.\\d)?|one|two|three|four|five|six|seven|eight|nine|ten)( and a half)? (stars?|out of)\\b|\\b\\d+(\\.\\d)?/(5|10)\\b")),
    ANY(null, null);

    private final Pattern question;
    private final Pattern evidence;

    ExpectedAnswer(Pattern question, Pattern evidence) {
        this.question = question;
        this.evidence = evidence;
    }

    static ExpectedAnswer of(String question) {
        String lower = question.toLowerCase(java.util.Locale.ROOT).strip();
        for (ExpectedAnswer type : values()) {
            if (type.question != null && type.question.matcher(lower).find()) {
                return type;
            }
        }
        return ANY;
    }

    /** A fact that can sit anywhere in a review (a runtime, a date, an amount, a rating), not a topic. */
    public boolean isSpecificFact() {
        return this == DATE || this == DURATION || this == AMOUNT || this == RATING;
    }

    /** Whether the sentence holds this kind of fact (always true for {@link #ANY}). */
    public boolean satisfiedBy(String sentence) {
        return evidence == null || evidence.matcher(sentence).find();
    }
}
