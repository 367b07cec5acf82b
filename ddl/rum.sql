-- rum.sql — an optional RUM index on the messages' text, which ranks matches inside the index.
-- Run after setup.sql, on a server that has the rum extension (Debian: postgresql-15-rum):
--   psql -d whatsapp_vayyari_data -f ddl/setup.sql -f ddl/rum.sql
-- `wadb setup --rum` runs both. Idempotent: a second run changes nothing.
--
-- The GIN index (002_messages.sql) finds matches but keeps no word positions, so ranking them reads every
-- match's tsvector from the table: `search --by rank` therefore ranks only the newest 2000 matches. A RUM index
-- keeps the positions and returns matches in order of its distance operator (<=>, smaller is better) without
-- reading the table: with it, `search --by rank` ranks every match. It still scores every match, so a common word
-- costs more than GIN's bounded ranking (at 10M messages, 240 ms against 35 ms for a word in one message in
-- twelve), while phrases and one chat's matches cost less; it also makes the build and every write slower
-- (BENCHMARKS.md, "search").

CREATE EXTENSION IF NOT EXISTS rum;

CREATE INDEX IF NOT EXISTS idx_messages_content_rum ON messages USING rum (content_tsv rum_tsvector_ops);
