package dev.reviewbot.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A video review's captions saved as text (SubRip, "heave-review.srt"): numbered cues, each a timing line and a line
 * or two of speech. Read as prose: the numbers and timings go, and a sentence spoken over several cues is one line
 * again, so that it is quoted whole ("It follows the Clonbrackin Ladies, ..., for one year, as they train ...").
 */
final class Captions {

    private Captions() {
    }

    /** "00:00:12,500 --> 00:00:18,700": SubRip's timing line (WebVTT writes a full stop before the milliseconds). */
    private static final Pattern TIMING = Pattern.compile("\\s*\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{3}\\s*-->\\s*\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{3}.*");
    private static final Pattern CUE_NUMBER = Pattern.compile("\\s*\\d{1,5}\\s*");
    /** A caption ending a sentence: its full stop, question or exclamation mark, maybe inside a closing quote. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…][\"'”’)]*\\s*");
    /** Fewer timing lines than this are a review quoting a timecode, not captions. */
    private static final int MIN_CUES = 3;

    /** The text with its captions read as prose; any other text as it is. */
    static String asProse(String text) {
        String[] lines = text.split("\n", -1);
        if (java.util.Arrays.stream(lines).filter(l -> TIMING.matcher(l).matches()).count() < MIN_CUES) {
            return text;
        }
        List<String> out = new ArrayList<>();
        boolean inCue = false;
        int lastCaption = -1;
        for (String line : lines) {
            if (TIMING.matcher(line).matches()) {
                dropCueNumber(out);
                inCue = true;
            } else if (line.isBlank()) {
                inCue = false;
                out.add(line);
            } else if (inCue && lastCaption >= 0 && !ENDS_SENTENCE.matcher(out.get(lastCaption)).matches()) {
                // The cue goes on with the sentence the last one left open (or is a second line of the same cue).
                while (out.size() > lastCaption + 1) {
                    out.remove(out.size() - 1);
                }
                out.set(lastCaption, out.get(lastCaption).stripTrailing() + " " + line.strip());
            } else {
                out.add(line);
                if (inCue) {
                    lastCaption = out.size() - 1;
                } else if (!CUE_NUMBER.matcher(line).matches()) {
                    // Prose between captions; a cue number only stands above the next timing line.
                    lastCaption = -1;
                }
            }
        }
        return String.join("\n", out);
    }

    /** The cue number just above a timing line. */
    private static void dropCueNumber(List<String> out) {
        if (!out.isEmpty() && CUE_NUMBER.matcher(out.get(out.size() - 1)).matches()) {
            out.remove(out.size() - 1);
        }
    }
}
