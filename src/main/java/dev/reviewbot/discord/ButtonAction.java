package dev.reviewbot.discord;

import java.util.Optional;

/**
 * What a button on one of the bot's messages does, encoded in its custom id (at most 100 characters):
 * {@code rb:full:<answer>:<citation>}, {@code rb:vote:<answer>:up|down}, {@code rb:page:<page>}. Answers are
 * referred to by their short id in the core ({@link dev.reviewbot.command.RecentAnswers}).
 */
sealed interface ButtonAction {

    String PREFIX = "rb:";

    /** The custom id of this action's button. */
    String customId();

    /** "Full section": the whole section a citation quotes, shown only to the one who clicked. */
    record FullSection(String answerId, int citation) implements ButtonAction {
        @Override
        public String customId() {
            return PREFIX + "full:" + answerId + ":" + citation;
        }
    }

    /** Thumbs up or down on an answer. */
    record Vote(String answerId, boolean helpful) implements ButtonAction {
        @Override
        public String customId() {
            return PREFIX + "vote:" + answerId + ":" + (helpful ? "up" : "down");
        }
    }

    /** A page of /reviews. */
    record Page(int page) implements ButtonAction {
        @Override
        public String customId() {
            return PREFIX + "page:" + page;
        }
    }

    /**
     * "Remove" under a removal's preview: the reviews shown, as {@code f<film index>} or {@code r<review
     * index>} in the catalog at {@code version}; a click after the library changed removes nothing.
     */
    record ConfirmRemoval(long version, String target) implements ButtonAction {
        @Override
        public String customId() {
            return PREFIX + "rm:" + version + ":" + target;
        }
    }

    /** "Cancel" under a removal's preview. */
    record CancelRemoval() implements ButtonAction {
        @Override
        public String customId() {
            return PREFIX + "rmno";
        }
    }

    /** The action of a custom id, or empty for one this bot did not make (or an old format). */
    static Optional<ButtonAction> parse(String customId) {
        if (customId == null || !customId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = customId.substring(PREFIX.length()).split(":");
        try {
            return switch (parts[0]) {
                case "full" -> parts.length == 3
                        ? Optional.of(new FullSection(parts[1], Integer.parseInt(parts[2]))) : Optional.empty();
                case "vote" -> parts.length == 3 && (parts[2].equals("up") || parts[2].equals("down"))
                        ? Optional.of(new Vote(parts[1], parts[2].equals("up"))) : Optional.empty();
                case "rm" -> parts.length == 3 && parts[2].matches("[fr]\\d{1,9}")
                        ? Optional.of(new ConfirmRemoval(Long.parseLong(parts[1]), parts[2])) : Optional.empty();
                case "rmno" -> parts.length == 1 ? Optional.of(new CancelRemoval()) : Optional.empty();
                case "page" -> parts.length == 2 ? Optional.of(new Page(Integer.parseInt(parts[1]))) : Optional.empty();
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
