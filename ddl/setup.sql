-- setup.sql — creates the whole whatsapp_vayyari_data schema, in order.
--   psql -U postgres -c "CREATE DATABASE whatsapp_vayyari_data;"
--   psql -U postgres -d whatsapp_vayyari_data -f ddl/setup.sql
-- `wadb setup` runs the same files. Every file is idempotent, so this can be re-run.

\set ON_ERROR_STOP on
-- "already exists, skipping" notices on a re-run are expected; keep the output quiet.
SET client_min_messages = warning;

BEGIN;
\ir 001_chats.sql
\ir 002_messages.sql
\ir 003_chat_tracking_state.sql
\ir 004_processing_state.sql
\ir 005_media_files.sql
\ir 006_state_changes.sql
COMMIT;
