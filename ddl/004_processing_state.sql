-- 004_processing_state.sql — global pause/resume switch, a single row.
-- Idempotent: safe to run any number of times.

CREATE TABLE IF NOT EXISTS processing_state (
    id            integer     PRIMARY KEY DEFAULT 1
                              CONSTRAINT processing_state_singleton CHECK (id = 1),
    is_paused     boolean     NOT NULL DEFAULT false,
    paused_at     timestamptz,
    resumed_at    timestamptz,
    pause_reason  text,
    updated_at    timestamptz NOT NULL DEFAULT now()
);

INSERT INTO processing_state (id) VALUES (1) ON CONFLICT (id) DO NOTHING;

COMMENT ON TABLE  processing_state              IS 'Global pause/resume state (singleton: exactly one row, id = 1)';
COMMENT ON COLUMN processing_state.id           IS 'Always 1: the CHECK constraint keeps the table a singleton';
COMMENT ON COLUMN processing_state.is_paused    IS 'True while processing is globally paused';
COMMENT ON COLUMN processing_state.paused_at    IS 'When processing was last paused';
COMMENT ON COLUMN processing_state.resumed_at   IS 'When processing was last resumed';
COMMENT ON COLUMN processing_state.pause_reason IS 'Why processing was paused';
COMMENT ON COLUMN processing_state.updated_at   IS 'When the row was last changed';
