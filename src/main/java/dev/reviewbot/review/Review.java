package dev.reviewbot.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A film review split into ordered sections. Several reviews of one film coexist; {@link #id()} tells
 * them apart (the film and the reviewer, or the file the review came from).
 *
 * @param year     release year, or null when the review does not give one
 * @param reviewer who wrote it; where no person signs it, its front matter's source (a jury, an outlet); null
 *                 when neither is known
 * @param rating   the reviewer's rating as written ("4/5"), or null
 * @param source   where it was published or the file it came from
 */
public record Review(String id, String title, Integer year, String reviewer, String rating, String source,
                     List<Section> sections) {

    public Review {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a review needs at least one section: " + title);
        }
    }

    public Optional<Section> section(String name) {
        return sections.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    /** "Ballerina (review by Jane Doe)" where the reviewer is known, else the title. */
    public String displayName() {
        return reviewer == null ? title : title + " (review by " + reviewer + ")";
    }

    /** A digest of everything that would change what is indexed: unchanged reviews are not re-embedded. */
    public String contentHash() {
        StringBuilder all = new StringBuilder().append(title).append('\u0000').append(year).append('\u0000')
                .append(reviewer).append('\u0000').append(rating).append('\u0000').append(source);
        sections.forEach(s -> all.append('\u0000').append(s.name()).append('\u0001').append(s.text()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** A stable id from the film and who wrote the review (or, lacking a reviewer, the file name). */
    public static String idFor(String title, String reviewerOrFile) {
        return slug(title) + "/" + slug(reviewerOrFile == null ? "anonymous" : reviewerOrFile);
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "untitled" : slug;
    }
}
