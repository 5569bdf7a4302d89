package dev.reviewbot.slack;

import dev.reviewbot.command.ActivityReport;
import dev.reviewbot.command.ReportPeriod;
import dev.reviewbot.command.ReportText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The admins' report as mrkdwn lines (for a message's or the App Home's sections): the counts, the votes
 * with their questions and citations, the declined questions by film and by aspect. Users' text is escaped.
 */
final class ReportBlocks {

    private static final int QUESTION = 150;

    private ReportBlocks() {
    }

    static List<String> lines(ActivityReport r) {
        List<String> lines = new ArrayList<>();
        lines.add("*Questions in the last " + ReportPeriod.describe(Duration.between(r.from(), r.to())) + ":* "
                + ReportText.summary(r));
        lines.add("*Feedback:* " + ReportText.votes(r));
        r.votes().forEach(v -> lines.add((v.helpful() ? "👍 " : "👎 ") + quoted(v.question())
                + (v.citations().isEmpty() ? "" : " → " + Mrkdwn.fit(String.join("; ", v.citations()), 300))));
        groups(lines, "*Declined, by film*", r.byFilm());
        groups(lines, "*Declined, by what they asked about*", r.byAspect());
        return lines;
    }

    private static void groups(List<String> lines, String title, List<ActivityReport.Group> groups) {
        if (groups.isEmpty()) {
            return;
        }
        lines.add(title);
        groups.forEach(g -> lines.add("• *" + Mrkdwn.fit(g.name(), 100) + "*: " + g.count() + " ("
                + g.examples().stream().map(ReportBlocks::quoted).collect(Collectors.joining(", ")) + ")"));
    }

    private static String quoted(String question) {
        return "\"" + Mrkdwn.fit(question.replaceAll("\\s+", " "), QUESTION) + "\"";
    }
}
