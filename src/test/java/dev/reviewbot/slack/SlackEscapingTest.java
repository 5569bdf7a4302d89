package dev.reviewbot.slack;

import static dev.reviewbot.slack.SlackPayloads.appMention;
import static dev.reviewbot.slack.SlackPayloads.buttonClick;
import static dev.reviewbot.slack.SlackPayloads.eventCallback;
import static dev.reviewbot.slack.SlackPayloads.newEventId;
import static dev.reviewbot.slack.SlackPayloads.newTs;
import static dev.reviewbot.slack.SlackPayloads.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.SharedBot;
import dev.reviewbot.library.UploadIngest;
import dev.reviewbot.slack.SlackRig.Mode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Review text and questions full of Slack markup reach Slack as harmless text: no pings, links or
 * formatting, nothing that breaks the message (checked in the JSON sent to chat.postMessage).
 */
class SlackEscapingTest {

    private static final String NASTY_REVIEW = """
            # The Ampersand Affair

            ## Acting
            The acting is loud\u202E: the cast shouts <!channel> at every\u2066 turn & nobody in the cast listens.
            The lead actor <@U123> gives a *towering* acting performance, a 5* turn for the cast.

            > The acting in this line pretends to be a quote & the cast should stay plain text.

            The cast's acting uses `code`, ~strikes~ and _slants_ <https://evil.example|click here> to steal scenes.

            ## Score
            The music is loud & brash.
            """;

    @BeforeAll
    static void storeTheNastyReview() {
        UploadIngest.Result result = SharedBot.get().uploads()
                .ingest("ampersand.md", NASTY_REVIEW.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(UploadIngest.Result.Stored.class);
    }

    @Test
    void reviewTextFullOfMarkup_isEscapedInTheThreadAnswer() throws Exception {
        try (SlackRig rig = SlackRig.start(Mode.HTTP)) {
            String channel = SlackRig.id("C");

            rig.event(eventCallback(appMention(SlackRig.id("U"), channel,
                    "<@U0BOT> how is the acting in The Ampersand Affair?", newTs()), newEventId()));

            RecordedCall post = rig.awaitPost(channel);
            List<String> texts = Posted.texts(post); // decoded: Gson writes < > & as \\u003c... in the JSON
            String all = String.join("\n", texts);
            assertHarmless(all);
            assertHarmless(post.param("text"));
            // The core quotes "<!channel>" split at its "!" as a sentence end; escaped either way.
            assertThat(all).contains("shouts &lt;!").contains("&amp; nobody");
            assertThat(post.param("text")).contains("&lt;!").contains("&amp;");
            assertEveryMrkdwnIsVerbatim(Posted.blocks(post));
            assertNoLineStartsAQuoteOfItsOwn(texts);
        }
    }

    @Test
    void questionFullOfMarkup_isEscapedWhenEchoed_andTheFullSectionToo() throws Exception {
        try (SlackRig rig = SlackRig.start(Mode.SOCKET_MODE)) {
            String user = SlackRig.id("U");
            String channel = SlackRig.id("C");
            // As Slack sends slash command text: &, < and > as entities, a mention as markup.
            String typed = "how is the acting in The Ampersand Affair? *really* &lt;3 &amp; &gt; @channel <@U123|bob> `x`";

            rig.slashCommand(slashCommand("/review", typed, user, channel, rig.fake.responseUrl("nasty")));
            RecordedCall privateAnswer = rig.awaitResponse("nasty");
            String answerId = Posted.buttonValue(privateAnswer, ActionIds.SHARE);
            rig.interaction(buttonClick(user, channel, ActionIds.SHARE, answerId, newTs(), rig.fake.responseUrl("s")));
            RecordedCall shared = rig.awaitPost(channel);
            rig.interaction(buttonClick(user, channel, ActionIds.FULL_SECTION_PREFIX + "0",
                    Posted.buttonValue(shared, ActionIds.FULL_SECTION_PREFIX), newTs(), rig.fake.responseUrl("full")));
            RecordedCall full = rig.awaitResponse("full");

            assertThat(Posted.allText(privateAnswer)).contains("You asked: how is the acting in The Ampersand Affair? "
                    + "\u2217really\u2217 &lt;3 &amp; &gt; @channel @bob \u02CBx\u02CB");
            assertThat(Posted.allText(shared)).contains("<@" + user + "> asked: how is the acting")
                    // The Markdown review's "*towering*" is emphasis, read away at ingest; "5*" is text, and escaped.
                    .contains("&lt;@U123&gt; gives a towering acting performance, a 5\u2217 turn");
            for (RecordedCall call : List.of(privateAnswer, shared, full)) {
                assertHarmless(Posted.allText(call).replace("<@" + user + "> asked", ""));
                assertEveryMrkdwnIsVerbatim(Posted.blocks(call));
                assertNoLineStartsAQuoteOfItsOwn(Posted.texts(call));
            }
            assertThat(Posted.allText(full)).contains("shouts &lt;!channel&gt; at every turn &amp; nobody")
                    .contains("\u200B&gt; The acting in this line pretends to be a quote &amp;")
                    .contains("&lt;https://evil.example|click here&gt;");
        }
    }

    /** No ping, link or formatting from the review or the question survives. */
    private static void assertHarmless(String sent) {
        assertThat(sent).doesNotContain("<!", "<@", "<https://", "*towering*", "`code`", "~strikes~",
                "_slants_", "*really*", "& ", "<3", "\u202E", "\u2066"); // no right-to-left override, no isolate
    }

    private static void assertEveryMrkdwnIsVerbatim(JsonNode blocks) {
        List<JsonNode> mrkdwn = new ArrayList<>();
        blocks.findParents("type").stream().filter(node -> node.path("type").asText().equals("mrkdwn")).forEach(mrkdwn::add);
        assertThat(mrkdwn).isNotEmpty().allSatisfy(node -> assertThat(node.path("verbatim").asBoolean()).isTrue());
    }

    /** Only the bot's own quote marker ("> “") may start a line with ">". */
    private static void assertNoLineStartsAQuoteOfItsOwn(List<String> texts) {
        texts.stream().flatMap(String::lines).forEach(line -> {
            assertThat(line).doesNotStartWith("&gt;");
            if (line.startsWith(">")) {
                assertThat(line).startsWith("> “");
            }
        });
    }
}
