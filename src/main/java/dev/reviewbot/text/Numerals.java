package dev.reviewbot.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written in words and in digits, one for the other: "turbine fourteen" is Turbine 14 typed as it is said,
 * "7 down" is Seven Down. English numerals up to ninety-nine, a closed set.
 */
public final class Numerals {

    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final Pattern IN_WORDS = Pattern.compile("(?i)\\b(?:(" + String.join("|", TENS.subList(2, 10))
            + ")(?:[- ](" + String.join("|", UNITS.subList(1, 10)) + "))?|(" + String.join("|", UNITS) + "))\\b");
    private static final Pattern IN_DIGITS = Pattern.compile("\\b\\d{1,2}\\b");

    private Numerals() {
    }

    /** The text with each number in words put in digits: "turbine fourteen" -> "turbine 14". */
    public static String inDigits(String text) {
        Matcher m = IN_WORDS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Integer.toString(valueOf(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The value of a number written in words ("forty-five", "twenty one", "Eight"), or -1 if it is none. */
    public static int valueOf(String words) {
        String[] parts = words.strip().toLowerCase(java.util.Locale.ROOT).split("[- ]+");
        if (parts.length == 1) {
            int unit = UNITS.indexOf(parts[0]);
            return unit >= 0 ? unit : TENS.indexOf(parts[0]) > 1 ? TENS.indexOf(parts[0]) * 10 : -1;
        }
        int tens = TENS.indexOf(parts[0]);
        int unit = UNITS.indexOf(parts[1]);
        return parts.length == 2 && tens > 1 && unit >= 1 && unit <= 9 ? tens * 10 + unit : -1;
    }

    /** The text with each number of one or two digits put in words: "7 down" -> "seven down". */
    public static String inWords(String text) {
        Matcher m = IN_DIGITS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int value = Integer.parseInt(m.group());
            String words = value < 20 ? UNITS.get(value)
                    : TENS.get(value / 10) + (value % 10 == 0 ? "" : "-" + UNITS.get(value % 10));
            m.appendReplacement(out, words);
        }
        m.appendTail(out);
        return out.toString();
    }
}
