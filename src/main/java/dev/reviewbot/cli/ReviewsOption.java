package dev.reviewbot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** `--reviews DIR`, shared by the commands that can run over a folder instead of the library. */
final class ReviewsOption {

    @Option(names = "--reviews", paramLabel = "DIR", description = "Use only the review files in DIR (nothing is written).")
    Path dir;
}
