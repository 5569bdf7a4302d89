package dev.reviewbot.discord;

import dev.reviewbot.text.DisplayText;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/**
 * Review and question text as Discord shows it: verbatim. Invisible characters go (DisplayText), Markdown is
 * escaped, and masked links are broken, so "[click here](https://evil.example)" shows as typed and never
 * as a link hidden behind words.
 */
final class Verbatim {

    private Verbatim() {
    }

    static String of(String text) {
        return MarkdownSanitizer.escape(DisplayText.visible(text)).replace("](", "]\u200B(");
    }
}
