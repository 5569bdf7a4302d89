package dev.reviewbot.discord;

import java.util.EnumSet;
import java.util.Set;
import net.dv8tion.jda.api.Permission;

/** The link that adds the bot to a server, asking for what it needs there (docs/DISCORD.md explains each). */
final class Invite {

    /**
     * See channels, answer in them and in their threads (as replies, so it reads their history), with
     * embeds and, for sections too long for one, a text file; and have its slash commands used.
     */
    static final Set<Permission> PERMISSIONS = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS, Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_ATTACH_FILES,
            Permission.MESSAGE_HISTORY, Permission.MESSAGE_ADD_REACTION, Permission.USE_APPLICATION_COMMANDS);

    private Invite() {
    }

    /** With the bot and applications.commands scopes: slash commands need the second. */
    static String url(String applicationId) {
        return "https://discord.com/api/oauth2/authorize?client_id=" + applicationId
                + "&scope=bot%20applications.commands&permissions=" + Permission.getRaw(PERMISSIONS);
    }
}
