package dev.reviewbot.discord;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;

/** The slash commands ReviewBot registers, their option names, and the /help text made from them. */
final class SlashCommands {

    static final String ASK = "ask";
    static final String REVIEW = "review";
    static final String REVIEWS = "reviews";
    static final String HELP = "help";
    static final String ADMIN = "review-admin";
    static final String ADMIN_ADD = "add";
    static final String ADMIN_REMOVE = "remove";
    static final String ADMIN_STATS = "stats";
    static final String ADMIN_CHANNELS = "channels";
    static final String CHANNELS_ADD = "add";
    static final String CHANNELS_REMOVE = "remove";
    static final String CHANNELS_LIST = "list";
    static final String CHANNELS_ALL = "all";

    static final String QUESTION = "question";
    static final String FILM = "film";
    static final String PRIVATE = "private";
    static final String SECTION = "section";
    static final String FILE = "file";
    static final String SINCE = "since";
    static final String CHANNEL = "channel";

    private SlashCommands() {
    }

    static List<SlashCommandData> all() {
        InteractionContextType[] everywhere = {InteractionContextType.GUILD, InteractionContextType.BOT_DM};
        return List.of(
                Commands.slash(ASK, "Ask about the stored film reviews; the answer quotes and cites them")
                        .addOptions(new OptionData(OptionType.STRING, QUESTION, "Your question, e.g. how is the acting?", true),
                                new OptionData(OptionType.STRING, FILM, "Only this film", false, true),
                                new OptionData(OptionType.BOOLEAN, PRIVATE, "Show the answer to you only"))
                        .setContexts(everywhere),
                Commands.slash(REVIEW, "A review's sections, or one section in full")
                        .addOptions(new OptionData(OptionType.STRING, FILM, "The film", true, true),
                                new OptionData(OptionType.STRING, SECTION, "A section of its review, e.g. Acting", false, true))
                        .setContexts(everywhere),
                Commands.slash(REVIEWS, "List the stored reviews").setContexts(everywhere),
                Commands.slash(HELP, "What ReviewBot can do").setContexts(everywhere),
                Commands.slash(ADMIN, "Manage the stored reviews (Manage Server only)")
                        .addSubcommands(
                                new SubcommandData(ADMIN_ADD, "Add or update a review from a .txt or .md file")
                                        .addOption(OptionType.ATTACHMENT, FILE, "The review file", true),
                                new SubcommandData(ADMIN_REMOVE, "Remove every review of a film")
                                        .addOption(OptionType.STRING, FILM, "The film", true, true),
                                new SubcommandData(ADMIN_STATS, "Questions answered and declined, feedback, what to add")
                                        .addOption(OptionType.STRING, SINCE, "The period, e.g. 7d, 24h (default 7d)", false))
                        .addSubcommandGroups(new SubcommandGroupData(ADMIN_CHANNELS, "Where the bot answers in this server")
                                .addSubcommands(
                                        new SubcommandData(CHANNELS_ADD, "Answer in this channel (or the one named)")
                                                .addOptions(channelOption()),
                                        new SubcommandData(CHANNELS_REMOVE, "Stop answering in this channel (or the one named)")
                                                .addOptions(channelOption()),
                                        new SubcommandData(CHANNELS_LIST, "The channels the bot answers in"),
                                        new SubcommandData(CHANNELS_ALL, "Answer in every channel again (the default)")))
                        // Hidden from members without Manage Server; the handler checks again when run.
                        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                        .setContexts(InteractionContextType.GUILD));
    }

    private static OptionData channelOption() {
        return new OptionData(OptionType.CHANNEL, CHANNEL, "The channel (this one if left out)", false)
                .setChannelTypes(ChannelType.TEXT, ChannelType.NEWS, ChannelType.FORUM);
    }

    /** One line per command: "`/ask question [film] [private]` Ask about ...". */
    static List<String> helpLines() {
        return all().stream().flatMap(command -> command.getSubcommands().isEmpty() && command.getSubcommandGroups().isEmpty()
                ? Stream.of(usage(command.getName(), command.getOptions(), command.getDescription()))
                : Stream.concat(command.getSubcommands().stream().map(sub -> usage(command.getName() + " " + sub.getName(),
                        sub.getOptions(), sub.getDescription())),
                        command.getSubcommandGroups().stream().flatMap(group -> group.getSubcommands().stream()
                                .map(sub -> usage(command.getName() + " " + group.getName() + " " + sub.getName(),
                                        sub.getOptions(), sub.getDescription()))))).toList();
    }

    private static String usage(String name, List<OptionData> options, String description) {
        String args = options.stream().map(o -> o.isRequired() ? o.getName() : "[" + o.getName() + "]")
                .collect(Collectors.joining(" "));
        return "`/" + name + (args.isEmpty() ? "" : " " + args) + "` " + description;
    }
}
