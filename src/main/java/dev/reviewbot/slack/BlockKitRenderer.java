package dev.reviewbot.slack;

import static com.slack.api.model.block.Blocks.actions;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.command.BotStats;
import dev.reviewbot.command.Reply;
import dev.reviewbot.opinion.Scorecard;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.Sentences;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Core replies as Block Kit messages: quoted evidence (or a language model's prose citing [n]), a context
 * block with the citations, the answer's note when it has one (e.g. why quotes stand in for prose), buttons.
 * Everything taken from reviews or users goes through {@link Mrkdwn}; every message fits Slack's limits.
 */
final class BlockKitRenderer {

    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]+");
    private static final Pattern CHANNEL_ID = Pattern.compile("[CG][A-Z0-9]+");
    private static final int MAX_SECTION_BUTTONS = 3;
    private static final String CUT_NOTE = "_Cut here: the rest does not fit in one Slack message._";
    static final String PLACEHOLDER = "Looking through the reviews…";
    /** "[2]" in a model's answer (renumbered by the grounding check to match the citations). */
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
    private static final int NOTE = 500;

    private final HelpText help;

    BlockKitRenderer(HelpText help) {
        this.help = help;
    }

    /**
     * @param answerId the answer's id in RecentAnswers, for the feedback and share buttons
     * @param askerId  who asked (shown on a shared answer)
     */
    SlackMessage answer(Answer answer, String answerId, AnswerView view, String askerId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String question = Mrkdwn.fit(answer.question(), 2_000);
        if (view == AnswerView.PRIVATE) {
            blocks.add(Kit.context("You asked: " + question));
        } else if (view == AnswerView.SHARED && askerId != null && USER_ID.matcher(askerId).matches()) {
            blocks.add(Kit.context("<@" + askerId + "> asked: " + question));
        }
        if (answer instanceof Answer.Grounded grounded) {
            if (grounded.prose() != null) {
                blocks.add(Kit.section(prose(grounded.prose())));
            } else {
                quotes(grounded.citations(), blocks);
            }
            blocks.add(citations(grounded.citations()));
            if (grounded.note() != null) {
                blocks.add(Kit.context("_" + Mrkdwn.fit(grounded.note(), NOTE) + "_"));
            }
        } else {
            blocks.add(Kit.section(Mrkdwn.fit(answer.text(), SlackLimits.SECTION_TEXT)));
        }
        List<BlockElement> buttons = new ArrayList<>(sectionButtons(answer.citations()));
        if (view == AnswerView.PRIVATE && answer.grounded()) {
            buttons.add(Kit.button("Share in channel", ActionIds.SHARE, answerId, "primary"));
        }
        buttons.add(Kit.button("👍 Helpful", ActionIds.HELPFUL, answerId, null));
        buttons.add(Kit.button("👎 Not helpful", ActionIds.NOT_HELPFUL, answerId, null));
        blocks.add(actions(buttons));
        return new SlackMessage(Mrkdwn.fit(answer.text(), SlackLimits.MESSAGE_TEXT), blocks);
    }

    /** Any reply; an answer as in a conversation (see {@link #render(Reply, AnswerView, String)}). */
    SlackMessage render(Reply reply) {
        return render(reply, AnswerView.CONVERSATION, null);
    }

    /** @param view how an answer is shown; @param askerId who asked, for a shared answer */
    SlackMessage render(Reply reply, AnswerView view, String askerId) {
        if (reply instanceof Reply.AnswerReply answered) {
            return answer(answered.answer(), answered.answerId(), view, askerId);
        } else if (reply instanceof Reply.ReviewList list) {
            return reviewList(list.reviews());
        } else if (reply instanceof Reply.ReviewOutline outline) {
            return outline(outline);
        } else if (reply instanceof Reply.SectionText text) {
            return sectionText(text);
        } else if (reply instanceof Reply.HelpText) {
            return lines("Help", help.lines());
        } else if (reply instanceof Reply.StatsReply stats) {
            return lines("Stats", stats(stats.stats()));
        } else if (reply instanceof Reply.Problem problem) {
            return notice("Sorry: " + problem.message());
        } else if (reply instanceof Reply.RateLimited limited) {
            return notice(limited.message());
        } else if (reply instanceof Reply.Hint) {
            return lines("Help", help.lines()); // an empty message gets the help, as Slack always did
        } else if (reply instanceof Reply.Notice notice) {
            return notice(notice.message());
        } else if (reply instanceof Reply.Suggestions suggestions) {
            return notice(String.join("\n", suggestions.names()));
        } else if (reply instanceof Reply.ReviewStored stored) {
            return notice(stored.describe(UnaryOperator.identity()));
        } else if (reply instanceof Reply.NotStored refused) {
            return notice(refused.describe(UnaryOperator.identity()));
        } else if (reply instanceof Reply.RemovalPreview preview) {
            return RemovalViews.preview(preview);
        } else if (reply instanceof Reply.Removed removed) {
            return notice("Removed: " + String.join(", ", removed.titles()) + ".");
        } else if (reply instanceof Reply.ReportReply report) {
            return lines("Report", ReportBlocks.lines(report.report()));
        } else if (reply instanceof Reply.ChannelList list) {
            return lines("Channels", List.of(list.channels().isEmpty() ? "I answer in every channel."
                    : "I answer only in " + channels(list.channels()) + " (and in direct messages)."));
        } else if (reply instanceof Reply.NotHere notHere) {
            return lines("Not here", List.of("I answer only in " + channels(notHere.channels())
                    + " in this workspace, and in direct messages."));
        }
        throw new IllegalArgumentException("unknown reply " + reply);
    }

    /** Channel links ("<#C123>"): Slack shows their names; ids are checked, never user text. */
    static String channels(List<String> ids) {
        return ids.stream().filter(id -> CHANNEL_ID.matcher(id).matches()).map(id -> "<#" + id + ">")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** A short message of the bot's own (refusals, errors, ingest results); {@code raw} is escaped. */
    SlackMessage notice(String raw) {
        String text = Mrkdwn.fit(raw, SlackLimits.SECTION_TEXT);
        return new SlackMessage(text, List.of(Kit.section(text)));
    }

    /** What stands in for an answer while it is worked out (replaced by the answer when it is ready). */
    SlackMessage placeholder() {
        return new SlackMessage(PLACEHOLDER, List.of(Kit.context("_" + PLACEHOLDER + "_")));
    }

    /** One section per quote; a quote cut to fit ends in "…" ("Full section" has it all). */
    private static void quotes(List<Citation> citations, List<LayoutBlock> blocks) {
        for (int i = 0; i < citations.size(); i++) {
            String marker = " *[" + (i + 1) + "]*";
            String quote = citations.get(i).quote().replaceAll("\\s+", " ").strip();
            blocks.add(Kit.section("> “" + Mrkdwn.fit(quote, SlackLimits.SECTION_TEXT - 10) + "”" + marker));
        }
    }

    /**
     * A model's answer as one section: its text escaped (it can neither format nor ping), its [n] markers
     * bold like the quotes' markers. Grounding keeps it to 2,000 characters; cut at a sentence beyond a section.
     */
    private static String prose(String prose) {
        int markers = (int) MARKER.matcher(prose).results().count();
        String text = Mrkdwn.fit(prose.strip(), SlackLimits.SECTION_TEXT - 2 * markers);
        return MARKER.matcher(text).replaceAll("*[$1]*");
    }

    /** "*[1]* Film, Section (Reviewer)" for each citation, as one context block. */
    private static ContextBlock citations(List<Citation> citations) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            labels.add("*[" + (i + 1) + "]* " + Mrkdwn.fit(citations.get(i).label(), 300));
        }
        if (labels.size() > SlackLimits.CONTEXT_ELEMENTS) {
            List<String> kept = new ArrayList<>(labels.subList(0, SlackLimits.CONTEXT_ELEMENTS - 1));
            kept.add("and " + (labels.size() - kept.size()) + " more");
            labels = kept;
        }
        return Kit.context(labels);
    }

    /**
     * "Full section" for each cited section of each review (once each), labelled with the section when there
     * are several, and with the reviewer too when two reviews' sections share a name.
     */
    private static List<BlockElement> sectionButtons(List<Citation> citations) {
        Set<SectionRef> sections = new LinkedHashSet<>();
        citations.forEach(c -> sections.add(new SectionRef(c.review(), c.section(), c.reviewer())));
        long names = sections.stream().map(r -> r.film() + "\n" + r.section()).distinct().count();
        List<BlockElement> buttons = new ArrayList<>();
        for (SectionRef ref : sections) {
            if (buttons.size() == MAX_SECTION_BUTTONS || ref.value().length() > SlackLimits.BUTTON_VALUE) {
                continue;
            }
            String text = sections.size() == 1 ? "Full section" : "Full section: " + ref.section()
                    + (names < sections.size() && ref.reviewer() != null ? " (" + ref.reviewer() + ")" : "");
            buttons.add(Kit.button(text, ActionIds.FULL_SECTION_PREFIX + buttons.size(), ref.value(), null));
        }
        return buttons;
    }

    private static SlackMessage reviewList(List<Review> reviews) {
        if (reviews.isEmpty()) {
            return lines("No reviews", List.of("No reviews are stored yet. An admin can add one by sending me a "
                    + ".txt or .md file in a direct message."));
        }
        List<String> lines = new ArrayList<>();
        lines.add("*" + reviews.size() + " review" + (reviews.size() == 1 ? "" : "s") + " stored*");
        reviews.forEach(r -> lines.add(reviewLine(r)));
        return lines(reviews.size() + " reviews", lines);
    }

    /** "• *Ballerina* (2025), review by Ann, 4/5 - 6 sections", escaped. */
    static String reviewLine(Review r) {
        return "• *" + Mrkdwn.fit(r.title(), 200) + "*" + (r.year() == null ? "" : " (" + r.year() + ")")
                + (r.reviewer() == null ? "" : ", review by " + Mrkdwn.fit(r.reviewer(), 200))
                + (r.rating() == null ? "" : ", " + Mrkdwn.fit(r.rating(), 50))
                + " - " + r.sections().size() + " section" + (r.sections().size() == 1 ? "" : "s");
    }

    /**
     * Each review's sections with their opening sentences, and its scorecard: as preformatted text (read out
     * by screen readers, shown where pictures are not) and as a PNG chart uploaded beside the message.
     */
    private static SlackMessage outline(Reply.ReviewOutline outline) {
        Kit.Budget budget = new Kit.Budget(SlackLimits.MESSAGE_BLOCKS);
        List<SlackImage> charts = new ArrayList<>();
        for (int r = 0; r < outline.reviews().size(); r++) {
            Review review = outline.reviews().get(r);
            List<String> lines = new ArrayList<>();
            lines.add("*" + Mrkdwn.fit(review.displayName(), 500) + "*");
            for (Section section : review.sections()) {
                List<String> sentences = Sentences.split(section.text());
                lines.add("• *" + Mrkdwn.fit(section.name(), 200) + "*: "
                        + (sentences.isEmpty() ? "" : Mrkdwn.fit(sentences.get(0), 400)));
            }
            Kit.linesToSections(lines).forEach(text -> budget.add(Kit.section(text)));
            Scorecard card = r < outline.scorecards().size() ? outline.scorecards().get(r) : null;
            if (card != null && card.scored()) {
                String text = card.text();
                budget.add(Kit.section("```\n" + Mrkdwn.fit(text, SlackLimits.SECTION_TEXT - 8) + "\n```"));
                charts.add(new SlackImage(chartName(review, r), "Scorecard: " + review.displayName(), text,
                        card.chart()));
            }
        }
        budget.add(Kit.context("Show one in full: /review show " + Mrkdwn.fit(outline.film(), 200) + " &lt;section&gt;"));
        return new SlackMessage(Mrkdwn.fit("The sections of " + outline.film(), 500), budget.finish(CUT_NOTE), charts);
    }

    /** "ballerina-scorecard-1.png": ASCII, as every client shows it. */
    static String chartName(Review review, int index) {
        String slug = review.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return (slug.isEmpty() ? "review" : slug.substring(0, Math.min(40, slug.length()))) + "-scorecard-" + (index + 1) + ".png";
    }

    private static SlackMessage sectionText(Reply.SectionText text) {
        Kit.Budget budget = new Kit.Budget(SlackLimits.MESSAGE_BLOCKS);
        StringBuilder fallback = new StringBuilder();
        for (Reply.ReviewSection rs : text.sections()) {
            String title = rs.review().displayName() + " - " + rs.section().name();
            budget.add(Kit.section("*" + Mrkdwn.fit(title, 500) + "*"));
            Mrkdwn.chunks(rs.section().text(), SlackLimits.SECTION_TEXT).forEach(chunk -> budget.add(Kit.section(chunk)));
            fallback.append(fallback.length() > 0 ? "; " : "").append(title);
        }
        return new SlackMessage(Mrkdwn.fit(fallback.toString(), 1_000), budget.finish(CUT_NOTE));
    }

    /** Escaped lines as one or more sections; {@code fallback} is the notification text. */
    private static SlackMessage lines(String fallback, List<String> lines) {
        Kit.Budget budget = new Kit.Budget(SlackLimits.MESSAGE_BLOCKS);
        Kit.linesToSections(lines).forEach(text -> budget.add(Kit.section(text)));
        return new SlackMessage(Mrkdwn.fit(fallback, 500), budget.finish(CUT_NOTE));
    }

    private static List<String> stats(BotStats s) {
        return List.of(
                String.format(Locale.ROOT, "*Library:* %d reviews of %d films, %d sections (version %d)",
                        s.reviews(), s.films(), s.sections(), s.libraryVersion()),
                String.format(Locale.ROOT, "*Answer cache:* %d entries, hit rate %.0f%%",
                        s.answers().size(), 100 * s.answers().hitRate()),
                String.format(Locale.ROOT, "*Embedding cache:* %d entries, hit rate %.0f%%",
                        s.embeddings().size(), 100 * s.embeddings().hitRate()),
                String.format(Locale.ROOT, "*Questions:* %d answered, %d declined, in %d conversations",
                        s.answered(), s.declined(), s.conversations()),
                String.format(Locale.ROOT, "*Feedback:* %d helpful, %d not helpful",
                        s.helpfulVotes(), s.unhelpfulVotes()));
    }
}
