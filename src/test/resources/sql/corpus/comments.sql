-- Header comment; with a semicolon.
-- Another one.

/* A block comment before a statement is sent with it. */
select 1 as after_block;

select 2 /* nested /* comment ; */ with ; semicolons */ as nested;
select 3 -- trailing ; comment
     as trailing;
select 4 /* spans
   lines ; $$ ' "
*/ as multi;
select 5 as last; -- comment after the last statement
