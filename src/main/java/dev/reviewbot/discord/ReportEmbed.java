package dev.reviewbot.discord;

import dev.reviewbot.command.ActivityReport;
import dev.reviewbot.command.ReportPeriod;
import dev.reviewbot.command.ReportText;
import java.awt.Color;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * The admins' report as an embed: the counts, the votes with their questions and citations, and the
 * declined questions by film and by aspect. Questions are users' text: shown verbatim, cut to fit.
 */
final class ReportEmbed {

    private static final Color COLOUR = new Color(0x5865F2);

    private ReportEmbed() {
    }

    static MessageEmbed of(ActivityReport r) {
        EmbedBuilder embed = new EmbedBuilder().setColor(COLOUR)
                .setTitle("Questions in the last " + ReportPeriod.describe(Duration.between(r.from(), r.to())))
                .addField("Questions", ReportText.summary(r), false)
                .addField("Feedback", ReportText.votes(r), false);
        field(embed, "Votes", r.votes().stream().map(v -> (v.helpful() ? "👍 " : "👎 ") + quoted(v.question())
                + (v.citations().isEmpty() ? "" : " → " + Verbatim.of(String.join("; ", v.citations())))).toList());
        field(embed, "Declined, by film", groups(r.byFilm()));
        field(embed, "Declined, by what they asked about", groups(r.byAspect()));
        return embed.build();
    }

    private static List<String> groups(List<ActivityReport.Group> groups) {
        return groups.stream().map(g -> "**" + Verbatim.of(g.name()) + "**: " + g.count() + " ("
                + g.examples().stream().map(ReportEmbed::quoted).collect(Collectors.joining(", ")) + ")").toList();
    }

    private static String quoted(String question) {
        return "\"" + Verbatim.of(Fit.oneLine(Fit.cut(question, 120))) + "\"";
    }

    private static void field(EmbedBuilder embed, String name, List<String> lines) {
        if (!lines.isEmpty()) {
            embed.addField(name, Fit.lines(String.join("\n", lines), MessageEmbed.VALUE_MAX_LENGTH), false);
        }
    }
}
