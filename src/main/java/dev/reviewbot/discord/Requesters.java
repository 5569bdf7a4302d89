package dev.reviewbot.discord;

import dev.reviewbot.command.Requester;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.Interaction;

/**
 * Who asks and where, as the core's {@link Requester}: the user, the server, and the channel, thread
 * (a channel of its own on Discord) or DM. The conversation is that channel, thread or DM.
 */
final class Requesters {

    static final String PLATFORM = "discord";

    private Requesters() {
    }

    static Requester of(Interaction interaction) {
        String channel = interaction.getChannelId();
        // Every interaction Discord sends has a channel; fall back to the user rather than fail.
        String where = channel != null ? channel : "user-" + interaction.getUser().getId();
        return of(interaction.getUser(), interaction.getGuild(), where, interaction.getChannelType());
    }

    static Requester of(MessageReceivedEvent event) {
        return of(event.getAuthor(), event.isFromGuild() ? event.getGuild() : null, event.getChannel().getId(),
                event.getChannelType());
    }

    private static Requester of(User user, Guild guild, String channel, ChannelType type) {
        Requester.Place place = type == ChannelType.PRIVATE
                ? Requester.Place.direct(channel) : Requester.Place.channel(guild == null ? null : guild.getId(), channel);
        return new Requester(PLATFORM, user.getId(), place);
    }
}
