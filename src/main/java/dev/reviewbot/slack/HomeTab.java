package dev.reviewbot.slack;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.Reply;
import dev.reviewbot.command.SeenEvents;
import dev.reviewbot.review.Review;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The App Home tab: what the bot can do, how to ask, and the stored reviews; published each time it is opened. */
final class HomeTab {

    private static final Logger log = LoggerFactory.getLogger(HomeTab.class);

    private final CommandService commands;
    private final HelpText help;
    private final AfterAck afterAck;
    private final SeenEvents once;

    HomeTab(CommandService commands, HelpText help, AfterAck afterAck, SeenEvents once) {
        this.commands = commands;
        this.help = help;
        this.afterAck = afterAck;
        this.once = once;
    }

    Response onOpened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent opened = payload.getEvent();
        // The Messages tab sends this event too; only Home has a view to publish.
        if ("home".equals(opened.getTab()) && once.firstTime("event/" + payload.getEventId())) {
            afterAck.run("app_home_opened", () -> publish(ctx.client(), opened.getUser(), opened.getChannel()));
        }
        return ctx.ack();
    }

    private void publish(MethodsClient client, String user, String channel) throws IOException, SlackApiException {
        Reply listed = commands.execute(Places.click(user, channel), new BotCommand.ListReviews());
        List<Review> reviews = listed instanceof Reply.ReviewList list ? list.reviews() : List.of();
        View view = View.builder().type("home").blocks(blocks(reviews)).build();
        ViewsPublishResponse response = client.viewsPublish(r -> r.userId(user).view(view));
        if (!response.isOk()) {
            log.warn("Slack: views.publish for {} failed: {}", user, response.getError());
        }
    }

    List<LayoutBlock> blocks(List<Review> reviews) {
        Kit.Budget budget = new Kit.Budget(SlackLimits.HOME_BLOCKS);
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
}
