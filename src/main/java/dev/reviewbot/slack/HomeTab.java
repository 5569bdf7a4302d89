package dev.reviewbot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ConversationsFilter;
import com.slack.api.model.block.element.MultiConversationsSelectElement;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.ReportPeriod;
import dev.reviewbot.command.Reply;
import dev.reviewbot.command.Requester;
import dev.reviewbot.command.SeenEvents;
import dev.reviewbot.review.Review;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Home tab, published each time it is opened: what the bot can do, how to ask, and the stored
 * reviews; for admins also the last week's report and where the bot answers (a channels multi-select: none
 * chosen means every channel). A change of channels is checked (admins only), stored, and the tab republished.
 */
final class HomeTab {

    private static final Logger log = LoggerFactory.getLogger(HomeTab.class);

    private final CommandService commands;
    private final HelpText help;
    private final AfterAck afterAck;
    private final SeenEvents once;
    private final SlackAdmins admins;

    HomeTab(CommandService commands, HelpText help, AfterAck afterAck, SeenEvents once, SlackAdmins admins) {
        this.commands = commands;
        this.help = help;
        this.afterAck = afterAck;
        this.once = once;
        this.admins = admins;
    }

    Response onOpened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent opened = payload.getEvent();
        // The Messages tab sends this event too; only Home has a view to publish.
        if ("home".equals(opened.getTab()) && once.firstTime("event/" + payload.getEventId())) {
            afterAck.run("app_home_opened", () -> publish(ctx.client(), opened.getUser(), opened.getChannel()));
        }
        return ctx.ack();
    }

    /** An admin chose the channels the bot answers in; anyone else changes nothing. */
    Response onChannelsChosen(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload click = request.getPayload();
        String user = click.getUser().getId();
        List<String> chosen = click.getActions().isEmpty() || click.getActions().get(0).getSelectedConversations() == null
                ? List.of() : click.getActions().get(0).getSelectedConversations();
        afterAck.run("channels chosen", () -> {
            if (admins.isAdmin(ctx.client(), user)) {
                commands.execute(home(user, null), new BotCommand.Channels(BotCommand.ChannelChange.SET, chosen));
            } else {
                log.warn("Slack: {} is no admin; the channels were not changed", user);
            }
            publish(ctx.client(), user, null);
        });
        return ctx.ack();
    }

    private void publish(MethodsClient client, String user, String channel) throws IOException, SlackApiException {
        Requester who = home(user, channel);
        Reply listed = commands.execute(who, new BotCommand.ListReviews());
        List<Review> reviews = listed instanceof Reply.ReviewList list ? list.reviews() : List.of();
        List<LayoutBlock> blocks = new ArrayList<>(blocks(reviews));
        if (admins.isAdmin(client, user)) {
            blocks.addAll(adminBlocks(who));
        }
        View view = View.builder().type("home").blocks(blocks).build();
        ViewsPublishResponse response = client.viewsPublish(r -> r.userId(user).view(view));
        if (!response.isOk()) {
            log.warn("Slack: views.publish for {} failed: {}", user, response.getError());
        }
    }

    /** The Home tab is the user's DM with the bot: a private place, answered wherever channels are allowed. */
    private static Requester home(String user, String channel) {
        return Places.directMessages(user, channel == null ? "home-" + user : channel);
    }

    List<LayoutBlock> blocks(List<Review> reviews) {
        Kit.Budget budget = new Kit.Budget(SlackLimits.HOME_BLOCKS - ADMIN_BLOCKS);
        budget.add(header(h -> h.text(plainText("ReviewBot"))));
        Kit.linesToSections(help.lines()).forEach(text -> budget.add(Kit.section(text)));
        budget.add(divider());
        List<String> lines = new ArrayList<>();
        lines.add(reviews.isEmpty() ? "*No reviews are stored yet.*" : "*Stored reviews (" + reviews.size() + ")*");
        reviews.forEach(review -> lines.add(BlockKitRenderer.reviewLine(review)));
        Kit.linesToSections(lines).forEach(text -> budget.add(Kit.section(text)));
        budget.add(Kit.context("Admins add a review by sending me a .txt or .md file in a direct message."));
        return budget.finish("_More reviews than fit here: ask `/review list`._");
    }

    /** Room kept in the tab's 100 blocks for the admins' part. */
    static final int ADMIN_BLOCKS = 20;

    /** The week's report and the channels select, in at most {@link #ADMIN_BLOCKS} blocks. */
    List<LayoutBlock> adminBlocks(Requester who) {
        Kit.Budget budget = new Kit.Budget(ADMIN_BLOCKS);
        budget.add(divider());
        budget.add(header(h -> h.text(plainText("For admins"))));
        if (commands.execute(who, new BotCommand.Report(ReportPeriod.DEFAULT)) instanceof Reply.ReportReply report) {
            Kit.linesToSections(ReportBlocks.lines(report.report())).stream().limit(ADMIN_BLOCKS - 6)
                    .forEach(text -> budget.add(Kit.section(text)));
        }
        List<String> allowed = commands.execute(who, new BotCommand.Channels(BotCommand.ChannelChange.LIST, List.of()))
                instanceof Reply.ChannelList list ? list.channels() : List.of();
        budget.add(Kit.section(allowed.isEmpty() ? "*Where I answer:* every channel I am in. Choose channels below "
                + "to answer only there (direct messages always work)."
                : "*Where I answer:* only " + BlockKitRenderer.channels(allowed) + ", and direct messages. "
                + "Clear the choice to answer everywhere again."));
        budget.add(actions(List.of(MultiConversationsSelectElement.builder().actionId(ActionIds.ANSWER_CHANNELS)
                .placeholder(plainText("Every channel"))
                .initialConversations(allowed.isEmpty() ? null : allowed)
                .filter(ConversationsFilter.builder().include(List.of("public", "private"))
                        .excludeBotUsers(true).excludeExternalSharedChannels(true).build())
                .build())));
        return budget.finish("_More in `./reviewbot report`._");
    }
}
