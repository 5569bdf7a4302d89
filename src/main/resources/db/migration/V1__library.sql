-- The library, when PostgreSQL is its system of record (docs/SCALING.md). Each ReviewBot process keeps a
-- Lucene replica in its data directory that follows library_changes; it never re-embeds: vectors are here.
-- Schema versions 1-9 are the library's; 10 and up belong to the shared chat state.

-- One row: which library this is (a replica built from another database is rebuilt) and its version,
-- which only grows. Writers lock this row, so versions are handed out one at a time.
CREATE TABLE library_head (
    singleton  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    library_id UUID    NOT NULL DEFAULT gen_random_uuid(),
    version    BIGINT  NOT NULL DEFAULT 0
);
INSERT INTO library_head DEFAULT VALUES;

-- What each version changed: the review ids written (added or replaced) and removed.
CREATE TABLE library_changes (
    version    BIGINT PRIMARY KEY,
    written    TEXT[] NOT NULL,
    removed    TEXT[] NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE reviews (
    id           TEXT PRIMARY KEY,
    title        TEXT    NOT NULL,
    year         INTEGER,
    reviewer     TEXT,
    rating       TEXT,
    source       TEXT,
    content_hash TEXT    NOT NULL,
    version      BIGINT  NOT NULL   -- the library version that wrote it
);

CREATE TABLE review_sections (
    review_id TEXT    NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      TEXT    NOT NULL,
    text      TEXT    NOT NULL,
    PRIMARY KEY (review_id, position)
);

-- Passages as embedded at ingest: what the Lucene index stores per passage, and its vector.
CREATE TABLE passages (
    id            TEXT    PRIMARY KEY,
    review_id     TEXT    NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    film          TEXT    NOT NULL,
    reviewer      TEXT,
    section       TEXT    NOT NULL,
    section_index INTEGER NOT NULL,
    passage_index INTEGER NOT NULL,
    text          TEXT    NOT NULL,
    polarity      TEXT,             -- each sentence's polarity, Polarities.encoded(); null when unscored
    aspects       TEXT[],           -- aspects labelled at ingest; null when not labelled
    embedded_by   TEXT    NOT NULL, -- the model and polarity weights (PassageEmbedder.signature())
    vector        BYTEA   NOT NULL  -- float32, little-endian
);
CREATE INDEX passages_by_review ON passages (review_id);
