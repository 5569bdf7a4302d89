package dev.reviewbot.llm;

import java.util.List;

/**
 * Puts review text, questions and earlier turns into the prompt as fenced data:
 * {@code <<<SECTION id=1 film="..." section="...">>>} ... {@code <<<END>>>}. The system prompt says that
 * fenced content is data, never instructions. Data cannot close its own fence or open another: fence
 * markers and template braces inside it are broken up before it is put in.
 */
final class Fence {

    static final String END = "<<<END>>>";

    private Fence() {
    }

    /** The review sections, numbered as the model must cite them. */
    static String sections(List<Source> sources) {
        StringBuilder out = new StringBuilder();
        for (Source s : sources) {
            out.append(out.length() == 0 ? "" : "\n\n")
                    .append("<<<SECTION id=").append(s.number())
                    .append(" film=").append(attribute(s.film()))
                    .append(" section=").append(attribute(s.section()))
                    .append(s.reviewer() == null ? "" : " reviewer=" + attribute(s.reviewer()))
                    .append(">>>\n").append(data(s.text())).append('\n').append(END);
        }
        return out.toString();
    }

    static String question(String question) {
        return "<<<QUESTION>>>\n" + data(question) + "\n" + END;
    }

    /** One earlier turn of a conversation, said by "user" or "bot". */
    static String turn(String role, String text) {
        return "<<<TURN role=" + role + ">>>\n" + data(text) + "\n" + END;
    }

    /** Text with nothing in it that reads as a fence marker or a template variable. */
    static String data(String text) {
        // Whole runs are replaced, so no marker can re-form from what is left beside a replacement.
        return text.replaceAll("<{3,}", "< < <").replaceAll(">{3,}", "> > >")
                .replaceAll("\\{{2,}", "{ {").replaceAll("}{2,}", "} }").strip();
    }

    private static String attribute(String value) {
        return '"' + data(value).replace('"', '\'').replace('\n', ' ') + '"';
    }
}
