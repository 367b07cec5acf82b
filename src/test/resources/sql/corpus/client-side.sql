\copy chats (jid, name) from 'chats.csv' with (format csv, header) \\ not SQL: \copy takes the whole line
\! ls -l \\ also the whole line
\o | grep -v x \\ a pipe takes the rest too
\o out.txt \\ select 'after o';
\h create table
\sf+ public.f(int)
\e
select 1 \w query.sql
;
