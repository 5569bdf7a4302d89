package dev.reviewbot.library;

import dev.reviewbot.review.Review;
import dev.reviewbot.review.ReviewFormatException;
import dev.reviewbot.review.ReviewParser;
import dev.reviewbot.text.DisplayText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Ingests one uploaded review file (a Discord attachment, a Slack file) with the same checks as the CLI. */
public final class UploadIngest {

    /** The outcome of an upload: stored, or rejected with a message naming the file and the problem. */
    public sealed interface Result {
        /** @param warnings what was ignored in the file (a wrongly typed front matter field) */
        record Stored(Review review, IngestReport report, List<String> warnings) implements Result {
        }

        record Rejected(String message) implements Result {
        }
    }

    private final ReviewParser parser;
    private final ReviewLibrary library;

    public UploadIngest(ReviewParser parser, ReviewLibrary library) {
        this.parser = parser;
        this.library = library;
    }

    public Result ingest(String fileName, byte[] content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown"))) {
            return new Result.Rejected(DisplayText.oneLine(fileName) + ": not a review file (send a .txt or .md file)");
        }
        try {
            List<String> warnings = new ArrayList<>();
            Review review = parser.parse(fileName, content, null, warnings::add);
            return new Result.Stored(review, library.ingest(List.of(review)), List.copyOf(warnings));
        } catch (ReviewFormatException e) {
            return new Result.Rejected(e.getMessage());
        }
    }
}
