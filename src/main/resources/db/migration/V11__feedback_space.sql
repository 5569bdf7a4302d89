-- The server or workspace a vote was given in (null in a DM), for the admins' per-server report.
ALTER TABLE chat_feedback ADD COLUMN space text;
CREATE INDEX chat_feedback_at ON chat_feedback (at);
