-- Routine bodies: every semicolon here but the last on each statement is inside a body.
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();   -- ; in a comment inside the body
    RETURN NEW;
END;
$$;

CREATE FUNCTION nested() RETURNS text LANGUAGE plpgsql AS $body$
DECLARE
    q text := $$ select 'a;b' $$;
BEGIN
    EXECUTE q; RETURN 'done; really';
END
$body$;

DO $do$ BEGIN RAISE NOTICE 'in do; %', $x$;$x$; END $do$;

CREATE FUNCTION atomic_case(n int) RETURNS text LANGUAGE sql
BEGIN ATOMIC
    SELECT CASE WHEN n > 0 THEN 'positive' ELSE 'other' END;
    SELECT 'second; statement';
END;

create or replace procedure p_atomic() language sql begin atomic select 1; end; select 'after procedure';

CREATE RULE r_log AS ON UPDATE TO chats DO ALSO (
    INSERT INTO log VALUES (old.jid);
    NOTIFY chats_changed
);

SELECT $1$$ a parameter, then a quote; $$ AS mixed, foo$$bar AS ident$$;
