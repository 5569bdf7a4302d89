-- The admins' state every process shares (issue 15): where the bot answers, and what it was asked.

-- Per server or workspace ("discord:<id>", "slack:-"), the channels the bot answers in; empty: every channel.
-- A space's row is kept once made (emptied, not deleted), so concurrent updates always find a row to lock.
CREATE TABLE chat_allowed_channels (
    space    text   PRIMARY KEY,
    channels text[] NOT NULL
);

-- Every question answered or declined, for the admins' report; kept for a while (expires_at), then deleted
-- by state.ExpiredRows like the other chat state.
CREATE TABLE chat_questions (
    id         bigserial   PRIMARY KEY,
    at         timestamptz NOT NULL,
    platform   text        NOT NULL,
    space      text,
    question   text        NOT NULL,
    answered   boolean     NOT NULL,
    films      jsonb       NOT NULL,
    aspects    jsonb       NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX chat_questions_at ON chat_questions (at);
CREATE INDEX chat_questions_expires ON chat_questions (expires_at);
