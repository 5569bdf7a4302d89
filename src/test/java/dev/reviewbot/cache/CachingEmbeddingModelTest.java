package dev.reviewbot.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Cache;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.reviewbot.TestBots;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A repeated question skips the model; batches (ingest) never fill the question cache. */
class CachingEmbeddingModelTest {

    /** The real model, counting single embeddings and batches. */
    private static final class Counting implements EmbeddingModel {
        final AtomicInteger single = new AtomicInteger();
        final AtomicInteger batches = new AtomicInteger();
        private final EmbeddingModel real = TestBots.model();

        @Override
        public Response<Embedding> embed(String text) {
            single.incrementAndGet();
            return real.embed(text);
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            batches.incrementAndGet();
            return real.embedAll(segments);
        }

        @Override
        public int dimension() {
            return real.dimension();
        }

        @Override
        public String modelName() {
            return "counting";
        }
    }

    private final AtomicLong nanos = new AtomicLong();
    private final Counting model = new Counting();
    private final CachingEmbeddingModel caching = new CachingEmbeddingModel(model,
            CacheSettings.build("maximumSize=100,expireAfterWrite=1m", nanos::get));

    @Test
    void aRepeatedQuestion_isEmbeddedOnce_andGetsTheSameVector() {
        Embedding first = caching.embed("how is the acting?").content();
        Embedding again = caching.embed(TextSegment.from("how is the acting?")).content();

        assertThat(model.single).hasValue(1);
        assertThat(again.vector()).isEqualTo(first.vector());
        assertThat(first.vector()).isEqualTo(model.real.embed("how is the acting?").content().vector());
        assertThat(caching.cache().stats().hitCount()).isEqualTo(1);
        assertThat(caching.cache().stats().missCount()).isEqualTo(1);
        caching.embed("who wrote the score?");
        assertThat(model.single).hasValue(2);
    }

    @Test
    void aQuestion_isEmbeddedAgain_afterTheCacheExpiresIt() {
        caching.embed("how is the acting?");
        nanos.addAndGet(Duration.ofMinutes(2).toNanos());

        caching.embed("how is the acting?");

        assertThat(model.single).hasValue(2);
    }

    @Test
    void aBatch_goesStraightToTheModel_andIsNotCached() {
        List<Embedding> vectors = caching.embedAll(List.of(TextSegment.from("one passage"), TextSegment.from("another")))
                .content();

        assertThat(vectors).hasSize(2);
        assertThat(model.batches).hasValue(1);
        assertThat(caching.cache().estimatedSize()).isZero();
    }

    @Test
    void theModelsNameAndDimension_areTheWrappedModels() {
        assertThat(caching.dimension()).isEqualTo(384);
        assertThat(caching.modelName()).isEqualTo("counting");
    }

    @Test
    void cacheSettings_refuseABadSpec_atStartUp_namingIt() {
        assertThatThrownBy(() -> new CacheSettings("maximumSize=10", "maximumSize=ten", "maximumSize=10"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximumSize");
        assertThatThrownBy(() -> new CacheSettings("maximumSize=10", "maximumSize=10", "expireAfterWrite=soon"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expireAfterWrite");
        assertThatThrownBy(() -> new CacheSettings("colour=blue", "maximumSize=10", "maximumSize=10"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
        assertThat(new CacheSettings("maximumSize=1", "maximumSize=2", "maximumSize=3").embeddings()).isEqualTo("maximumSize=2");
    }

    @Test
    void aBuiltCache_keepsItsSizeAndRecordsStats() {
        Cache<String, String> cache = CacheSettings.build("maximumSize=2", nanos::get);

        cache.getIfPresent("missing");
        cache.put("a", "1");
        cache.getIfPresent("a");

        assertThat(cache.stats().hitCount()).isEqualTo(1);
        assertThat(cache.stats().missCount()).isEqualTo(1);
        assertThat(cache.policy().eviction().orElseThrow().getMaximum()).isEqualTo(2);
    }
}
