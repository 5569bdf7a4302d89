package dev.reviewbot.review;

/** A review file that cannot be read; the message names the file, and the line where that helps. */
public class ReviewFormatException extends Exception {

    private final String file;

    public ReviewFormatException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public ReviewFormatException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
