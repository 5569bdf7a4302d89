package dev.reviewbot.library;

import java.util.List;

/**
 * What one ingest changed.
 *
 * @param added            reviews new to the library (display names)
 * @param updated          reviews whose content changed and were re-embedded
 * @param unchanged        reviews already stored as they are: not re-embedded
 * @param passagesEmbedded how many passages went through the embedding model
 */
public record IngestReport(List<String> added, List<String> updated, List<String> unchanged, int passagesEmbedded,
                           long version) {

}
