package dev.reviewbot.opinion;

import dev.reviewbot.embedding.Vectors;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reviewbot.library.SentencePolarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises opinion questions by meaning: the question's embedding against short descriptions of each kind
 * (and of other questions, so that "how is the acting?" is not taken for "what did the reviewer like?"),
 * and the side it asks for by its own polarity ("hated", "weakest" and "dislike" read as criticism to the
 * same model that scores the reviews' sentences). Descriptions are embedded once, with the model in use.
 */
public final class OpinionReader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OpinionReader.class);

    /** Reads no question as an opinion question. */
    public static final OpinionReader NONE = new OpinionReader(null, SentencePolarity.NONE, OpinionSettings.NONE);

    /** @param side +1 a description of a question asking for praise, -1 for criticism, 0 for neither */
    private record Described(String kind, int side, float[] vector) {
    }

    private final EmbeddingModel model;
    private final SentencePolarity polarity;
    private final OpinionSettings settings;
    private final List<Described> descriptions = new ArrayList<>();
    private final QuestionKindModel kinds;

    /**
     * @param model    embeds questions and headings (the question model: with its search instruction, if any)
     * @param polarity reads a question's side and which way a statement leans: the first of the models the reviews'
     *                 sentences were scored with (the opinion settings were tuned on its scale)
     */
    public OpinionReader(EmbeddingModel model, SentencePolarity polarity, OpinionSettings settings) {
        this(model, polarity, settings, null);
    }

    /**
     * @param kinds the kinds fitted on labelled questions for this model ({@link QuestionKindModel#bundled}): they
     *              decide a question's kind, the descriptions only which of its descriptions is nearest (its side);
     *              null to decide by the nearest description alone
     */
    public OpinionReader(EmbeddingModel model, SentencePolarity polarity, OpinionSettings settings, QuestionKindModel kinds) {
        this.kinds = kinds;
        this.model = model;
        this.polarity = polarity;
        this.settings = settings;
        if (model != null) {
            for (Map.Entry<String, List<String>> kind : settings.kinds().entrySet()) {
                kind.getValue().forEach(d -> descriptions.add(new Described(kind.getKey(), OpinionKind.sideOf(kind.getKey()),
                        Vectors.unit(model.embed(d).content().vector()))));
            }
            if (settings.praise() != null && settings.criticism() != null) {
                descriptions.add(new Described(null, 1, Vectors.unit(model.embed(settings.praise()).content().vector())));
                descriptions.add(new Described(null, -1, Vectors.unit(model.embed(settings.criticism()).content().vector())));
            }
        }
    }

    /**
     * How close a sentence's meaning is to a question's (cosine of their embeddings by the question model): which of
     * two films' sentences says most plainly what a comparison asks ("which is slower?"); NaN without a model.
     */
    public double resemblance(String question, String sentence) {
        if (model == null) {
            return Double.NaN;
        }
        return Vectors.dot(Vectors.unit(model.embed(question).content().vector()),
                Vectors.unit(model.embed(sentence).content().vector()));
    }

    /**
     * How far sentences lean from a plain statement towards the same with a quality ("It is a film." towards "It is
     * a funny film."): each sentence's embedding along the difference of theirs. Resemblance to the quality's own
     * statement rewards any sentence that reads like a remark on the film ("It is not a great film, but..."); the
     * difference keeps only what the quality adds. NaN for every sentence without a model.
     */
    public java.util.function.ToDoubleFunction<String> towards(String plain, String quality) {
        if (model == null) {
            return sentence -> Double.NaN;
        }
        float[] from = Vectors.unit(model.embed(plain).content().vector());
        float[] to = Vectors.unit(model.embed(quality).content().vector());
        float[] direction = new float[to.length];
        for (int i = 0; i < to.length; i++) {
            direction[i] = to[i] - from[i];
        }
        return sentence -> Vectors.dot(Vectors.unit(model.embed(sentence).content().vector()), direction);
    }

    /** The polarity of one sentence (praise .. criticism) by the question-side model; NaN unscored. */
    public double polarityOf(String sentence) {
        return polarity.score(List.of(sentence)).get(0);
    }

    /** The opinion question it is, when it is one; {@code text} is the question without film titles. */
    public Optional<OpinionAsk> read(String text) {
        return read(text, null);
    }

    /**
     * @param meaning the embedding of {@code text} when already made (by the question model); null to embed it
     */
    public Optional<OpinionAsk> read(String text, Embedding meaning) {
        return read(text, meaning, text);
    }

    /**
     * @param sideText the question with what it asks about put as "it" ("which reviewer liked it" for "...liked the
     *                 ending"): its side is read by the polarity model from that, which reads a topic's own words as
     *                 a side ("the ending" -0.65 against "it" -0.03); its kind from {@code text}
     */
    public Optional<OpinionAsk> read(String text, Embedding meaning, String sideText) {
        return read(text, meaning, sideText, null);
    }

    /**
     * @param kindText the question without its titles, as the fitted kinds were fitted: titles read as "the film" made
     *                 "why is the film called Glass Orchard?" two films, a comparison; null to read the kind from
     *                 {@code text}
     */
    public Optional<OpinionAsk> read(String text, Embedding meaning, String sideText, String kindText) {
        if (descriptions.isEmpty()) {
            return Optional.empty();
        }
        float[] question = Vectors.unit((meaning != null ? meaning : model.embed(text).content()).vector());
        boolean sameText = kindText == null || kindText.equals(text.replaceAll("\\s+", " ").strip());
        Optional<OpinionKind> fitted = kinds == null ? null
                : kinds.kindOf(sameText ? question : Vectors.unit(model.embed(kindText).content().vector()));
        return readUnit(text, question, sideText, fitted);
    }

    /**
     * The words of every description of an opinion question (not of "other"): how such questions are put ("do both
     * reviewers like", "which critic hated", "the weaknesses of"), which say nothing of what they are about.
     */
    public String askingWords() {
        return String.join(" ", settings.kinds().entrySet().stream().filter(k -> OpinionKind.named(k.getKey()).isPresent())
                .flatMap(k -> k.getValue().stream()).toList());
    }

    /**
     * Whether a question with this embedding is of an opinion kind, without its side: a cheap first look that
     * spares a question read otherwise a second embedding.
     */
    public boolean mayAsk(Embedding meaning) {
        float[] unit = Vectors.unit(meaning.vector());
        // This look is at the question with its titles read as "it"; the kinds were fitted without them, as the second
        // look reads it. Either the nearest description or the fitted kinds may let it through.
        return !descriptions.isEmpty() && (closest(unit, null).kind().isPresent() || (kinds != null && kinds.kindOf(unit).isPresent()));
    }

    /**
     * The kind the fitted kinds read, with its closest description; without them, the kind of the closest description,
     * none when that is "other" or not close enough.
     *
     * @param fitted the kind the fitted kinds read (empty: none of them); null to go by the nearest description
     */
    private Closest closest(float[] question, Optional<OpinionKind> fitted) {
        String best = null;
        double bestScore = -1;
        for (Described d : descriptions) {
            double score = Vectors.dot(question, d.vector());
            boolean ofKind = d.kind() != null && (fitted == null || fitted.isEmpty() || fitted.equals(OpinionKind.named(d.kind())));
            if (ofKind && score > bestScore) {
                best = d.kind();
                bestScore = score;
            }
        }
        if (fitted != null) {
            return new Closest(fitted, fitted.isEmpty() ? QuestionKindModel.OTHER : best, bestScore);
        }
        return new Closest(bestScore < settings.kindSimilarity() ? Optional.empty() : OpinionKind.named(best), best, bestScore);
    }

    private record Closest(Optional<OpinionKind> kind, String description, double similarity) {
    }

    private Optional<OpinionAsk> readUnit(String text, float[] question, String sideText, Optional<OpinionKind> fitted) {
        Closest closest = closest(question, fitted);
        LOG.debug("opinion kind {} ({}) for {}", closest.description(), String.format("%.3f", closest.similarity()), text);
        if (closest.kind().isEmpty()) {
            return Optional.empty();
        }
        double p = lean(sideText, question);
        // "Strengths and weaknesses", "the good and the bad", "pros & cons": parts joined by "and" that lean opposite
        // ways ask for both sides. (MiniLM reads "the film's strengths and weaknesses" as close to "what are its
        // strengths?" as to any description of both; each part on its own it reads plainly.)
        // A pros-and-cons description naming no side ("pros and cons of the film") asks for both too.
        boolean both = OpinionKind.PROS_CONS.key().equals(closest.description())
                || closest.kind().get() == OpinionKind.PROS_CONS && opposed(text);
        int direction = both || Math.abs(p) < settings.direction() ? 0 : p > 0 ? 1 : -1;
        return Optional.of(new OpinionAsk(closest.kind().get(), direction, p, closest.similarity(), both));
    }

    /** Grammar, not vocabulary: the words and signs that join two parts of a phrase. */
    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile("\\s+(?:and|&)\\s+|\\s*/\\s*");

    /** Whether some part of the question leans to praise and another to criticism, each by {@link #lean}. */
    private boolean opposed(String text) {
        String[] parts = JOINED.split(text);
        if (parts.length < 2) {
            return false;
        }
        boolean praised = false;
        boolean criticised = false;
        for (String part : parts) {
            double p = part.isBlank() ? 0 : lean(part, Vectors.unit(model.embed(part).content().vector()));
            praised |= p >= settings.direction();
            criticised |= p <= -settings.direction();
        }
        return praised && criticised;
    }

    /**
     * How far a question leans to praise (above zero) or criticism: the polarity model reads "best", "wrong", "hated"
     * well but a bare "weaknesses" or "what did they like" hardly at all; the descriptions of questions asking for one
     * side the reverse. Their sum, the margin (closest praise description less closest criticism description) centred
     * by its mean bias on questions.
     */
    private double lean(String text, float[] question) {
        double praise = -1;
        double criticism = -1;
        for (Described d : descriptions) {
            double score = Vectors.dot(question, d.vector());
            praise = d.side() > 0 ? Math.max(praise, score) : praise;
            criticism = d.side() < 0 ? Math.max(criticism, score) : criticism;
        }
        double margin = praise < -0.5 || criticism < -0.5 ? 0 : praise - criticism;
        double model = polarity.score(List.of(text)).get(0);
        double p = (Double.isNaN(model) ? 0 : model) + settings.sideWeight() * (margin + settings.sideBias());
        LOG.debug("  {} leans {} (polarity model {}, margin {})", text, String.format("%.3f", p), String.format("%.3f", model),
                String.format("%.3f", margin));
        return p;
    }

    public OpinionSettings settings() {
        return settings;
    }
}
