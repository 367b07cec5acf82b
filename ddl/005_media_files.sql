-- 005_media_files.sql — media files with their MinIO and DeepLens locations.
-- Idempotent: safe to run any number of times.

CREATE TABLE IF NOT EXISTS media_files (
    id             bigserial   PRIMARY KEY,
    message_id     text        REFERENCES messages (message_id) ON DELETE SET NULL,
    jid            text        NOT NULL REFERENCES chats (jid) ON DELETE CASCADE,
    media_type     text        NOT NULL
                               CONSTRAINT media_files_media_type_check
                               CHECK (media_type IN ('photo', 'video', 'audio', 'document')),
    mime_type      text,
    file_name      text,
    file_size      bigint,
    minio_url      text        NOT NULL,
    deeplens_url   text,
    upload_status  text        NOT NULL DEFAULT 'pending'
                               CONSTRAINT media_files_upload_status_check
                               CHECK (upload_status IN ('pending', 'uploaded', 'migrated', 'failed')),
    metadata       jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS idx_media_files_message_id    ON media_files (message_id);
CREATE INDEX IF NOT EXISTS idx_media_files_jid           ON media_files (jid);
CREATE INDEX IF NOT EXISTS idx_media_files_media_type    ON media_files (media_type);
CREATE INDEX IF NOT EXISTS idx_media_files_upload_status ON media_files (upload_status);
CREATE INDEX IF NOT EXISTS idx_media_files_created_at    ON media_files (created_at);

COMMENT ON TABLE  media_files               IS 'Media file metadata with MinIO and DeepLens URLs and upload status';
COMMENT ON COLUMN media_files.id            IS 'Surrogate key (auto-increment)';
COMMENT ON COLUMN media_files.message_id    IS 'Message the file came with (references messages.message_id, ON DELETE SET NULL)';
COMMENT ON COLUMN media_files.jid           IS 'Chat the file belongs to (references chats.jid, ON DELETE CASCADE)';
COMMENT ON COLUMN media_files.media_type    IS 'photo, video, audio or document';
COMMENT ON COLUMN media_files.mime_type     IS 'MIME type, e.g. image/jpeg';
COMMENT ON COLUMN media_files.file_name     IS 'Original file name';
COMMENT ON COLUMN media_files.file_size     IS 'Size in bytes';
COMMENT ON COLUMN media_files.minio_url     IS 'Current location in MinIO';
COMMENT ON COLUMN media_files.deeplens_url  IS 'Location in the DeepLens bucket once migrated';
COMMENT ON COLUMN media_files.upload_status IS 'pending, uploaded, migrated or failed';
COMMENT ON COLUMN media_files.metadata      IS 'Additional file data as JSONB (dimensions, duration, checksum, ...)';
COMMENT ON COLUMN media_files.created_at    IS 'When the row was created';
COMMENT ON COLUMN media_files.updated_at    IS 'When the row was last changed';
