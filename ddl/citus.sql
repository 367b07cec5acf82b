-- citus.sql — distributes the schema over a Citus cluster, co-located by chat (jid).
-- Run after setup.sql, on a database where the citus extension is available:
--   psql -d whatsapp_vayyari_data -f ddl/setup.sql -f ddl/citus.sql
-- `wadb setup --citus` runs both. Idempotent: a second run changes nothing. Why each change is needed is in
-- docs/DISTRIBUTED.md.

CREATE EXTENSION IF NOT EXISTS citus;

-- Citus requires every primary key and unique constraint of a distributed table to include the distribution
-- column, and foreign keys between distributed tables to include it on both sides. So:
--   messages:    PRIMARY KEY (id) becomes (jid, id); UNIQUE (message_id) becomes UNIQUE (jid, message_id);
--   media_files: PRIMARY KEY (id) becomes (jid, id); its foreign key to messages becomes
--                (jid, message_id) REFERENCES messages (jid, message_id) ON DELETE SET NULL (message_id),
--                which keeps the seed's behaviour: deleting a message only clears media_files.message_id.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint
                    WHERE conname = 'messages_jid_message_id_key' AND conrelid = 'messages'::regclass) THEN
        ALTER TABLE media_files DROP CONSTRAINT IF EXISTS media_files_message_id_fkey;
        ALTER TABLE messages DROP CONSTRAINT IF EXISTS messages_message_id_key;
        ALTER TABLE messages DROP CONSTRAINT IF EXISTS messages_pkey;
        ALTER TABLE messages ADD CONSTRAINT messages_pkey PRIMARY KEY (jid, id);
        ALTER TABLE messages ADD CONSTRAINT messages_jid_message_id_key UNIQUE (jid, message_id);
        ALTER TABLE media_files DROP CONSTRAINT IF EXISTS media_files_pkey;
        ALTER TABLE media_files ADD CONSTRAINT media_files_pkey PRIMARY KEY (jid, id);
        ALTER TABLE media_files ADD CONSTRAINT media_files_message_id_fkey
            FOREIGN KEY (jid, message_id) REFERENCES messages (jid, message_id) ON DELETE SET NULL (message_id);
    END IF;
END
$$;

-- The pause switch is read by every worker: a reference table keeps a copy on each node.
SELECT create_reference_table('processing_state')
 WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'processing_state'::regclass);

-- Everything that belongs to one chat lives on the same shard: joins and foreign keys by jid stay local.
SELECT create_distributed_table('chats', 'jid')
 WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'chats'::regclass);
SELECT create_distributed_table('messages', 'jid', colocate_with => 'chats')
 WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'messages'::regclass);
SELECT create_distributed_table('chat_tracking_state', 'jid', colocate_with => 'chats')
 WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'chat_tracking_state'::regclass);
SELECT create_distributed_table('media_files', 'jid', colocate_with => 'chats')
 WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'media_files'::regclass);
