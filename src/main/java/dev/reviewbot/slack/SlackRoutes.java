package dev.reviewbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;

/**
 * Every Slack request the bot handles, by kind. Other events (edits, joins, other subtypes) are acknowledged
 * by Bolt (AppConfig allEventsApiAutoAck) so that Slack does not retry them.
 */
final class SlackRoutes {

    private final SlashCommands slashCommands;
    private final ChannelMessages messages;
    private final ReviewUploads uploads;
    private final HomeTab home;
    private final ButtonClicks buttons;

    SlackRoutes(SlashCommands slashCommands, ChannelMessages messages, ReviewUploads uploads, HomeTab home,
                ButtonClicks buttons) {
        this.slashCommands = slashCommands;
        this.messages = messages;
        this.uploads = uploads;
        this.home = home;
        this.buttons = buttons;
    }

    void register(App app) {
        app.command(SlashCommands.COMMAND, slashCommands::onCommand);
        app.event(AppMentionEvent.class, messages::onMention);
        app.event(MessageEvent.class, messages::onMessage);
        app.event(MessageFileShareEvent.class, uploads::onFileShare);
        app.event(AppHomeOpenedEvent.class, home::onOpened);
        app.blockAction(ActionIds.FULL_SECTION, buttons::onFullSection);
        app.blockAction(ActionIds.HELPFUL, (request, ctx) -> buttons.onFeedback(request, ctx, true));
        app.blockAction(ActionIds.NOT_HELPFUL, (request, ctx) -> buttons.onFeedback(request, ctx, false));
        app.blockAction(ActionIds.SHARE, buttons::onShare);
        app.blockAction(ActionIds.CONFIRM_REMOVAL, buttons::onConfirmRemoval);
        app.blockAction(ActionIds.CANCEL_REMOVAL, buttons::onCancelRemoval);
        app.blockAction(ActionIds.ANSWER_CHANNELS, home::onChannelsChosen);
    }
}
