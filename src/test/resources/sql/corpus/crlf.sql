select 1;
select 'a
b'
;
\x
select 2 \g
