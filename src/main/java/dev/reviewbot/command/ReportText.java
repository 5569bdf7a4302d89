package dev.reviewbot.command;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An {@link ActivityReport} as plain text, for the console and `reviewbot report`. */
public final class ReportText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ReportText() {
    }

    public static String render(ActivityReport r) {
        StringBuilder out = new StringBuilder();
        out.append("Questions from ").append(WHEN.format(r.from())).append(" to ").append(WHEN.format(r.to()))
                .append(" (").append(ReportPeriod.describe(Duration.between(r.from(), r.to()))).append("):\n");
        out.append(summary(r)).append('\n');
        out.append("Feedback: ").append(votes(r)).append('\n');
        for (ActivityReport.Vote vote : r.votes()) {
            out.append("  ").append(vote.helpful() ? "up  " : "down").append("  \"").append(vote.question()).append('"');
            if (!vote.citations().isEmpty()) {
                out.append(" -> ").append(String.join("; ", vote.citations()));
            }
            out.append('\n');
        }
        groups(out, "Declined, by film:", r.byFilm());
        groups(out, "Declined, by what they asked about:", r.byAspect());
        return out.toString().stripTrailing();
    }

    /** "12 asked: 9 answered, 3 declined". */
    public static String summary(ActivityReport r) {
        return r.asked() + " asked: " + r.answered() + " answered, " + r.declined() + " declined";
    }

    /** "4 helpful, 1 not helpful". */
    public static String votes(ActivityReport r) {
        return r.helpful() + " helpful, " + r.unhelpful() + " not helpful";
    }

    /** "Ballerina: 3 (\"who wrote the score?\", ...)". */
    public static String group(ActivityReport.Group g) {
        return g.name() + ": " + g.count() + " (" + g.examples().stream().map(q -> "\"" + q + "\"")
                .collect(Collectors.joining(", ")) + ")";
    }

    private static void groups(StringBuilder out, String title, List<ActivityReport.Group> groups) {
        if (groups.isEmpty()) {
            return;
        }
        out.append(title).append('\n');
        groups.forEach(g -> out.append("  ").append(group(g)).append('\n'));
    }
}
