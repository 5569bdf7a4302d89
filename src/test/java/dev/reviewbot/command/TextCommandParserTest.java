package dev.reviewbot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.text.TitleMatcher;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextCommandParserTest {

    private final TextCommandParser parser = new TextCommandParser(
            () -> new TitleMatcher(List.of("Ballerina", "Glass Orchard", "The Salt Road")));

    @Test
    void plainText_isAQuestion_andSlashesAreCommands() {
        assertThat(parser.parse("  how is the acting? ")).isEqualTo(new BotCommand.Ask("how is the acting?", Optional.empty()));
        assertThat(parser.parse("/reviews")).isInstanceOf(BotCommand.ListReviews.class);
        assertThat(parser.parse("/HELP")).isInstanceOf(BotCommand.Help.class);
        assertThat(parser.parse("/stats")).isInstanceOf(BotCommand.Stats.class);
        assertThatThrownBy(() -> parser.parse("/dance")).hasMessage("unknown command '/dance'; try /help");
    }

    @Test
    void review_splitsTheLongestKnownTitleFromTheSection() {
        assertThat(parser.parse("/review glass orchard score"))
                .isEqualTo(new BotCommand.ShowReview("Glass Orchard", Optional.of("score")));
        assertThat(parser.parse("/review salt road"))
                .isEqualTo(new BotCommand.ShowReview("The Salt Road", Optional.empty()));
        assertThat(parser.parse("/review Oppenheimer")).isEqualTo(new BotCommand.ShowReview("Oppenheimer", Optional.empty()));
        assertThatThrownBy(() -> parser.parse("/review")).hasMessageContaining("needs a film");
    }
}
