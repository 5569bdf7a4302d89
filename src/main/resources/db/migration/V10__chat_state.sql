-- The chat state every process shares (docs/SCALING.md, "Shared chat state and Discord shards").
-- Every row but feedback carries its expiry, computed by the bot from its clock; reads ignore expired
-- rows and state.ExpiredRows deletes them.

-- First-time keys: Slack event ids and retries, shares, votes ("vote/<answer>/<user>"), told-once notices.
CREATE TABLE chat_once (
    key        text        PRIMARY KEY,
    expires_at timestamptz NOT NULL
);
CREATE INDEX chat_once_expires ON chat_once (expires_at);

-- Answers behind buttons, by the short id the buttons carry.
CREATE TABLE chat_answers (
    id         text        PRIMARY KEY,
    kind       text        NOT NULL CHECK (kind IN ('grounded', 'declined')),
    answer     jsonb       NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX chat_answers_expires ON chat_answers (expires_at);

-- What each conversation is about, for follow-ups.
CREATE TABLE chat_conversations (
    platform      text        NOT NULL,
    place         text        NOT NULL,
    films         jsonb       NOT NULL,
    last_question text,
    expires_at    timestamptz NOT NULL,
    PRIMARY KEY (platform, place)
);
CREATE INDEX chat_conversations_expires ON chat_conversations (expires_at);

-- Threads the bot answered in (Slack), where follow-ups need no mention.
CREATE TABLE chat_threads (
    thread     text        PRIMARY KEY,
    expires_at timestamptz NOT NULL
);
CREATE INDEX chat_threads_expires ON chat_threads (expires_at);

-- Votes for later review.
CREATE TABLE chat_feedback (
    id        bigserial   PRIMARY KEY,
    at        timestamptz NOT NULL,
    platform  text        NOT NULL,
    user_id   text        NOT NULL,
    question  text        NOT NULL,
    helpful   boolean     NOT NULL,
    citations jsonb       NOT NULL
);

-- Per-user token buckets, in bucket4j's layout (state: its serialised bucket; expires_at: epoch millis).
CREATE TABLE chat_rate_buckets (
    id         text   PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
CREATE INDEX chat_rate_buckets_expires ON chat_rate_buckets (expires_at);
