package dev.reviewbot.console;

import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.PlainTextRenderer;
import dev.reviewbot.command.Reply;
import dev.reviewbot.command.Requester;
import dev.reviewbot.command.TextCommandParser;
import dev.reviewbot.text.DisplayText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The console chat: type a question, or a command starting with "/". Line editing and history come from
 * JLine. One console session is one conversation, so follow-ups remember the film.
 */
public final class ConsoleChat {

    private static final Set<String> QUIT = Set.of("/quit", "/exit", "/q");

    private final CommandService commands;
    private final TextCommandParser parser;
    private final PlainTextRenderer renderer = new PlainTextRenderer();
    private final Requester you = Requester.console(UUID.randomUUID().toString());

    public ConsoleChat(CommandService commands, TextCommandParser parser) {
        this.commands = commands;
        this.parser = parser;
    }

    /** Runs until /quit or end of input. @param history where to keep line history, or null */
    public void run(Terminal terminal, String greeting, Path history) {
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("reviewbot");
        if (history != null) {
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        LineReader reader = builder.build();
        PrintWriter out = terminal.writer();
        out.println(DisplayText.visible(greeting));
        out.println("Ask a question about the reviews, or type /help. /quit leaves.");
        out.flush();
        while (true) {
            String line;
            try {
                line = reader.readLine("you> ");
            } catch (UserInterruptException e) {
                continue; // Ctrl-C clears the line, as in a shell
            } catch (EndOfFileException e) {
                break;
            }
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (QUIT.contains(text.toLowerCase(java.util.Locale.ROOT))) {
                break;
            }
            out.println(respond(text));
            out.println();
            out.flush();
        }
        out.println("Bye.");
        out.flush();
    }

    String respond(String text) {
        Reply reply;
        try {
            BotCommand command = parser.parse(text);
            reply = commands.execute(you, command);
        } catch (IllegalArgumentException e) {
            reply = new Reply.Problem(e.getMessage());
        }
        return renderer.render(reply);
    }
}
