-- 001_chats.sql — WhatsApp chats: one row per individual chat or group.
-- Idempotent: safe to run any number of times.

CREATE TABLE IF NOT EXISTS chats (
    jid         text        PRIMARY KEY,
    name        text,
    is_group    boolean     NOT NULL DEFAULT false,
    metadata    jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Name look-ups (`chats --like`, `--chat NAME`) and "groups only" listings.
CREATE INDEX IF NOT EXISTS idx_chats_name     ON chats (lower(name));
CREATE INDEX IF NOT EXISTS idx_chats_is_group ON chats (is_group);

COMMENT ON TABLE  chats            IS 'WhatsApp chats: individual conversations and groups';
COMMENT ON COLUMN chats.jid        IS 'WhatsApp JID: <digits>@s.whatsapp.net for a person, <id>@g.us for a group (also @broadcast, @lid, @newsletter)';
COMMENT ON COLUMN chats.name       IS 'Chat or group display name';
COMMENT ON COLUMN chats.is_group   IS 'True for group chats';
COMMENT ON COLUMN chats.metadata   IS 'Additional chat data as JSONB (participants, settings, source of import, ...)';
COMMENT ON COLUMN chats.created_at IS 'When the row was created';
COMMENT ON COLUMN chats.updated_at IS 'When the row was last changed';
