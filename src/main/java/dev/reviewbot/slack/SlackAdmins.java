package dev.reviewbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Who may add reviews: workspace admins and owners (users.info), and the user ids listed in config. */
final class SlackAdmins {

    private static final Logger log = LoggerFactory.getLogger(SlackAdmins.class);

    private final Set<String> configured;

    SlackAdmins(List<String> configuredUserIds) {
        this.configured = Set.copyOf(configuredUserIds);
    }

    boolean isAdmin(MethodsClient client, String userId) throws IOException, SlackApiException {
        if (configured.contains(userId)) {
            return true;
        }
        UsersInfoResponse response = client.usersInfo(r -> r.user(userId));
        if (!response.isOk()) {
            log.warn("Slack: users.info for {} failed ({}); treating the user as no admin", userId, response.getError());
            return false;
        }
        User user = response.getUser();
        return user.isAdmin() || user.isOwner() || user.isPrimaryOwner();
    }
}
