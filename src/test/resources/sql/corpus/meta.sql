\set ON_ERROR_STOP 0
\pset format unaligned \\ select 'after pset' as a;
\x \\ \x
select 1 as pending \x
;
select 2 as sent_by_g \g
select 3 as sent_by_gx
\gx
\g
select 4 as one\; select 5 as two;
select 'colon\:kept' as c, 11\:\:text as escaped_cast;
select 6 as discarded
\r
select 7 as after_reset;
\qecho 'quoted \\ arg' "dq" \\ select 8 as after_qecho;
select :undefined_var as v, :'undefined_var' as l, 10::int as cast;
\echo one \echo two
