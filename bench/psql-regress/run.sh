#!/usr/bin/env bash
# bench/psql-regress/run.sh -- compare psql 15 and wadb on PostgreSQL 15's
# psql regression suites (src/test/regress/sql/psql.sql, psql_crosstab.sql).
#
# Usage:  bench/psql-regress/run.sh /path/to/wadb.jar [--suite psql|psql_crosstab]... [--only N]...
#         (env HARNESS_DB=<dbname> to use a database name other than "regression")
#         bench/psql-regress/run.sh JAR --report-only   rebuild reports from work/../results.pickle
#         python3 bench/psql-regress/segment.py -v FILE  show the cut points (and refused cuts)
# Files:  run.sh (this wrapper), harness.py (runner/comparer/reporter), segment.py (cutter).
# Output: $PSQL_REGRESS_OUT (default /tmp/wadb-psql-regress): summary.txt, failures.txt,
#         per-segment inputs/outputs in work/<suite>/seg<NNN>.*
# Source: PostgreSQL 15's source is unpacked with ../shared/tools/pg-source into $PG_SOURCE_DIR
#         (default /tmp/pg-source); the suites are read from there, never copied into the project.
#
# What it does, per segment:
#   * the database is named "regression", as under pg_regress, because psql.sql
#     refers to the current database by that name (e.g. \dt regression.x.y);
#     hence the two fresh databases (CREATE DATABASE ... TEMPLATE template0
#     ENCODING 'UTF8' LOCALE 'C.UTF-8') are created one after the other:
#       create db -> replay all earlier segments of the same file with psql
#       (-X -q -v ON_ERROR_STOP=0, output discarded) -> run the segment with
#       psql -> drop db (+ drop roles the suites create);  then the same for wadb.
#   * both programs: -X -a -q -v ON_ERROR_STOP=0 -f SEGFILE (same file path),
#     env -i with PGTZ=PST8PDT PGDATESTYLE='ISO, MDY' (falls back to 'ISO' for
#     both if wadb refuses it), LANG=LC_ALL=C.UTF-8, stdin=/dev/null, timeout 60s.
#   * stdout compared byte for byte; stderr compared after deleting a leading
#     "psql:" / "wadb:" prefix incl. any "FILE:LINE:" part, on every line.
#   * "no result" = psql stdout empty; because -a echoes every input line, this
#     never happens, so segments whose psql stdout consists only of echoed input lines
#     ("echo-only") are also counted as no-result and reported separately.
#
# SEGMENTATION RULE
# A line starts a new segment iff ALL of the following hold:
#   1. it is a comment-only line starting in column 0 with "--"
#      (e.g. "-- \gset", "-- test csv output format", or a bare "--" banner);
#   2. the line before it is blank (whitespace only): i.e. it is the head of a
#      blank-line-separated comment header, not a comment in the middle of a
#      block of commands; the rest of that comment block stays with it;
#   3. scanner state at that point is "top level":
#        - not inside a \if ... \endif block (nesting depth 0; a stray \endif
#          never drives the depth below 0),
#        - not inside COPY ... FROM STDIN data (up to the "\." terminator),
#        - the psql query buffer is empty: no unterminated SQL statement, and not
#          inside a '...' / E'...' / "..." / $tag$...$tag$ literal or a
#          /* ... */ comment (psql's own lexing rules: ';' ends a statement only
#          at parenthesis depth 0; "\;" does not send; \g \gx \gset \gdesc
#          \gexec \crosstabview \watch send the buffer; \r resets it; the
#          arguments of \! \copy \ef \ev \sf \sv \h, and "|pipe" file
#          arguments of \g \gx \o \w, swallow the rest of the line);
#   4. no session state that a following section may depend on is pending,
#      because each segment runs in a brand-new session:
#        - an explicit transaction block (BEGIN/START TRANSACTION not yet
#          closed by COMMIT/ROLLBACK/END/ABORT without AND CHAIN),
#        - SET ROLE / SET search_path not yet undone (RESET ..., SET ... TO
#          DEFAULT, RESET ALL),
#        - a temporary table not yet dropped (any later "drop table NAME" text,
#          including text produced via \gexec, counts as the drop),
#        - a psql behaviour variable at a non-default value: AUTOCOMMIT off,
#          FETCH_COUNT set, ON_ERROR_ROLLBACK on/interactive, VERBOSITY
#          terse/verbose/sqlstate, ECHO other than
#          'all' (the harness runs with -a), SHOW_ALL_RESULTS off.
#   (\if conditions that are literal booleans are evaluated, and SQL text in an
#   inactive branch is discarded at \else/\elif/\endif as psql does, so
#   "(bogus" inside a false branch does not leave a paren open.)
#   5. the first command after the comment block is not one that acts on the
#      current/previous query buffer (\g \gx \gdesc \gset \gexec
#      \crosstabview \p \w \watch), since a new session has no
#      previous query.
# Other psql-side state (\pset settings, other \set variables such as
# SHOW_CONTEXT -- set to 'always' near the end of psql.sql and never reset, the
# previous-query buffer used by a bare \g, PREPAREd statements) is NOT
# protected: it is simply absent at the start of a segment, for psql and wadb
# alike.  A segment consisting only of comments/blank lines is merged into the
# following segment.
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: $0 WADB_JAR [--suite psql|psql_crosstab] [--only N]" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
src_dir=${PG_SOURCE_DIR:-/tmp/pg-source}
pg=$("$here/../../../shared/tools/pg-source" "$src_dir" | tail -n 1)
export PSQL_REGRESS_SQL="${pg%/}/src/test/regress/sql"
mkdir -p "${PSQL_REGRESS_OUT:-/tmp/wadb-psql-regress}"
exec python3 "$here/harness.py" "$@"
