package dev.reviewbot.discord;

import dev.reviewbot.command.Suggest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.command.Reply;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.Section;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/**
 * The views alone, with texts far over Discord's limits: JDA's builders refuse anything over a limit,
 * so building these messages at all proves they fit; the assertions check where the text was cut.
 */
class DiscordViewsTest {

    private static final String SENTENCE = "The camera holds on her face while the storm gathers outside. ";

    @Test
    void answer_withQuotesFarOverTheEmbedLimits_fitsAndCutsAtASentence() {
        List<Citation> citations = IntStream.rangeClosed(1, 30).mapToObj(i -> new Citation("Film " + "title ".repeat(60),
                "Section " + i, "Reviewer " + "name ".repeat(220), SENTENCE.repeat(40).strip())).toList();

        MessageCreateData message = new AnswerView().render(new Answer.Grounded("q", citations), "abc123");

        MessageEmbed embed = message.getEmbeds().get(0);
        assertThat(embed.isSendable()).isTrue();
        assertThat(embed.getLength()).isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
        assertThat(embed.getFields()).hasSize(25).allSatisfy(f -> {
            assertThat(f.getName().length()).isLessThanOrEqualTo(MessageEmbed.TITLE_MAX_LENGTH);
            assertThat(f.getValue().length()).isLessThanOrEqualTo(MessageEmbed.VALUE_MAX_LENGTH);
        });
        String description = embed.getDescription();
        assertThat(description.length()).isGreaterThan(4000).isLessThanOrEqualTo(MessageEmbed.DESCRIPTION_MAX_LENGTH);
        assertThat(description).startsWith("> The camera").endsWith("storm gathers outside.… **[2]**");
        assertThat(DiscordTestBed.buttonIds(json(message))).containsExactly("rb:full:abc123:0", "rb:full:abc123:1",
                "rb:full:abc123:2", "rb:full:abc123:3", "rb:full:abc123:4", "rb:vote:abc123:up", "rb:vote:abc123:down");
    }

    @Test
    void modelProse_replacesTheQuotes_markersBold_markdownAndLinksShownAsText_citationsAsForQuotes() {
        List<Citation> citations = List.of(new Citation("Ballerina", "Acting", null, "Ana de Armas anchors the film."),
                new Citation("Ballerina", "Writing", "Jo", "The script is tight."));
        String prose = "Ana de Armas is *superb* [1], see [here](https://evil.example) [2].\n\nThe script holds [2].";

        MessageCreateData message = new AnswerView().render(new Answer.Grounded("q", citations, prose, null), "p1");

        MessageEmbed embed = message.getEmbeds().get(0);
        assertThat(embed.getDescription()).isEqualTo("Ana de Armas is \\*superb\\* **[1]**, see [here]\u200B(https://evil.example) "
                + "**[2]**.\n\nThe script holds **[2]**.");
        assertThat(embed.getFields()).extracting(MessageEmbed.Field::getName).containsExactly("[1] Ballerina", "[2] Ballerina");
        assertThat(embed.getFields().get(1).getValue()).isEqualTo("Writing · review by Jo");
        assertThat(embed.getFooter().getText()).isEqualTo(AnswerView.WRITTEN);
        assertThat(DiscordTestBed.buttonIds(json(message))).startsWith("rb:full:p1:0", "rb:full:p1:1");
    }

    @Test
    void aNote_isTheFooterUnderTheCitations_andTheQuotesStay() {
        Answer answer = new Answer.Grounded("q", List.of(new Citation("Ballerina", "Acting", null, "Ana anchors it.")),
                null, "The language model took too long, so these are the reviews' own words.");

        MessageEmbed embed = new AnswerView().render(answer, "n1").getEmbeds().get(0);

        assertThat(embed.getDescription()).isEqualTo("> Ana anchors it. **[1]**");
        assertThat(embed.getFooter().getText()).isEqualTo("The language model took too long, so these are the reviews' own words.");
    }

    @Test
    void declinedAnswer_offersWhatItCanAnswer_andStillTakesFeedback() {
        MessageCreateData message = new AnswerView().render(
                new Answer.Declined("q", "The stored reviews don't say.", List.of("Ballerina", "Glass Orchard")), "id1");

        MessageEmbed embed = message.getEmbeds().get(0);
        assertThat(embed.getDescription()).isEqualTo("The stored reviews don't say.");
        assertThat(embed.getFields().get(0).getValue()).isEqualTo("Ballerina, Glass Orchard");
        assertThat(DiscordTestBed.buttonIds(json(message))).containsExactly("rb:vote:id1:up", "rb:vote:id1:down");
    }

    @Test
    void sections_ofTenLongReviews_fitOneMessage_andAreAttachedWhole() {
        List<Reply.ReviewSection> sections = IntStream.rangeClosed(1, 12).mapToObj(i -> {
            Review review = review("Film " + i, new Section("Acting", (SENTENCE.repeat(30) + "\n\n").repeat(4)));
            return new Reply.ReviewSection(review, review.sections().get(0));
        }).toList();

        MessageCreateData message = new ReviewViews(10).sections(sections);

        assertThat(message.getEmbeds()).hasSize(10);
        assertThat(message.getEmbeds().stream().mapToInt(MessageEmbed::getLength).sum())
                .isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
        assertThat(message.getEmbeds()).allSatisfy(e -> assertThat(e.getDescription()).endsWith("outside.…")
                .doesNotContain("  "));
        assertThat(message.getFiles()).hasSize(10).allSatisfy(f -> assertThat(f.getName()).matches("film-\\d+-acting\\.txt"));
    }

    @Test
    void outline_ofManyReviewsWithManySections_fitsOneMessage() {
        List<Section> sections = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new Section("Section " + "named ".repeat(10) + i, SENTENCE.repeat(5))).toList();
        List<Review> reviews = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new Review("film/r" + i, "Film " + "long ".repeat(80), 2024, "Reviewer " + i, null, "test", sections))
                .toList();

        MessageCreateData message = new ReviewViews(10).outline(new Reply.ReviewOutline(reviews.get(0).title(), reviews));

        assertThat(message.getEmbeds()).hasSize(10);
        assertThat(message.getEmbeds().stream().mapToInt(MessageEmbed::getLength).sum())
                .isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
        assertThat(message.getEmbeds().get(0).getDescription()).startsWith("**Section named").endsWith("…");
    }

    @Test
    void reviewPages_areClamped_andOnlyPagedWhenThereAreMore() {
        List<Review> reviews = IntStream.rangeClosed(1, 7).mapToObj(i -> review("Film " + i, new Section("Acting", "Fine."))).toList();
        ReviewViews views = new ReviewViews(3);

        MessageCreateData last = views.page(reviews, 99);
        assertThat(last.getEmbeds().get(0).getFooter().getText()).isEqualTo("Page 3 of 3");
        assertThat(last.getEmbeds().get(0).getDescription()).startsWith("**Film 7**");
        assertThat(DiscordTestBed.buttonIds(json(last))).containsExactly("rb:page:1", "rb:page:2");
        assertThat(new ReviewViews(10).page(reviews, 0).getComponents()).isEmpty();
        assertThat(views.page(List.of(), 0).getContent()).startsWith("No reviews are stored yet");
    }

    @Test
    void autocompleteChoices_areAtMost25_withNamesAndValuesOfAtMost100Characters() {
        List<String> films = IntStream.rangeClosed(1, 40).mapToObj(i -> "The Film Number " + i + " " + "and more ".repeat(20)).toList();

        List<Command.Choice> choices = Autocompleter.choices(Suggest.matching(films, "the film"));

        assertThat(choices).hasSize(25).allSatisfy(c -> {
            assertThat(c.getName().length()).isLessThanOrEqualTo(100);
            assertThat(c.getAsString().length()).isLessThanOrEqualTo(100);
            assertThat(c.getName()).endsWith("more…");
        });
        assertThat(Suggest.matching(List.of("Glass Orchard", "The Salt Road", "Orchard Lane"), "orch"))
                .containsExactly("Orchard Lane", "Glass Orchard");
    }

    @Test
    void buttonIds_roundTrip_andForeignIdsAreIgnored() {
        for (ButtonAction action : List.of(new ButtonAction.FullSection("k3j2", 2), new ButtonAction.Vote("k3j2", false),
                new ButtonAction.Page(4))) {
            assertThat(ButtonAction.parse(action.customId())).contains(action);
            assertThat(action.customId().length()).isLessThanOrEqualTo(100);
        }
        assertThat(ButtonAction.parse("other-bot:full:1:2")).isEmpty();
        assertThat(ButtonAction.parse("rb:vote:x:sideways")).isEmpty();
        assertThat(ButtonAction.parse("rb:page:many")).isEmpty();
    }

    @Test
    void questions_loseTheBotsMention_butKeepEverythingElse() {
        assertThat(QuestionHandler.withoutMentionOf("42", "<@42> how is <@!42> the <@7> acting?"))
                .isEqualTo("how is the <@7> acting?");
        assertThat(Messages.text("x".repeat(5000)).getContent()).hasSizeLessThanOrEqualTo(2000);
        assertThat(Messages.text("@everyone hi").getAllowedMentions()).isEmpty();
        assertThat(Messages.edit(Messages.text("@everyone hi")).getAllowedMentions()).isEmpty();
    }

    @Test
    void fit_keepsWholeParagraphsAndLines() {
        String first = "First paragraph, sentence one. Sentence two.";
        String second = "Second paragraph starts here with words. Then it goes on for a while longer.";
        assertThat(Fit.paragraphs(first + "\n\n" + second, first.length() + 2 + 42))
                .isEqualTo(first + "\n\nSecond paragraph starts here with words.…");
        assertThat(Fit.paragraphs(first + "\n\n" + second, first.length() + 10))
                .as("too little room for a useful piece of the next").isEqualTo(first + "\n\n…");
        assertThat(Fit.lines("a line\nanother line\nthird", 14)).isEqualTo("a line\n…");
        assertThat(Fit.paragraphs("short", 100)).isEqualTo("short");
    }

    private static Review review(String title, Section section) {
        return new Review(Review.idFor(title, "r"), title, 2024, null, null, "test", List.of(section));
    }

    @Test
    void reviewText_isShownVerbatim_everywhere_noLiveLinkNoFormattingNoInvisibleCharacters() {
        String hostile = "Great **acting**, [click here](https://evil.example) for\u200B more \u202Eosla\u202C.";
        Review review = new Review("evil/x", "Evil [Film](https://evil.example)", null, "R\u200Bob", null, "x.md",
                List.of(new Section("Acting " + "[x](https://e.example)", hostile)));
        List<Citation> citations = List.of(new Citation(review.title(), review.sections().get(0).name(), review.reviewer(), hostile));

        List<String> shown = new java.util.ArrayList<>();
        MessageEmbed answer = new AnswerView().render(new Answer.Grounded("q", citations), "v1").getEmbeds().get(0);
        shown.add(answer.getDescription());
        answer.getFields().forEach(f -> shown.add(f.getName() + "\n" + f.getValue()));
        shown.add(new AnswerView().render(new Answer.Declined("q", "Nothing on [that](https://evil.example).", List.of("[a](https://b.example)")), "v2")
                .getEmbeds().get(0).toData().toString());
        ReviewViews views = new ReviewViews(10);
        shown.add(views.outline(new Reply.ReviewOutline(review.title(), List.of(review))).getEmbeds().get(0).getDescription());
        shown.add(views.sections(List.of(new Reply.ReviewSection(review, review.sections().get(0)))).getEmbeds().get(0).getDescription());
        shown.add(views.page(List.of(review), 0).getEmbeds().get(0).getDescription());

        assertThat(shown).allSatisfy(text -> assertThat(text)
                .doesNotContainPattern("\\]\\((https?:)")   // no masked link Discord would render
                .doesNotContain("\u202E").doesNotContain("\u202C")
                .doesNotContainPattern("(?<!\\\\)\\*\\*acting"));
        assertThat(shown.get(0)).contains("Great \\*\\*acting\\*\\*").contains("for more");
        assertThat(shown.get(3)).contains("Great \\*\\*acting\\*\\*");
    }

    static com.fasterxml.jackson.databind.JsonNode json(MessageCreateData message) {
        try {
            return DiscordPayloads.JSON.readTree(message.toData().toJson());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
