-- 006_state_changes.sql — every change made by exclude/include/pause/resume/undo and generate, so `undo` can revert it.
-- Idempotent: safe to run any number of times.

CREATE TABLE IF NOT EXISTS state_changes (
    id           bigserial   PRIMARY KEY,
    changed_at   timestamptz NOT NULL DEFAULT now(),
    changed_by   text        NOT NULL DEFAULT current_user,
    command      text        NOT NULL,
    rows_before  jsonb       NOT NULL,
    rows_after   jsonb       NOT NULL,
    undoes       bigint      REFERENCES state_changes (id),
    undone_by    bigint      REFERENCES state_changes (id)
);

-- `undo` without an id takes the newest change that is neither undone nor an undo itself.
CREATE INDEX IF NOT EXISTS idx_state_changes_open
    ON state_changes (id DESC) WHERE undone_by IS NULL AND undoes IS NULL;
CREATE INDEX IF NOT EXISTS idx_state_changes_changed_at ON state_changes (changed_at);

COMMENT ON TABLE  state_changes             IS 'Audit log of state changes made through wadb (exclude, include, pause, resume, undo, generate), written in the same transaction as the change';
COMMENT ON COLUMN state_changes.id          IS 'Change number, as `changes` lists it and `undo ID` takes it';
COMMENT ON COLUMN state_changes.changed_at  IS 'When the change was recorded, after its rows were locked: a row''s changes are in time order';
COMMENT ON COLUMN state_changes.changed_by  IS 'Database user that made the change (current_user)';
COMMENT ON COLUMN state_changes.command     IS 'The wadb command as given, e.g. exclude 919876543210@s.whatsapp.net --reason spam';
COMMENT ON COLUMN state_changes.rows_before IS 'Changed rows before the change: JSON array of {"table", "key", "row"}; row is the whole row as to_jsonb, or null when it did not exist';
COMMENT ON COLUMN state_changes.rows_after  IS 'The same rows after the change, in the same order as rows_before';
COMMENT ON COLUMN state_changes.undoes      IS 'For an undo: the change it reverted';
COMMENT ON COLUMN state_changes.undone_by   IS 'The undo that reverted this change, if any';
