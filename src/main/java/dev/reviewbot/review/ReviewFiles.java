package dev.reviewbot.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads review files and folders of them; a bad file is reported and skipped, the others still load.
 * A folder contributes only the regular files directly inside it: a symbolic link is never followed out of
 * it (a file named on its own is read wherever it points). No file is read past the size limit.
 */
public final class ReviewFiles {

    /**
     * What a load found: the reviews that parsed, an error for each file that did not, and warnings about
     * what was ignored in files that did (a wrongly typed front matter field).
     */
    public record Loaded(List<Review> reviews, List<ReviewFormatException> errors, List<String> warnings) {
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
        List<String> warnings = new ArrayList<>();
        for (Path file : expand(paths, errors)) {
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            try {
                reviews.add(parser.parse(name, read(file, name), title, warnings::add));
            } catch (ReviewFormatException e) {
                errors.add(e);
            } catch (IOException e) {
                errors.add(new ReviewFormatException(file.toString(), "cannot be read (" + e.getMessage() + ")"));
            }
        }
        return new Loaded(reviews, errors, warnings);
    }

    /**
     * The file's bytes, refused before reading when its size is over the limit, and never read past it
     * (a device such as /dev/zero, or a file growing while it is read, reports a size that does not hold).
     */
    private byte[] read(Path file, String name) throws IOException, ReviewFormatException {
        int limit = parser.maxBytes();
        long size = Files.size(file);
        if (size > limit) {
            throw tooLarge(name, size + " bytes", limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(name, "over " + limit + " bytes", limit);
            }
            return bytes;
        }
    }

    private static ReviewFormatException tooLarge(String name, String size, int limit) {
        return new ReviewFormatException(name, "too large (" + size + "; the limit is " + limit + ")");
    }

    public static boolean isReviewFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown"));
    }

    /** A regular file directly in the folder, not a link (which could point anywhere), with a review's extension. */
    private static boolean isReviewFileInside(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && isReviewFile(file);
    }

    private static List<Path> expand(List<Path> paths, List<ReviewFormatException> errors) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(ReviewFiles::isReviewFileInside).sorted().forEach(files::add);
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
