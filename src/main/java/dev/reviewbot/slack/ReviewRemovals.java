package dev.reviewbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.Requester;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * An admin's DM "remove TITLE" (or a review id): the core's preview of exactly what would go, posted with
 * Remove and Cancel buttons ({@link ButtonClicks} handles the click). A near miss removes nothing and
 * names the close titles. Others are told that only admins remove reviews.
 */
final class ReviewRemovals {

    static final String REFUSAL = "Sorry, only workspace admins (and the admins named in ReviewBot's config) "
            + "can remove reviews. You can still ask me anything about the stored ones.";
    private static final String WORD = "remove ";

    private final CommandService commands;
    private final SlackAdmins admins;
    private final BlockKitRenderer renderer;

    ReviewRemovals(CommandService commands, SlackAdmins admins, BlockKitRenderer renderer) {
        this.commands = commands;
        this.admins = admins;
        this.renderer = renderer;
    }

    /** The title of "remove TITLE", or empty for any other text. */
    static Optional<String> target(String text) {
        String plain = text.strip();
        return plain.toLowerCase(Locale.ROOT).startsWith(WORD) && plain.length() > WORD.length()
                ? Optional.of(plain.substring(WORD.length()).strip()) : Optional.empty();
    }

    void preview(MethodsClient client, Requester who, String title, String channel, String threadTs)
            throws IOException, SlackApiException {
        SlackMessage message = admins.isAdmin(client, who.user())
                ? renderer.render(commands.execute(who, new BotCommand.PreviewRemoval(title)))
                : renderer.notice(REFUSAL);
        Outbox.post(client, channel, threadTs, message);
    }
}
