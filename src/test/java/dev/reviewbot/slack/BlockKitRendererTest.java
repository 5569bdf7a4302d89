package dev.reviewbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.command.Reply;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Slack's limits: 3,000 characters per section text, 50 blocks per message (100 in App Home), 40,000 of text. */
class BlockKitRendererTest {

    private final BlockKitRenderer renderer = new BlockKitRenderer(new HelpText(true));

    @Test
    void aQuoteTooLongForOneSection_isCutAtASentence_andFullSectionOffersTheRest() {
        String quote = "The lead is magnetic and every scene hums with tension. ".repeat(100).strip();
        Answer answer = new Answer.Grounded("how is the acting?", List.of(new Citation("Film", "Acting", null, quote)));

        SlackMessage message = renderer.answer(answer, "id1", AnswerView.CONVERSATION, "U1");

        String text = sectionTexts(message.blocks()).get(0);
        assertThat(text).hasSizeLessThanOrEqualTo(SlackLimits.SECTION_TEXT).endsWith("tension.…” *[1]*");
        assertThat(buttons(message.blocks())).extracting(ButtonElement::getText).extracting(t -> t.getText())
                .containsExactly("Full section", "👍 Helpful", "👎 Not helpful");
        assertThat(message.text()).hasSizeLessThanOrEqualTo(SlackLimits.MESSAGE_TEXT);
    }

    @Test
    void severalCitedSections_getOneFullSectionButtonEach_andPrivateAnswersAShareButton() {
        Answer answer = new Answer.Grounded("q", List.of(new Citation("Film", "Acting", "Ann", "A."),
                new Citation("Film", "Score", null, "B."), new Citation("Film", "Acting", "Ann", "C.")));

        SlackMessage message = renderer.answer(answer, "id2", AnswerView.PRIVATE, "U1");

        assertThat(buttons(message.blocks())).extracting(ButtonElement::getActionId)
                .containsExactly("full_section_0", "full_section_1", "share_answer", "feedback_helpful", "feedback_unhelpful");
        assertThat(buttons(message.blocks()).get(1).getValue()).isEqualTo("Film\nScore");
        ContextBlock citations = (ContextBlock) message.blocks().stream()
                .filter(b -> b instanceof ContextBlock c && c.getElements().size() == 3).findFirst().orElseThrow();
        assertThat(citations.getElements()).hasSize(3);
    }

    @Test
    void twoReviewsSectionsOfOneName_getAButtonEach_namingTheReviewerItShows() {
        Answer answer = new Answer.Grounded("q", List.of(new Citation("Film", "Score", "Ann", "A."),
                new Citation("Film", "Score", "Bo", "B.")));

        SlackMessage message = renderer.answer(answer, "id5", AnswerView.CONVERSATION, "U1");

        List<ButtonElement> full = buttons(message.blocks()).subList(0, 2);
        assertThat(full).extracting(ButtonElement::getValue).containsExactly("Film\nScore\nAnn", "Film\nScore\nBo");
        assertThat(full).extracting(b -> b.getText().getText())
                .containsExactly("Full section: Score (Ann)", "Full section: Score (Bo)");
        assertThat(SectionRef.parse("Film\nScore\nAnn")).isEqualTo(new SectionRef("Film", "Score", "Ann"));
        assertThat(SectionRef.parse("Film\nScore")).isEqualTo(new SectionRef("Film", "Score"));
    }

    @Test
    void modelProse_isOneEscapedSection_markersBold_citationsAsForQuotes_andANoteComesUnderThem() {
        List<Citation> citations = List.of(new Citation("Film", "Acting", "Ann", "A."), new Citation("Film", "Score", null, "B."));
        Answer prose = new Answer.Grounded("q", citations, "She is *great* <!channel> [1]; the score soars [2].", null);
        Answer noted = new Answer.Grounded("q", citations, null, "The language model is unavailable.");

        SlackMessage written = renderer.answer(prose, "id3", AnswerView.CONVERSATION, "U1");
        SlackMessage quoted = renderer.answer(noted, "id4", AnswerView.CONVERSATION, "U1");

        assertThat(sectionTexts(written.blocks())).containsExactly("She is ∗great∗ &lt;!channel&gt; *[1]*; the score soars *[2]*.");
        assertThat(contextTexts(written.blocks())).containsExactly("*[1]* Film, Acting (Ann)", "*[2]* Film, Score");
        assertThat(sectionTexts(quoted.blocks())).containsExactly("> “A.” *[1]*", "> “B.” *[2]*");
        assertThat(contextTexts(quoted.blocks())).containsExactly("*[1]* Film, Acting (Ann)", "*[2]* Film, Score",
                "_The language model is unavailable._");
        assertThat(quoted.blocks().get(quoted.blocks().size() - 1)).isInstanceOf(ActionsBlock.class);
    }

    @Test
    void longProse_fitsOneSection() {
        String prose = "The lead carries every scene with ease & grace [1]. ".repeat(60).strip();
        Answer answer = new Answer.Grounded("q", List.of(new Citation("Film", "Acting", null, "A.")), prose, null);

        String text = sectionTexts(renderer.answer(answer, "id5", AnswerView.CONVERSATION, "U1").blocks()).get(0);

        assertThat(text).hasSizeLessThanOrEqualTo(SlackLimits.SECTION_TEXT).startsWith("The lead carries every scene with ease &amp; grace *[1]*.");
    }

    @Test
    void aHugeSection_isSplitIntoSectionsAtSentences_andCutAtFiftyBlocksWithANote() {
        String text = IntStream.range(0, 4_000).mapToObj(i -> "Sentence number " + i + " goes on & on.")
                .reduce((a, b) -> a + " " + b).orElseThrow();
        Review review = new Review("film/x", "Film", null, null, null, "x.md", List.of(new Section("Plot", text)));

        SlackMessage message = renderer.render(new Reply.SectionText("Film",
                List.of(new Reply.ReviewSection(review, review.sections().get(0)))));

        assertThat(message.blocks()).hasSize(SlackLimits.MESSAGE_BLOCKS);
        assertThat(sectionTexts(message.blocks())).allSatisfy(t -> assertThat(t).hasSizeLessThanOrEqualTo(3_000));
        assertThat(sectionTexts(message.blocks()).get(1)).startsWith("Sentence number 0 goes on &amp; on.").endsWith("on.");
        assertThat(message.blocks().get(49)).isInstanceOf(ContextBlock.class);
    }

    @Test
    void manyReviews_fitOneMessage_andTheHomeView() {
        List<Review> reviews = IntStream.range(0, 8_000).mapToObj(i -> new Review("r" + i, "Film number " + i, 2000 + i % 20,
                "Critic " + i, "4/5", "f.md", List.of(new Section("Review", "Fine.")))).toList();

        SlackMessage list = renderer.render(new Reply.ReviewList(reviews));
        List<LayoutBlock> home = new HomeTab(null, new HelpText(true), null, null, null).blocks(reviews);

        assertThat(list.blocks()).hasSizeLessThanOrEqualTo(SlackLimits.MESSAGE_BLOCKS);
        assertThat(sectionTexts(list.blocks())).allSatisfy(t -> assertThat(t).hasSizeLessThanOrEqualTo(3_000));
        assertThat(home).as("room kept for the admins' part").hasSize(SlackLimits.HOME_BLOCKS - HomeTab.ADMIN_BLOCKS);
        assertThat(sectionTexts(home)).allSatisfy(t -> assertThat(t).hasSizeLessThanOrEqualTo(3_000));
    }

    @Test
    void helpOnSlack_describesSlackUsage_notConsoleCommands() {
        SlackMessage help = renderer.render(new Reply.HelpText(List.of()));
        SlackMessage noFollowUps = new BlockKitRenderer(new HelpText(false)).render(new Reply.HelpText(List.of()));

        assertThat(String.join("\n", sectionTexts(help.blocks()))).contains("/review list").contains("direct message")
                .contains("follow-ups in that thread need no mention");
        assertThat(String.join("\n", sectionTexts(noFollowUps.blocks()))).doesNotContain("follow-ups");
    }

    private static List<String> sectionTexts(List<LayoutBlock> blocks) {
        return blocks.stream().filter(b -> b instanceof SectionBlock).map(b -> ((SectionBlock) b).getText().getText()).toList();
    }

    private static List<String> contextTexts(List<LayoutBlock> blocks) {
        return blocks.stream().filter(b -> b instanceof ContextBlock).flatMap(b -> ((ContextBlock) b).getElements().stream())
                .map(e -> ((com.slack.api.model.block.composition.MarkdownTextObject) e).getText()).toList();
    }

    private static List<ButtonElement> buttons(List<LayoutBlock> blocks) {
        return blocks.stream().filter(b -> b instanceof ActionsBlock).flatMap(b -> ((ActionsBlock) b).getElements().stream())
                .map(e -> (ButtonElement) e).toList();
    }
}
