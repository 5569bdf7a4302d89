package dev.reviewbot;

import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.review.Review;
import dev.reviewbot.review.ReviewFormatException;
import dev.reviewbot.review.ReviewParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Two small reviews in the shapes web reviews come in, made for the tests (no bundled file): a Markdown
 * review with front matter and headings the vocabulary does not list (numbered, "Behind the Camera", "What
 * works", "The Bottom Line"), and a plain-text review with no headings, a byline and a star line.
 */
public final class SmallReviews {

    public static final String LANTERN_BAY = """
            ---
            title: Lantern Bay
            year: 2021
            reviewer: Odette Brill
            rating: 4/5
            source: Harbour Pictures Weekly
            ---

            A fishing town, a drowned lighthouse and a family that will not leave: Lantern Bay is a sea story told with patience.

            ## 1. The Voices

            Mira Solano plays Agnes Pell, the keeper's widow, with a stillness that makes every small gesture count. Tomas Reyes is warm and funny as her brother Jory, and the two actors share an easy, lived-in chemistry.

            ## Behind the Camera

            Director Hollis Crane keeps the story moving without hurry. The film was lensed by Rasmus Veld, whose wide frames of grey water and low cloud give the town a lonely grandeur.

            ## Sound and Fury

            The score by Lise Dahl uses a single cello and the creak of rope, and it is quietly haunting.

            ## The Bottom Line

            Lantern Bay is a small, sincere film that rewards patience. Recommended for a quiet evening.
            """;

    public static final String MARROW_LANE = """
            By Nadia Ferris

            Marrow Lane is a thriller about a postman who finds a letter that was never meant to be delivered, and it grips from the first scene to the last.

            Petra Lund is excellent as the postman Ivo Marsh, all nervous glances and clipped replies. The villain, a smiling landlord played by Otto Graves, is more cartoonish.

            The film was shot by Kasia Morn in cold blue light, and the night scenes in the sorting office are beautiful to look at.

            The middle drags badly, with twenty minutes of a subplot about a stolen bicycle that goes nowhere. Still, the ending lands.

            ★★★½☆
            """;

    private SmallReviews() {
    }

    public static List<Review> parsed() {
        ReviewParser parser = new ReviewParser(64 * 1024);
        try {
            return List.of(parser.parse("lantern-bay.md", LANTERN_BAY.getBytes(StandardCharsets.UTF_8), null),
                    parser.parse("marrow-lane.txt", MARROW_LANE.getBytes(StandardCharsets.UTF_8), null));
        } catch (ReviewFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bot over just these two reviews, with the real model, in memory. */
    public static ReviewBot bot() {
        ReviewBot bot = ReviewBot.inMemory(TestBots.config(Map.of()), TestBots.loader(Map.of()), TestBots.model());
        bot.library().ingest(parsed());
        return bot;
    }
}
