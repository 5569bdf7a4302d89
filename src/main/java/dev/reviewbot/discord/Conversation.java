package dev.reviewbot.discord;

import dev.reviewbot.answer.ConversationId;
import net.dv8tion.jda.api.interactions.Interaction;

/** Where a Discord conversation happens: the channel, thread or DM an interaction came from. */
final class Conversation {

    private Conversation() {
    }

    static ConversationId of(Interaction interaction) {
        String channel = interaction.getChannelId();
        // Every interaction Discord sends has a channel; fall back to the user rather than fail.
        return new ConversationId(QuestionHandler.PLATFORM, channel != null ? channel : "user-" + interaction.getUser().getId());
    }
}
