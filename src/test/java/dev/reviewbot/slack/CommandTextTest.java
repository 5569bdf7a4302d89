package dev.reviewbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.TextCommandParser;
import dev.reviewbot.text.TitleMatcher;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandTextTest {

    private final CommandText commands = new CommandText(new TextCommandParser(() -> new TitleMatcher(List.of("Ballerina", "Neon Harvest"))));

    @Test
    void singleWords_andShow_areCommands_everythingElseIsAQuestion() {
        assertThat(commands.parse("")).isInstanceOf(BotCommand.Help.class);
        assertThat(commands.parse("help")).isInstanceOf(BotCommand.Help.class);
        assertThat(commands.parse("List")).isInstanceOf(BotCommand.ListReviews.class);
        assertThat(commands.parse("stats")).isInstanceOf(BotCommand.Stats.class);
        assertThat(commands.parse("show neon harvest direction"))
                .isEqualTo(new BotCommand.ShowReview("Neon Harvest", Optional.of("direction")));
        assertThat(commands.parse("help me choose a film"))
                .isEqualTo(new BotCommand.Ask("help me choose a film", Optional.empty()));
        assertThat(commands.parse("list the best scenes in Ballerina")).isInstanceOf(BotCommand.Ask.class);
    }

    @Test
    void showWithoutAFilm_saysHowToUseIt() {
        assertThatThrownBy(() -> commands.parse("show")).hasMessageContaining("/review show Ballerina acting");
    }
}
