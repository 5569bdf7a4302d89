package dev.reviewbot.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Reads review files and folders of them; a bad file is reported and skipped, the others still load. */
public final class ReviewFiles {

    /** What a load found: the reviews that parsed and an error for each file that did not. */
    public record Loaded(List<Review> reviews, List<ReviewFormatException> errors) {
    }

    private final ReviewParser parser;

    public ReviewFiles(ReviewParser parser) {
        this.parser = parser;
    }

    /**
     * @param paths files, or folders whose *.txt and *.md files are read (not recursively)
     * @param title a title for a single file whose content and name give none; null otherwise
     */
    public Loaded load(List<Path> paths, String title) {
        List<Review> reviews = new ArrayList<>();
        List<ReviewFormatException> errors = new ArrayList<>();
        for (Path file : expand(paths, errors)) {
            try {
                reviews.add(parser.parse(file.getFileName().toString(), Files.readAllBytes(file), title));
            } catch (ReviewFormatException e) {
                errors.add(e);
            } catch (IOException e) {
                errors.add(new ReviewFormatException(file.toString(), "cannot be read (" + e.getMessage() + ")"));
            }
        }
        return new Loaded(reviews, errors);
    }

    public static boolean isReviewFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown"));
    }

    private static List<Path> expand(List<Path> paths, List<ReviewFormatException> errors) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(ReviewFiles::isReviewFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    errors.add(new ReviewFormatException(path.toString(), "cannot list the folder (" + e.getMessage() + ")"));
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                errors.add(new ReviewFormatException(path.toString(), "no such file or folder"));
            }
        }
        return files;
    }

}
