package dev.reviewbot.answer;

import java.util.List;

/** What the bot says to a question: quoted evidence, or a plain statement that the reviews do not say. */
public sealed interface Answer permits Answer.Grounded, Answer.Declined {

    String question();

    /** The answer as one line of plain text, the same wherever it is shown. */
    String text();

    boolean grounded();

    List<Citation> citations();

    /**
     * An answer resting on stored sections, most relevant citation first.
     *
     * @param prose written prose with [n] markers pointing into {@code citations}, or null for an
     *              extractive answer, whose text is the quotes themselves
     * @param note  a short remark for the user (e.g. why a fallback was used), or null
     */
    record Grounded(String question, List<Citation> citations, String prose, String note) implements Answer {
        public Grounded {
            citations = List.copyOf(citations);
            if (citations.isEmpty()) {
                throw new IllegalArgumentException("a grounded answer cites at least one section");
            }
        }

        /** An extractive answer: the quotes are the answer. */
        public Grounded(String question, List<Citation> citations) {
            this(question, citations, null, null);
        }

        @Override
        public String text() {
            if (prose != null) {
                return prose;
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < citations.size(); i++) {
                Citation c = citations.get(i);
                text.append(i == 0 ? "" : " ").append('"').append(c.quote()).append("\" [").append(i + 1).append(']');
            }
            return text.toString();
        }

        @Override
        public boolean grounded() {
            return true;
        }
    }

    /**
     * The stored reviews do not answer this.
     *
     * @param reason   what was missing, in words for the user
     * @param offers   what the bot can answer instead (films, or the sections of the film asked about)
     */
    record Declined(String question, String reason, List<String> offers) implements Answer {
        public Declined {
            offers = List.copyOf(offers);
        }

        @Override
        public String text() {
            return offers.isEmpty() ? reason : reason + " You could ask about: " + String.join(", ", offers) + ".";
        }

        @Override
        public boolean grounded() {
            return false;
        }

        @Override
        public List<Citation> citations() {
            return List.of();
        }
    }
}
