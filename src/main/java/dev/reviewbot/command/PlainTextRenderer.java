package dev.reviewbot.command;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.opinion.Scorecard;
import dev.reviewbot.opinion.ScorecardText;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.DisplayText;
import dev.reviewbot.text.Sentences;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Renders replies as plain text for the console and the command line. The result is safe for a terminal:
 * escape sequences and control characters in review text or questions are removed ({@link DisplayText}).
 */
public final class PlainTextRenderer {

    public String render(Reply reply) {
        return DisplayText.visible(unfiltered(reply));
    }

    public String answer(Answer answer) {
        return DisplayText.visible(unfilteredAnswer(answer));
    }

    private String unfiltered(Reply reply) {
        if (reply instanceof Reply.AnswerReply a) {
            return unfilteredAnswer(a.answer());
        } else if (reply instanceof Reply.ReviewList list) {
            return reviewList(list.reviews());
        } else if (reply instanceof Reply.ReviewOutline outline) {
            return outline(outline);
        } else if (reply instanceof Reply.SectionText text) {
            return sectionText(text);
        } else if (reply instanceof Reply.HelpText help) {
            StringBuilder out = new StringBuilder("Ask a question, or use a command:\n");
            help.commands().forEach(c -> out.append(String.format(Locale.ROOT, "  %-26s %s%n", c.usage(), c.description())));
            return out.toString().stripTrailing();
        } else if (reply instanceof Reply.StatsReply s) {
            return stats(s.stats());
        } else if (reply instanceof Reply.Problem p) {
            return "Sorry: " + p.message();
        } else if (reply instanceof Reply.RateLimited limited) {
            return limited.message();
        } else if (reply instanceof Reply.Hint hint) {
            return hint.message();
        } else if (reply instanceof Reply.Notice notice) {
            return notice.message();
        } else if (reply instanceof Reply.Suggestions suggestions) {
            return String.join("\n", suggestions.names());
        } else if (reply instanceof Reply.ReviewStored stored) {
            return stored.describe(UnaryOperator.identity());
        } else if (reply instanceof Reply.NotStored refused) {
            return refused.describe(UnaryOperator.identity());
        } else if (reply instanceof Reply.RemovalPreview preview) {
            return "This will remove " + preview.reviews().size() + " review(s):\n"
                    + preview.reviews().stream().map(n -> "- " + n).collect(Collectors.joining("\n"))
                    + "\nThis cannot be undone.";
        } else if (reply instanceof Reply.Removed removed) {
            return "Removed: " + String.join(", ", removed.titles()) + ".";
        } else if (reply instanceof Reply.ReportReply report) {
            return ReportText.render(report.report());
        } else if (reply instanceof Reply.ChannelList list) {
            return list.channels().isEmpty() ? "I answer in every channel."
                    : "I answer only in: " + String.join(", ", list.channels()) + ".";
        } else if (reply instanceof Reply.NotHere notHere) {
            return "I answer only in: " + String.join(", ", notHere.channels()) + ", and in direct messages.";
        }
        throw new IllegalArgumentException("unknown reply " + reply);
    }

    private static String unfilteredAnswer(Answer answer) {
        if (answer instanceof Answer.Declined declined) {
            return declined.text();
        }
        StringBuilder out = new StringBuilder(answer.text());
        List<Citation> citations = answer.citations();
        for (int i = 0; i < citations.size(); i++) {
            out.append('\n').append("  [").append(i + 1).append("] ").append(citations.get(i).label());
        }
        if (answer instanceof Answer.Grounded grounded && grounded.note() != null) {
            out.append('\n').append("  (").append(grounded.note()).append(')');
        }
        return out.toString();
    }

    private static String reviewList(List<Review> reviews) {
        if (reviews.isEmpty()) {
            return "No reviews stored yet. Add some with: reviewbot ingest FILE...";
        }
        StringBuilder out = new StringBuilder(reviews.size() + " review(s):");
        for (Review r : reviews) {
            out.append("\n  ").append(r.title()).append(r.year() == null ? "" : " (" + r.year() + ")")
                    .append(r.reviewer() == null ? "" : " by " + r.reviewer())
                    .append(r.rating() == null ? "" : ", " + r.rating())
                    .append(" - ").append(r.sections().size()).append(" sections");
        }
        return out.toString();
    }

    private static String outline(Reply.ReviewOutline outline) {
        StringBuilder out = new StringBuilder();
        List<Scorecard> cards = outline.scorecards().stream().filter(Scorecard::scored).toList();
        if (!cards.isEmpty()) {
            out.append("At a glance (each section's sentences, criticism │ praise):");
            out.append('\n').append(String.join("\n\n", cards.stream().map(ScorecardText::render).toList()));
            out.append("\n\n");
        }
        int start = out.length();
        for (Review r : outline.reviews()) {
            out.append(out.length() > start ? "\n\n" : "").append(r.displayName()).append(':');
            for (Section s : r.sections()) {
                List<String> sentences = Sentences.split(s.text());
                out.append("\n  ").append(s.name()).append(": ").append(sentences.isEmpty() ? "" : sentences.get(0));
            }
        }
        return out.append("\n\nShow one in full with: /review ").append(outline.film()).append(" <section>").toString();
    }

    private static String sectionText(Reply.SectionText text) {
        StringBuilder out = new StringBuilder();
        for (Reply.ReviewSection rs : text.sections()) {
            out.append(out.length() > 0 ? "\n\n" : "").append(rs.review().displayName()).append(" - ")
                    .append(rs.section().name()).append("\n").append(rs.section().text());
        }
        return out.toString();
    }

    private static String stats(BotStats s) {
        return String.format(Locale.ROOT, """
                Library: %d reviews of %d films, %d sections (version %d)
                Answer cache: %d entries, hit rate %.0f%% (%d hits, %d misses)
                Embedding cache: %d entries, hit rate %.0f%%
                Conversations: %d
                Questions: %d answered, %d declined
                Feedback: %d helpful, %d not helpful""",
                s.reviews(), s.films(), s.sections(), s.libraryVersion(),
                s.answers().size(), 100 * s.answers().hitRate(), s.answers().hits(), s.answers().misses(),
                s.embeddings().size(), 100 * s.embeddings().hitRate(), s.conversations(), s.answered(), s.declined(),
                s.helpfulVotes(), s.unhelpfulVotes());
    }
}
