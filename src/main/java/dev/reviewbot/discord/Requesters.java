package dev.reviewbot.discord;

import dev.reviewbot.command.Requester;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
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
        return of(interaction.getUser(), interaction.getGuild(), where, interaction.getChannelType(),
                interaction.getChannel());
    }

    static Requester of(MessageReceivedEvent event) {
        return of(event.getAuthor(), event.isFromGuild() ? event.getGuild() : null, event.getChannel().getId(),
                event.getChannelType(), event.getChannel());
    }

    /** A thread is a channel of its own on Discord; the place names its parent, where admins allow answers. */
    private static Requester of(User user, Guild guild, String channel, ChannelType type, Channel seen) {
        String server = guild == null ? null : guild.getId();
        Requester.Place place;
        if (type == ChannelType.PRIVATE) {
            place = Requester.Place.direct(channel);
        } else if (type.isThread() && seen instanceof ThreadChannel thread) {
            place = Requester.Place.thread(server, thread.getParentChannel().getId(), channel);
        } else {
            place = Requester.Place.channel(server, channel);
        }
        return new Requester(PLATFORM, user.getId(), place);
    }
}
