package dev.reviewbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MrkdwnTest {

    @Test
    void escape_turnsControlCharactersIntoEntities_andFormattingIntoLookAlikes() {
        assertThat(Mrkdwn.escape("<!channel> & <@U123> *bold* _it_ ~s~ `c`"))
                .isEqualTo("&lt;!channel&gt; &amp; &lt;@U123&gt; \u2217bold\u2217 \u02CDit\u02CD \u223Cs\u223C \u02CBc\u02CB");
    }

    @Test
    void escape_keepsALineStartingWithGreaterThanFromBecomingAQuote() {
        assertThat(Mrkdwn.escape("> quoted\nplain > not at start\n>again"))
                .isEqualTo("\u200B&gt; quoted\nplain &gt; not at start\n\u200B&gt;again");
    }

    @Test
    void fit_cutsAtASentence_countingTheEscapedLength() {
        String raw = "One & two. Three & four. Five & six.";

        String fitted = Mrkdwn.fit(raw, 30);

        assertThat(fitted).isEqualTo("One &amp; two.…");
        assertThat(Mrkdwn.fit(raw, 100)).isEqualTo(Mrkdwn.escape(raw));
        assertThat(Mrkdwn.fit("&".repeat(5_000), 3_000)).hasSizeLessThanOrEqualTo(3_000);
    }

    @Test
    void chunks_keepParagraphs_splitLongOnesAtSentences_andStayUnderTheLimit() {
        String sentence = "This sentence is exactly about fifty characters. ";
        String longParagraph = sentence.repeat(200).strip();
        String text = "Short & sweet.\n\n" + longParagraph + "\n\n<b>Last</b> paragraph.";

        List<String> chunks = Mrkdwn.chunks(text, 3_000);

        assertThat(chunks).hasSizeGreaterThan(3).allSatisfy(chunk -> assertThat(chunk).hasSizeLessThanOrEqualTo(3_000));
        assertThat(chunks.get(0)).startsWith("Short &amp; sweet.\n\nThis sentence");
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk).endsWith("."));
        assertThat(chunks.get(chunks.size() - 1)).endsWith("&lt;b&gt;Last&lt;/b&gt; paragraph.");
        assertThat(String.join(" ", chunks).replace("\n\n", " ").replaceAll("\\s+", " "))
                .isEqualTo(Mrkdwn.escape(text).replace("\n\n", " ").replaceAll("\\s+", " "));
    }

    @Test
    void incomingText_dropsTheBotsMention_andShowsOtherMarkupAsTyped() {
        String slackText = "<@U0BOT> is <@U123|ann> in <#C1|general>? see <https://x.test|this> &amp; <!here> &lt;3";

        assertThat(IncomingText.plain(slackText, "U0BOT"))
                .isEqualTo("is @ann in #general? see this & @here <3");
        assertThat(IncomingText.mentions("hi <@U0BOT>", "U0BOT")).isTrue();
        assertThat(IncomingText.mentions("hi <@U0BOTTOM>", "U0BOT")).isFalse();
    }
}
