package dev.reviewbot.feedback;

import java.time.Instant;
import java.util.List;

/**
 * One question the bot answered or declined, for the admins' report: where it was asked and what it was
 * understood to be about.
 *
 * @param space  the server or workspace; null in a DM or where the platform has none
 * @param films  the films it was about (a film the library does not hold, as typed, included)
 * @param aspects the aspects it asked about ("acting", "music"...)
 */
public record QuestionRecord(Instant at, String platform, String space, String question, boolean answered,
                             List<String> films, List<String> aspects) {

    public QuestionRecord {
        films = films == null ? List.of() : List.copyOf(films);
        aspects = aspects == null ? List.of() : List.copyOf(aspects);
    }
}
