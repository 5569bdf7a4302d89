package dev.reviewbot.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;

/** Small Block Kit builders. Every mrkdwn object is verbatim: Slack must not auto-link or parse mentions in it. */
final class Kit {

    private Kit() {
    }

    /** @param mrkdwn already escaped, at most {@link SlackLimits#SECTION_TEXT} characters */
    static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(markdownText(m -> m.text(mrkdwn).verbatim(true))).build();
    }

    /** @param mrkdwn already escaped; one element per string, at most {@link SlackLimits#CONTEXT_ELEMENTS} */
    static ContextBlock context(List<String> mrkdwn) {
        List<ContextBlockElement> elements = new ArrayList<>();
        mrkdwn.stream().limit(SlackLimits.CONTEXT_ELEMENTS)
                .forEach(text -> elements.add(markdownText(m -> m.text(text).verbatim(true))));
        return ContextBlock.builder().elements(elements).build();
    }

    static ContextBlock context(String mrkdwn) {
        return context(List.of(mrkdwn));
    }

    /** @param style "primary", "danger" or null for the default look */
    static ButtonElement button(String text, String actionId, String value, String style) {
        return ButtonElement.builder().text(plainText(Mrkdwn.plain(text, SlackLimits.BUTTON_TEXT), true))
                .actionId(actionId).value(value).style(style).build();
    }

    /** Escaped lines grouped into section texts of at most {@link SlackLimits#SECTION_TEXT} characters. */
    static List<String> linesToSections(List<String> lines) {
        List<String> sections = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (current.length() > 0 && current.length() + 1 + line.length() > SlackLimits.SECTION_TEXT) {
                sections.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? "\n" : "").append(line);
        }
        if (current.length() > 0) {
            sections.add(current.toString());
        }
        return sections;
    }

    /** Collects blocks up to a maximum, keeping the last slot for a note saying that the rest was cut. */
    static final class Budget {
        private final List<LayoutBlock> blocks = new ArrayList<>();
        private final int max;
        private boolean cut;

        Budget(int max) {
            this.max = max;
        }

        /** @return false (and remembers the cut) when only the note's slot is left */
        boolean add(LayoutBlock block) {
            if (cut || blocks.size() >= max - 1) {
                cut = true;
                return false;
            }
            blocks.add(block);
            return true;
        }

        int room() {
            return max - 1 - blocks.size();
        }

        /** The blocks, plus a context block with {@code cutNote} (escaped mrkdwn) when something did not fit. */
        List<LayoutBlock> finish(String cutNote) {
            List<LayoutBlock> all = new ArrayList<>(blocks);
            if (cut) {
                all.add(context(cutNote));
            }
            return all;
        }
    }
}
