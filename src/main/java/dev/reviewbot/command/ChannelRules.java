package dev.reviewbot.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the bot answers: in a DM always; in a server or workspace in every channel, unless its admins listed
 * some (kept in {@link AllowedChannels}). Users' commands elsewhere are refused with {@link Reply.NotHere};
 * buttons on answers already sent, autocomplete and admin commands work anywhere.
 */
final class ChannelRules {

    static final String NOT_LISTED = "that channel is not on the list of channels I answer in";
    static final String NAME_A_CHANNEL = "name a channel";

    private final AllowedChannels channels;

    ChannelRules(AllowedChannels channels) {
        this.channels = channels;
    }

    /** The refusal of a user's command in a channel outside the list; empty where it may run. */
    Optional<Reply> refusal(Requester who, BotCommand command) {
        if (who.local() || !answersOnlyWhereAllowed(command) || who.place().kind() == Requester.Kind.DIRECT) {
            return Optional.empty();
        }
        Set<String> allowed = channels.of(spaceKey(who));
        return allowed.isEmpty() || allowed.contains(who.place().channel()) ? Optional.empty()
                : Optional.of(new Reply.NotHere(sorted(allowed)));
    }

    /** An admin's change (or look) at the list of the requester's server or workspace. */
    Reply change(Requester who, BotCommand.Channels c) {
        String space = spaceKey(who);
        boolean needsOne = c.change() == BotCommand.ChannelChange.ADD || c.change() == BotCommand.ChannelChange.REMOVE;
        if (needsOne && c.channels().isEmpty()) {
            return new Reply.Problem(NAME_A_CHANNEL);
        }
        if (c.change() == BotCommand.ChannelChange.REMOVE && !channels.of(space).containsAll(c.channels())) {
            return new Reply.Problem(NOT_LISTED);
        }
        Set<String> now = switch (c.change()) {
            case LIST -> channels.of(space);
            case ALL -> channels.update(space, s -> Set.of());
            case SET -> channels.update(space, s -> Set.copyOf(c.channels()));
            case ADD -> channels.update(space, s -> {
                Set<String> more = new TreeSet<>(s);
                more.addAll(c.channels());
                return more;
            });
            case REMOVE -> channels.update(space, s -> {
                Set<String> fewer = new TreeSet<>(s);
                c.channels().forEach(fewer::remove);
                return fewer;
            });
        };
        return new Reply.ChannelList(sorted(now));
    }

    /** What users ask for in a channel. */
    private static boolean answersOnlyWhereAllowed(BotCommand command) {
        return command instanceof BotCommand.Ask || command instanceof BotCommand.Empty
                || command instanceof BotCommand.ListReviews || command instanceof BotCommand.ShowReview
                || command instanceof BotCommand.Help || command instanceof BotCommand.Stats
                || command instanceof BotCommand.Recall;
    }

    /** "discord:<server id>"; a platform with one workspace per bot (Slack) has no id here: "slack:-". */
    private static String spaceKey(Requester who) {
        return who.platform() + ":" + (who.place().space() == null ? "-" : who.place().space());
    }

    private static List<String> sorted(Set<String> channels) {
        return List.copyOf(new TreeSet<>(channels));
    }
}
