package dev.reviewbot.discord;

import dev.reviewbot.command.Reply;
import dev.reviewbot.opinion.Scorecard;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import dev.reviewbot.text.DisplayText;
import dev.reviewbot.text.Sentences;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The library as Discord messages: /reviews (paged), a review's outline, and sections in full. A section
 * too long for an embed is cut at a sentence and also attached whole as a text file, so nothing is lost.
 */
final class ReviewViews {

    private static final Color COLOUR = new Color(0x5865F2);
    private static final int LIST_LINE = 300;
    private static final int OUTLINE_OPENING = 200;
    /** Short, so that ten embeds with titles and footers still leave room for text (6,000 in all). */
    private static final int FOOTER = 300;
    private static final String SCORECARD = "Scorecard (criticism ◀ ▶ praise)";

    private final int reviewsPerPage;

    /** @param reviewsPerPage lines on one page of /reviews */
    ReviewViews(int reviewsPerPage) {
        this.reviewsPerPage = reviewsPerPage;
    }

    /** One page of the stored reviews (0-based, clamped), with Previous/Next buttons when there are more. */
    MessageCreateData page(List<Review> reviews, int page) {
        if (reviews.isEmpty()) {
            return Messages.text("No reviews are stored yet. A server admin can add one with /review-admin add.");
        }
        int pages = (reviews.size() + reviewsPerPage - 1) / reviewsPerPage;
        int shown = Math.max(0, Math.min(page, pages - 1));
        List<String> lines = new ArrayList<>();
        for (Review review : reviews.subList(shown * reviewsPerPage, Math.min(reviews.size(), (shown + 1) * reviewsPerPage))) {
            lines.add(Fit.cut(listLine(review), LIST_LINE));
        }
        EmbedBuilder embed = new EmbedBuilder().setColor(COLOUR).setTitle("Stored reviews (" + reviews.size() + ")")
                .setDescription(Fit.lines(String.join("\n", lines), MessageEmbed.DESCRIPTION_MAX_LENGTH));
        MessageCreateBuilder message = Messages.builder();
        if (pages > 1) {
            embed.setFooter("Page " + (shown + 1) + " of " + pages);
            message.setComponents(ActionRow.of(
                    Button.secondary(new ButtonAction.Page(Math.max(0, shown - 1)).customId(), "◀ Previous").withDisabled(shown == 0),
                    Button.secondary(new ButtonAction.Page(Math.min(pages - 1, shown + 1)).customId(), "Next ▶")
                            .withDisabled(shown == pages - 1)));
        }
        return message.setEmbeds(embed.build()).build();
    }

    /**
     * Each review of a film with its sections and their opening sentences, and its scorecard: drawn as a PNG
     * attached and shown as the embed's image, and as text in a field for screen readers.
     */
    MessageCreateData outline(Reply.ReviewOutline outline) {
        List<Review> reviews = outline.reviews().subList(0, Math.min(outline.reviews().size(), Message.MAX_EMBED_COUNT));
        int share = MessageEmbed.EMBED_MAX_LENGTH_BOT / Math.max(1, reviews.size());
        List<MessageEmbed> embeds = new ArrayList<>();
        List<FileUpload> charts = new ArrayList<>();
        for (int r = 0; r < reviews.size(); r++) {
            Review review = reviews.get(r);
            List<String> lines = new ArrayList<>();
            for (Section section : review.sections()) {
                List<String> sentences = Sentences.split(section.text());
                String opening = sentences.isEmpty() ? "" : Fit.cut(Fit.oneLine(Verbatim.of(sentences.get(0))), OUTLINE_OPENING);
                lines.add("**" + Verbatim.of(section.name()) + "**: " + opening);
            }
            String example = review.sections().get(0).name();
            EmbedBuilder embed = new EmbedBuilder().setColor(COLOUR)
                    .setTitle(Fit.cut(DisplayText.oneLine(review.displayName()), MessageEmbed.TITLE_MAX_LENGTH))
                    .setFooter(Fit.cut(DisplayText.oneLine("Show one in full: /review film:" + outline.film() + " section:" + example),
                            FOOTER));
            Scorecard card = r < outline.scorecards().size() ? outline.scorecards().get(r) : null;
            if (card != null && card.scored()) {
                String name = chartName(review, r);
                charts.add(FileUpload.fromData(card.chart(), name));
                embed.setImage("attachment://" + name);
                String text = "```\n" + Fit.cut(card.text(), MessageEmbed.VALUE_MAX_LENGTH - 8) + "\n```";
                if (embed.length() + text.length() + SCORECARD.length() < share) {
                    embed.addField(SCORECARD, text, false);
                }
            }
            embeds.add(embed.setDescription(Fit.lines(String.join("\n", lines), room(embed, share))).build());
        }
        return Messages.builder().setEmbeds(embeds).setFiles(charts).build();
    }

    /** "ballerina-scorecard-1.png": ASCII and unique within the message, as attachment:// needs. */
    static String chartName(Review review, int index) {
        String slug = review.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return (slug.isEmpty() ? "review" : slug.substring(0, Math.min(40, slug.length()))) + "-scorecard-" + (index + 1) + ".png";
    }

    /** Sections in full (one embed each); those cut to fit are attached whole as text files. */
    MessageCreateData sections(List<Reply.ReviewSection> found) {
        List<Reply.ReviewSection> shown = found.subList(0, Math.min(found.size(), Message.MAX_EMBED_COUNT));
        int share = MessageEmbed.EMBED_MAX_LENGTH_BOT / Math.max(1, shown.size());
        List<MessageEmbed> embeds = new ArrayList<>();
        List<FileUpload> files = new ArrayList<>();
        for (Reply.ReviewSection rs : shown) {
            EmbedBuilder embed = new EmbedBuilder().setColor(COLOUR).setTitle(Fit.cut(DisplayText.oneLine(
                    rs.review().displayName() + " - " + rs.section().name()), MessageEmbed.TITLE_MAX_LENGTH));
            String text = rs.section().text().strip();
            String verbatim = Verbatim.of(text);
            String fileName = fileName(rs);
            embed.setFooter("Cut to fit Discord: the whole section is attached as " + fileName);
            String shownText = Fit.paragraphs(verbatim, room(embed, share));
            if (shownText.equals(verbatim)) {
                embed.setFooter(null);
            } else {
                files.add(FileUpload.fromData(text.getBytes(StandardCharsets.UTF_8), fileName));
            }
            embeds.add(embed.setDescription(shownText).build());
        }
        return Messages.builder().setEmbeds(embeds).setFiles(files).build();
    }

    private static int room(EmbedBuilder embed, int share) {
        return Math.max(2, Math.min(MessageEmbed.DESCRIPTION_MAX_LENGTH, share - embed.length()));
    }

    private static String listLine(Review review) {
        return "**" + Verbatim.of(review.title()) + "**"
                + (review.year() == null ? "" : " (" + review.year() + ")")
                + (review.reviewer() == null ? "" : ", review by " + Verbatim.of(review.reviewer()))
                + (review.rating() == null ? "" : ", " + Verbatim.of(review.rating()))
                + " · " + review.sections().size() + " sections";
    }

    /** "ballerina-acting.txt": ASCII, so that every client shows it. */
    static String fileName(Reply.ReviewSection rs) {
        String slug = (rs.review().title() + "-" + rs.section().name()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return (slug.isEmpty() ? "section" : slug.substring(0, Math.min(60, slug.length()))) + ".txt";
    }
}
