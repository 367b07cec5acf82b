-- 003_chat_tracking_state.sql — per-chat exclusion list and resume point.
-- Idempotent: safe to run any number of times.

CREATE TABLE IF NOT EXISTS chat_tracking_state (
    jid                        text        PRIMARY KEY REFERENCES chats (jid) ON DELETE CASCADE,
    is_excluded                boolean     NOT NULL DEFAULT false,
    excluded_at                timestamptz,
    exclude_reason             text,
    last_processed_message_id  text,
    last_processed_at          timestamptz,
    resume_mode                text        NOT NULL DEFAULT 'from_last'
                                           CONSTRAINT chat_tracking_state_resume_mode_check
                                           CHECK (resume_mode IN ('from_last', 'from_now')),
    updated_at                 timestamptz NOT NULL DEFAULT now()
);

-- The exclusion list is small and read on every processing step.
CREATE INDEX IF NOT EXISTS idx_chat_tracking_state_excluded
    ON chat_tracking_state (jid) WHERE is_excluded;

COMMENT ON TABLE  chat_tracking_state                           IS 'Exclusion list and tracking (resume point) per chat';
COMMENT ON COLUMN chat_tracking_state.jid                       IS 'Chat (references chats.jid, ON DELETE CASCADE)';
COMMENT ON COLUMN chat_tracking_state.is_excluded               IS 'True when the chat is excluded from processing';
COMMENT ON COLUMN chat_tracking_state.excluded_at               IS 'When the chat was excluded';
COMMENT ON COLUMN chat_tracking_state.exclude_reason            IS 'Why the chat was excluded';
COMMENT ON COLUMN chat_tracking_state.last_processed_message_id IS 'Resume point: WhatsApp id of the last processed message';
COMMENT ON COLUMN chat_tracking_state.last_processed_at         IS 'When the last message was processed';
COMMENT ON COLUMN chat_tracking_state.resume_mode               IS 'How to resume: from_last (catch up from the resume point) or from_now (skip the backlog)';
COMMENT ON COLUMN chat_tracking_state.updated_at                IS 'When the row was last changed';
