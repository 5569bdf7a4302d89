package dev.reviewbot.discord;

import dev.reviewbot.command.BotStats;
import dev.reviewbot.command.Reply;
import java.awt.Color;
import java.util.Locale;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Turns any core {@link Reply} into a Discord message. */
final class ReplyViews {

    private static final Color COLOUR = new Color(0x5865F2);

    private final AnswerView answers = new AnswerView();
    private final ReviewViews reviews;

    ReplyViews(ReviewViews reviews) {
        this.reviews = reviews;
    }

    MessageCreateData render(Reply reply) {
        if (reply instanceof Reply.AnswerReply answer) {
            return answers.render(answer.answer(), answer.answerId());
        } else if (reply instanceof Reply.ReviewList list) {
            return reviews.page(list.reviews(), 0);
        } else if (reply instanceof Reply.ReviewOutline outline) {
            return reviews.outline(outline);
        } else if (reply instanceof Reply.SectionText text) {
            return reviews.sections(text.sections());
        } else if (reply instanceof Reply.HelpText) {
            return help();
        } else if (reply instanceof Reply.StatsReply stats) {
            return stats(stats.stats());
        } else if (reply instanceof Reply.Problem problem) {
            return Messages.text("Sorry: " + Verbatim.of(problem.message()));
        } else if (reply instanceof Reply.RateLimited limited) {
            return Messages.text(limited.message());
        } else if (reply instanceof Reply.Hint hint) {
            return Messages.text(hint.message());
        } else if (reply instanceof Reply.Notice notice) {
            return Messages.text(Verbatim.of(notice.message()));
        } else if (reply instanceof Reply.Suggestions suggestions) {
            return Messages.text(Fit.cut(String.join("\n", suggestions.names().stream().map(Verbatim::of).toList()),
                    Message.MAX_CONTENT_LENGTH));
        } else if (reply instanceof Reply.ReviewStored stored) {
            return Messages.text(stored.describe(Verbatim::of));
        } else if (reply instanceof Reply.NotStored refused) {
            return Messages.text(refused.describe(Verbatim::of));
        } else if (reply instanceof Reply.RemovalPreview preview) {
            return AdminViews.preview(preview);
        } else if (reply instanceof Reply.Removed removed) {
            return Messages.text("Removed: " + removed.titles().stream().map(Verbatim::of).collect(Collectors.joining(", ")) + ".");
        } else if (reply instanceof Reply.ReportReply report) {
            return Messages.builder().setEmbeds(ReportEmbed.of(report.report())).build();
        } else if (reply instanceof Reply.ChannelList list) {
            return Messages.text(list.channels().isEmpty() ? "I answer in every channel of this server."
                    : "I answer only in " + channels(list.channels()) + " (and in DMs).");
        } else if (reply instanceof Reply.NotHere notHere) {
            return Messages.text("I answer only in " + channels(notHere.channels()) + " on this server, and in DMs.");
        }
        throw new IllegalArgumentException("unknown reply " + reply);
    }

    /** Channel mentions show as links to the channels and ping nobody. */
    private static String channels(java.util.List<String> ids) {
        return Fit.cut(ids.stream().map(id -> "<#" + id + ">").collect(Collectors.joining(", ")), 1_500);
    }

    /** The Discord commands (from their definitions, so it never goes stale) and the other ways to ask. */
    MessageCreateData help() {
        String text = "Ask about the stored film reviews: every answer quotes the reviews and cites them.\n\n"
                + String.join("\n", SlashCommands.helpLines())
                + "\n\nIn a server channel or thread, mention me with a question; in a DM, just ask. "
                + "Follow-ups such as \"and the writing?\" stay with the film of the conversation.";
        return Messages.builder().setEmbeds(new EmbedBuilder().setColor(COLOUR).setTitle("ReviewBot")
                .setDescription(Fit.lines(text, MessageEmbed.DESCRIPTION_MAX_LENGTH)).build()).build();
    }

    MessageCreateData stats(BotStats s) {
        EmbedBuilder embed = new EmbedBuilder().setColor(COLOUR).setTitle("ReviewBot stats")
                .addField("Library", s.reviews() + " reviews of " + s.films() + " films, " + s.sections()
                        + " sections (version " + s.libraryVersion() + ")", false)
                .addField("Answer cache", cache(s.answers()), true)
                .addField("Embedding cache", cache(s.embeddings()), true)
                .addField("Questions", s.answered() + " answered, " + s.declined() + " declined", false)
                .addField("Conversations", Long.toString(s.conversations()), true)
                .addField("Feedback", s.helpfulVotes() + " helpful, " + s.unhelpfulVotes() + " not helpful", true);
        return Messages.builder().setEmbeds(embed.build()).build();
    }

    private static String cache(BotStats.CacheStat stat) {
        return String.format(Locale.ROOT, "%d entries, hit rate %.0f%% (%d hits, %d misses)", stat.size(),
                100 * stat.hitRate(), stat.hits(), stat.misses());
    }
}
