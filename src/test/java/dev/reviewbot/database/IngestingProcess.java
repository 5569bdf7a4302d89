package dev.reviewbot.database;

import dev.reviewbot.SmallReviews;
import dev.reviewbot.TestBots;
import dev.reviewbot.app.ReviewBot;
import dev.reviewbot.config.BotConfig;
import dev.reviewbot.review.Review;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A second ReviewBot process for {@link KilledIngestTest}: opens a bot over the database (its own data
 * directory and replica), prints {@value #INGESTING} and ingests a large batch in one call, then prints
 * {@value #INGESTED} (which a killed process never does).
 *
 * <p>Arguments: the database's JDBC URL, the data directory, how many copies of each of
 * {@link SmallReviews} to ingest (each under a title of its own). The copies repeat the same text, so the real
 * model embeds each distinct text once and the batch costs the time of its database writes, not of embedding.
 */
public final class IngestingProcess {

    static final String INGESTING = "ingesting";
    static final String INGESTED = "ingested";

    private IngestingProcess() {
    }

    public static void main(String[] args) {
        String url = args[0];
        Path dataDir = Path.of(args[1]);
        int copies = Integer.parseInt(args[2]);
        BotConfig config = TestBots.config(Map.of()).withDataDir(dataDir)
                .withDatabase(new DatabaseSettings(url, 2, 30, 600));
        try (ReviewBot bot = ReviewBot.persistent(config, TestBots.loader(Map.of()), new dev.reviewbot.bench.ReusedVectors(TestBots.model()))) {
            List<Review> batch = copies(copies);
            System.out.println(INGESTING + " " + batch.size() + " reviews after version " + bot.library().version());
            System.out.flush();
            bot.library().ingest(batch);
            System.out.println(INGESTED);
        }
        System.exit(0); // the model's and the pool's threads would keep the JVM alive
    }

    /** Each of the small reviews again under the titles "Lantern Bay 1", "Lantern Bay 2", ... */
    static List<Review> copies(int copies) {
        List<Review> batch = new ArrayList<>();
        for (int i = 1; i <= copies; i++) {
            for (Review r : SmallReviews.parsed()) {
                String title = r.title() + " " + i;
                batch.add(new Review(Review.idFor(title, r.reviewer()), title, r.year(), r.reviewer(), r.rating(),
                        r.source(), r.sections()));
            }
        }
        return batch;
    }

}
