select 'it''s; one string', E'it\'s; another', e'back\\slash';
select 'multi
line;

with a blank line' as s;
select "quoted;""ident" from (select 1 as "quoted;""ident") t;
select U&'d\0061t\+000061;' as u, U&"col;" from (select 1 as "col;") t;
select B'0101', X'1F', N'national;';
select '-- not a comment;', '/* not a comment; */' as c;
select E'esc\'aped
across lines;' as e;
select somE'\' as plain;
select 1e'\'' as junk'; -- psql 15: 1e is a junk number, not 1 and E'
select 'never closed at end of file;
