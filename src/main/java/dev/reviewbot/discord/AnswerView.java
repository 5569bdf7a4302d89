package dev.reviewbot.discord;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.text.DisplayText;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * An answer as a Discord message: an embed with the quoted evidence (each quote marked [n]), or a
 * language model's prose with its [n] markers, and the citations as fields (film; section and reviewer),
 * a row of "Full section" buttons (one per citation) and a row of feedback buttons. The footer says where
 * the text comes from, or carries the answer's note (e.g. why the quotes are shown instead of prose).
 * Over-long quotes are cut at a sentence; "Full section" shows the rest.
 */
final class AnswerView {

    static final Color GROUNDED = new Color(0x5865F2);
    static final Color DECLINED = new Color(0x99AAB5);
    /** Five buttons fit in a row: quotes beyond the fifth are still cited, without their own button. */
    private static final int MAX_SECTION_BUTTONS = 5;
    /** Characters the citation fields share, so that the quotes keep a full description (6,000 in all). */
    private static final int FIELDS_BUDGET = 1_800;
    static final String QUOTED = "Quoted from the stored reviews";
    static final String WRITTEN = "Written by a language model from the cited reviews";
    /** "[2]" as the model wrote it (after the grounding check renumbered it). */
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

    MessageCreateData render(Answer answer, String answerId) {
        EmbedBuilder embed = new EmbedBuilder().setColor(answer.grounded() ? GROUNDED : DECLINED);
        List<ActionRow> rows = new ArrayList<>();
        if (answer instanceof Answer.Grounded grounded) {
            List<Citation> citations = grounded.citations();
            int fields = Math.min(citations.size(), MessageEmbed.MAX_FIELD_AMOUNT);
            int share = FIELDS_BUDGET / fields;
            for (int i = 0; i < fields; i++) {
                String name = fieldName(i, citations.get(i), Math.min(MessageEmbed.TITLE_MAX_LENGTH, share / 3));
                embed.addField(name, fieldValue(citations.get(i),
                        Math.min(MessageEmbed.VALUE_MAX_LENGTH, share - name.length())), false);
            }
            // The footer sits under the fields: where a note belongs, as on the console.
            embed.setFooter(Fit.cut(grounded.note() != null ? DisplayText.visible(grounded.note())
                            : grounded.prose() != null ? WRITTEN : QUOTED,
                    MessageEmbed.TEXT_MAX_LENGTH));
            int room = descriptionRoom(embed);
            embed.setDescription(grounded.prose() != null ? prose(grounded.prose(), room) : quotes(citations, room));
            rows.add(ActionRow.of(sectionButtons(answerId, citations)));
        } else if (answer instanceof Answer.Declined declined) {
            embed.setDescription(Fit.cut(Verbatim.of(declined.reason()), MessageEmbed.DESCRIPTION_MAX_LENGTH));
            if (!declined.offers().isEmpty()) {
                embed.addField("You could ask about", Fit.cut(Verbatim.of(String.join(", ", declined.offers())),
                        MessageEmbed.VALUE_MAX_LENGTH), false);
            }
        }
        rows.add(ActionRow.of(
                Button.secondary(new ButtonAction.Vote(answerId, true).customId(), "Helpful").withEmoji(Emoji.fromUnicode("👍")),
                Button.secondary(new ButtonAction.Vote(answerId, false).customId(), "Not helpful").withEmoji(Emoji.fromUnicode("👎"))));
        return Messages.builder().setEmbeds(embed.build()).setComponents(rows).build();
    }

    /**
     * "> quote **[1]**" blocks while they fit; the first that does not is cut at a sentence. Quotes are shown
     * verbatim: Markdown in a review is escaped and a masked link broken, as in the model's prose.
     */
    static String quotes(List<Citation> citations, int room) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < citations.size(); i++) {
            String separator = text.length() == 0 ? "" : "\n\n";
            String marker = " **[" + (i + 1) + "]**";
            String quote = Fit.oneLine(Verbatim.of(citations.get(i).quote()));
            int left = room - text.length() - separator.length() - "> ".length() - marker.length();
            if (quote.length() <= left) {
                text.append(separator).append("> ").append(quote).append(marker);
            } else {
                if (left >= 40 || text.length() == 0) {
                    text.append(separator).append("> ").append(Fit.cut(quote, Math.max(2, left))).append(marker);
                }
                break;
            }
        }
        return text.toString();
    }

    /**
     * The model's text as plain text, its markers bold like the quotes' ("**[1]**"), whole paragraphs
     * while they fit. Markdown is escaped and masked links broken: a model (or a review it read) cannot
     * format the answer or hide a link behind words.
     */
    static String prose(String prose, int room) {
        String plain = Verbatim.of(prose.strip());
        return Fit.paragraphs(MARKER.matcher(plain).replaceAll("**[$1]**"), room);
    }

    private static int descriptionRoom(EmbedBuilder embed) {
        return Math.min(MessageEmbed.DESCRIPTION_MAX_LENGTH, MessageEmbed.EMBED_MAX_LENGTH_BOT - embed.length());
    }

    /** "[1] Ballerina". */
    private static String fieldName(int index, Citation citation, int max) {
        return Fit.cut("[" + (index + 1) + "] " + Verbatim.of(citation.review()), Math.max(10, max));
    }

    /** "Acting · review by Jane Doe". */
    private static String fieldValue(Citation citation, int max) {
        String value = citation.section() + (citation.reviewer() == null ? "" : " · review by " + citation.reviewer());
        return Fit.cut(Verbatim.of(value), Math.max(10, max));
    }

    private static List<Button> sectionButtons(String answerId, List<Citation> citations) {
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < citations.size() && i < MAX_SECTION_BUTTONS; i++) {
            String label = citations.size() == 1 ? "Full section" : "Full section [" + (i + 1) + "]";
            buttons.add(Button.primary(new ButtonAction.FullSection(answerId, i).customId(), label));
        }
        return buttons;
    }
}
