package dev.reviewbot.answer;

import java.util.regex.Pattern;

/**
 * What kind of fact a question wants. A "who" question is not answered by a sentence that names nobody:
 * this is what lets the bot decline "who composed the score?" for a review that praises the music but
 * never names the composer.
 */
enum ExpectedAnswer {
    PERSON(Pattern.compile("^(who|whom|whose)\\b|\\bwho (is|was|were|did|plays|played|directed|wrote|shot|composed|edited|produced)\\b"),
            Pattern.compile("\\b[A-Z][a-z]+(?: (?:de|da|del|van|von|di|du|le|la|St\\.?|[A-Z]\\.))? [A-Z][a-z'-]+")),
    DATE(Pattern.compile("^when\\b|\\bwhat year\\b|\\brelease date\\b|\\bcome out\\b|\\bcame out\\b|\\breleased\\b"),
            Pattern.compile("\\b(1[89]|20)\\d{2}\\b|\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b")),
    DURATION(Pattern.compile("\\bhow long\\b|\\bruntime\\b|\\brunning time\\b|\\blength of\\b"),
            Pattern.compile("(?i)\\b(\\d+|one|two|three|ninety|hundred)[- ]?(minutes?|mins?|hours?)\\b|\\bminutes\\b|\\bhours?\\b")),
    AMOUNT(Pattern.compile("\\bhow much\\b|\\bbox office\\b|\\bbudget\\b|\\bgross(ed)?\\b|\\bhow many\\b|\\bmoney\\b"),
            Pattern.compile("[$€£]\\s?\\d|\\b\\d[\\d,.]*\\s?(million|billion|thousand|k|m)?\\b|\\b(million|billion)\\b")),
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

    /** Whether the sentence holds this kind of fact (always true for {@link #ANY}). */
    boolean satisfiedBy(String sentence) {
        return evidence == null || evidence.matcher(sentence).find();
    }
}
