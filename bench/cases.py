"""The six cases of issue 7 and chats (issue 17), each wadb against psql in the same run, contenders alternating.

Every wadb contender runs twice over when the launcher has warm start: as users run it (the launcher's
client relays the command to a warm server JVM; named plainly, e.g. "wadb export csv") and cold, a JVM of
its own per command (WADB_WARM=off; the same name with " (cold)"). Both are compared with the same psql.

Each case returns plain data (lists and dicts of numbers and strings) that report.py turns into
BENCHMARKS.md and that bench/run saves as results.json.
"""

import hashlib
import itertools
import json
import os
import re
import select
import shlex
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import measure

SEARCH_LINE_LIMIT = 600  # seconds to wait for one search answer before giving up on the session
COLD = " (cold)"  # the suffix of a wadb contender's twin run with WADB_WARM=off
WARM_CLIENT_RSS_KB = 20 * 1024  # a relayed call's process is the C client (~2 MB); a direct run is a JVM (60+ MB)
WARM_START_LIMIT = 60  # seconds to wait for the warm server to answer before the timed runs


@dataclass
class Bench:
    """What every case needs: the two programs, where the server is, where files go, how often to run."""

    wadb: list  # argv prefix that starts wadb (the installed launcher, or java -jar)
    psql: str
    server_url: str  # postgresql://user@host:port, no database
    workdir: Path
    runs: int
    log: callable
    env: dict = None  # the environment of every wadb command: the bench's own XDG_RUNTIME_DIR and WADB_WARM_IDLE
    warm: measure.WarmServers = None  # the bench's warm servers; None when the launcher has no warm start

    def url(self, database):
        return f"{self.server_url}/{database}"

    def cold_env(self):
        return dict(self.env or os.environ, WADB_WARM="off")

    def wadb_argv(self, database, *args):
        return self.wadb + ["--url", self.url(database), *args]

    def psql_argv(self, database, *args):
        return [self.psql, "-X", "-d", self.url(database), *args]

    def query(self, database, sql):
        """Runs SQL with psql, untimed; its unaligned output."""
        done = subprocess.run(self.psql_argv(database, "-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql),
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise measure.BenchError(f"psql failed on {sql!r}: {done.stderr.strip()}")
        return done.stdout.strip()

    def output(self, name):
        return self.workdir / name


@dataclass
class Contender:
    """One program in a case: its name in the report, its command, the file it writes (if any).

    `warm` (the bench's WarmServers) marks a wadb command that may run in a warm server: its samples then
    include that server's CPU and peak RSS.
    """

    tool: str
    argv: list
    output: Path = None
    env: dict = None
    warm: measure.WarmServers = None

    def clear(self):
        if self.output is not None and self.output.exists():
            self.output.unlink()

    def run(self, database):
        self.clear()
        return measure.run(self.argv, database=database, env=self.env, warm=self.warm)

    def command(self):
        return command_text(self.argv, self.env)


def command_text(argv, env):
    """The command as a shell line; WADB_WARM=off in front when it runs cold."""
    prefix = "WADB_WARM=off " if env and env.get("WADB_WARM") == "off" else ""
    return prefix + shlex.join(str(a) for a in argv)


def wadb_twins(bench, tool, make_argv, output_name=None):
    """The wadb contender `tool` as the launcher runs it (warm when it can) and, with warm start, its cold twin.

    make_argv(output) gives the command for an output file (None without one); the cold twin writes
    `output_name` with "-cold" before the suffix, so the two never share a file.
    """
    def one(name, env, warm, tag):
        output = None
        if output_name:
            stem, dot, suffix = output_name.partition(".")
            output = bench.output(f"{stem}{tag}{dot}{suffix}")
        return Contender(name, make_argv(output), output, env=env, warm=warm)

    if not bench.warm:
        return [one(tool, bench.env, None, "")]
    return [one(tool, bench.env, bench.warm, ""), one(tool + COLD, bench.cold_env(), None, "-cold")]


def ensure_warm(bench, database):
    """Before timed warm runs: waits until the bench's warm server exists and has run a call itself.

    The first wadb call without a server starts one in the background and runs directly; a timed warm run
    must not be that call. So: wait for a socket in the bench's runtime directory (making a call to start a
    server when none runs), then make calls until one is relayed (its process is the small C client).
    """
    if not bench.warm:
        return
    sockets = Path(bench.env["XDG_RUNTIME_DIR"]) / "wadb"
    argv = bench.wadb_argv(database, "-c", "select 1")
    deadline = time.monotonic() + WARM_START_LIMIT
    while time.monotonic() < deadline:
        listening = sockets.is_dir() and any(path.is_socket() for path in sockets.iterdir())
        if listening or not bench.warm.pids():
            sample = measure.run(argv, env=bench.env, warm=bench.warm)
            if listening and relayed(sample):
                bench.log(f"    warm server {', '.join(map(str, bench.warm.pids()))} answers: {describe(sample)}")
                return
        time.sleep(0.1)
    raise measure.BenchError(f"no warm server answered within {WARM_START_LIMIT} s (see {sockets}/*.log)")


def relayed(sample):
    """Whether a warm contender's run went to the warm server (else its own JVM ran it)."""
    return sample.warm_cpu is not None and sample.client_rss_kb < WARM_CLIENT_RSS_KB


def check_relayed(bench, tool, sample, warm):
    if warm and not relayed(sample):
        bench.log(f"    WARNING: {tool} ran in a JVM of its own, not in the warm server"
                  f" (client {sample.client_rss_kb / 1024:.0f} MB)")


@dataclass
class CaseResult:
    case: str
    title: str
    rows: int
    contenders: list
    samples: dict = field(default_factory=dict)  # tool -> [Sample]
    pairs: list = field(default_factory=list)  # (wadb tool, psql tool) whose ratio the report gives
    check: str = ""
    script: str = None  # a psql script a command runs, shown with the commands

    def to_json(self):
        return {"case": self.case, "title": self.title, "rows": self.rows, "check": self.check,
                "pairs": self.pairs, "script": self.script,
                "commands": {c.tool: c.command() for c in self.contenders},
                "samples": {tool: [s.to_json() for s in samples] for tool, samples in self.samples.items()}}


def alternate(bench, database, contenders, runs=None, prepare=None, verify=None):
    """Runs every contender `runs` (default bench.runs) times, rotating the order each round; tool -> [Sample]."""
    runs = runs or bench.runs
    samples = {c.tool: [] for c in contenders}
    for round_number, order in enumerate(measure.rotations(contenders, runs), 1):
        for contender in order:
            if prepare:
                prepare()
            sample = contender.run(database)
            if verify:
                verify(contender)
            check_relayed(bench, contender.tool, sample, contender.warm)
            samples[contender.tool].append(sample)
            bench.log(f"    run {round_number}/{runs} {contender.tool:<26} {describe(sample)}")
        for contender in contenders:
            contender.clear()
    return samples


def describe(sample):
    server = "" if sample.server_cpu is None else f", server {sample.server_cpu:.2f} s"
    warm = "" if sample.warm_cpu is None else f" (warm server {sample.warm_cpu:.2f} s, {sample.warm_rss_kb / 1024:.0f} MB)"
    return f"{sample.wall:7.3f} s wall, {sample.cpu:.2f} s cpu{server}, {sample.rss_kb / 1024:.0f} MB{warm}"


def first_runs(bench, database, contenders, url_database=None):
    """One untimed run of each contender: warms the caches and leaves the files for the output check.

    Then, when a contender runs warm, waits until the warm server answers (ensure_warm, on url_database,
    else database), so that no timed warm run is one that starts the server.
    """
    for contender in contenders:
        bench.log(f"    warm-up {contender.tool:<26} {describe(contender.run(database))}")
    if any(contender.warm for contender in contenders):
        ensure_warm(bench, url_database or database)


# ---- 1-3: exports and the table -----------------------------------------------------------------------

def csv_export(bench, database, rows):
    wadbs = wadb_twins(bench, "wadb export csv", lambda out: bench.wadb_argv(
        database, "export", "--table", "messages", "--format", "csv", "--output", out), "wadb.csv")
    # The default goes over one connection per two cores on one snapshot (issue 19); --jobs 1 is one stream.
    wadbs += wadb_twins(bench, "wadb export csv --jobs 1", lambda out: bench.wadb_argv(
        database, "export", "--table", "messages", "--format", "csv", "--jobs", "1", "--output", out), "wadb-1.csv")
    psql = Contender("psql \\copy", bench.psql_argv(database, "-c", f"\\copy messages to '{bench.output('psql.csv')}'"
                                                                     " csv header"), bench.output("psql.csv"))
    # COPY of a table leaves out generated columns (content_tsv); COPY of SELECT * has them, as export does.
    select = Contender("psql \\copy (select *)", bench.psql_argv(
        database, "-c", f"\\copy (select * from messages) to '{bench.output('psql-select.csv')}' csv header"),
        bench.output("psql-select.csv"))
    result = CaseResult("csv", "CSV export of messages", rows, wadbs + [psql, select],
                        pairs=[(w.tool, p.tool) for w in wadbs for p in (psql, select)])
    first_runs(bench, database, result.contenders)
    wadb = wadbs[0]
    result.check = "; ".join([f"{'wadb' + w.tool.removeprefix('wadb export csv')} vs {psql.tool}:"
                              f" {same_bytes(psql.output, w.output)}" for w in wadbs]
                             + [f"wadb vs {select.tool}: {same_bytes(select.output, wadb.output)}"])
    result.samples = alternate(bench, database, result.contenders)
    return result


def json_export(bench, database, rows):
    contenders = [twin for fmt in ("json", "ndjson") for twin in wadb_twins(
        bench, f"wadb export {fmt}", lambda out, fmt=fmt: bench.wadb_argv(
            database, "export", "--table", "messages", "--format", fmt, "--output", out), f"wadb.{fmt}")]
    psql = Contender("psql row_to_json", bench.psql_argv(database, "-At", "-c", "select row_to_json(m) from messages m",
                                                         "-o", bench.output("psql.json")), bench.output("psql.json"))
    result = CaseResult("json", "JSON / NDJSON export of messages", rows, contenders + [psql],
                        pairs=[(c.tool, psql.tool) for c in contenders])
    first_runs(bench, database, result.contenders)
    result.check = "; ".join(f"{c.tool.removeprefix('wadb export ')} vs row_to_json:"
                             f" {same_json_rows(psql.output, c.output)}" for c in contenders)
    result.samples = alternate(bench, database, result.contenders)
    return result


def table_print(bench, database, rows):
    sql = "select * from messages"
    wadbs = wadb_twins(bench, "wadb table", lambda out: bench.wadb_argv(database, "-c", sql, "-o", out), "wadb.txt")
    psql = Contender("psql aligned", bench.psql_argv(database, "-c", sql, "-o", bench.output("psql.txt")),
                     bench.output("psql.txt"))
    fetch = Contender("psql FETCH_COUNT=1000", bench.psql_argv(database, "-v", "FETCH_COUNT=1000", "-c", sql, "-o",
                                                               bench.output("psql-fetch.txt")),
                      bench.output("psql-fetch.txt"))
    result = CaseResult("table", "select * from messages as an aligned table, into a file", rows,
                        wadbs + [psql, fetch], pairs=[(w.tool, p.tool) for w in wadbs for p in (psql, fetch)])
    first_runs(bench, database, result.contenders)
    result.check = "; ".join(f"{'wadb' + w.tool.removeprefix('wadb table')} vs psql aligned:"
                             f" {same_bytes(psql.output, w.output)}" for w in wadbs)
    result.samples = alternate(bench, database, result.contenders)
    return result


def chats(bench, database, rows):
    """`wadb chats` vs psql running the SQL it shows (--show-sql), both as an aligned table into a file (issue 17)."""
    done = subprocess.run(bench.wadb_argv(database, "chats", "--show-sql"), capture_output=True, text=True,
                          env=bench.cold_env())
    if done.returncode != 0:
        raise measure.BenchError(f"wadb chats --show-sql failed: {done.stderr.strip()}")
    wadbs = wadb_twins(bench, "wadb chats", lambda out: bench.wadb_argv(database, "-o", out, "chats"), "chats.txt")
    psql = Contender("psql chats SQL", bench.psql_argv(database, "-c", done.stdout, "-o", bench.output("psql-chats.txt")),
                     bench.output("psql-chats.txt"))
    result = CaseResult("chats", "chats (count and last activity per chat) as an aligned table, into a file", rows,
                        wadbs + [psql], pairs=[(w.tool, psql.tool) for w in wadbs])
    first_runs(bench, database, result.contenders)
    result.check = "; ".join(f"{'wadb' + w.tool.removeprefix('wadb chats')} vs psql:"
                             f" {same_bytes(psql.output, w.output)}" for w in wadbs)
    result.samples = alternate(bench, database, result.contenders)
    return result


def same_bytes(expected, actual):
    """'identical (N bytes, sha256 …)' or where the two files first differ."""
    digests = []
    for path in (expected, actual):
        digest = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
        digests.append(digest.hexdigest())
    if digests[0] == digests[1]:
        return f"identical ({expected.stat().st_size:,} bytes, sha256 {digests[0][:12]}…)"
    with open(expected, "rb") as a, open(actual, "rb") as b:
        for number, (line_a, line_b) in enumerate(zip(a, b), 1):
            if line_a != line_b:
                at = next((i for i, (x, y) in enumerate(zip(line_a, line_b)) if x != y), min(len(line_a), len(line_b)))
                start = max(0, at - 20)
                return (f"DIFFER at line {number}, byte {at}: {line_a[start:at + 40]!r}"
                        f" vs {line_b[start:at + 40]!r}")
    return f"DIFFER in length ({expected.stat().st_size:,} vs {actual.stat().st_size:,} bytes)"


def json_rows(path):
    """The row objects of NDJSON or of a JSON array written one object per line, as text lines."""
    with open(path, "rb") as f:
        for line in f:
            line = line.rstrip(b"\n")
            if line in (b"[", b"]"):
                continue
            yield line[:-1] if line.endswith(b",") else line


def same_json_rows(expected, actual):
    """Compares row by row: byte-equal, or equal once parsed (key order and spacing aside)."""
    rows = reparsed = 0
    missing = object()
    for rows, (a, b) in enumerate(itertools.zip_longest(json_rows(expected), json_rows(actual), fillvalue=missing), 1):
        if a is missing or b is missing:
            return f"DIFFER in row count (one ends at row {rows})"
        if a != b:
            if json.loads(a) != json.loads(b):
                return f"DIFFER at row {rows}: {a[:80]!r} vs {b[:80]!r}"
            reparsed += 1
    same = "identical text" if reparsed == 0 else f"equal as JSON ({reparsed:,} rows differ only in spacing)"
    return f"{same}, {rows:,} rows"


# ---- 4: search ----------------------------------------------------------------------------------------

def search_words(bench, database, count):
    """`count` words spread over the frequency ranks of the data (common to rare), deterministic."""
    words = bench.query(database, "select word from ts_stat('select content_tsv from messages')"
                                  " where word ~ '^[a-z]{3,}$' and ndoc >= 5 order by ndoc desc, word").split()
    if len(words) < count:
        raise measure.BenchError(f"only {len(words)} searchable words in {database}")
    return [words[i * len(words) // count] for i in range(count)]


def search_sql(bench, database, words):
    """The SQL `wadb search WORD` runs, from its --explain, with the parameters written in as literals."""
    session = "".join(f"search {word} --explain\n\\echo @@explained\n" for word in words)
    done = subprocess.run(bench.wadb_argv(database), input=session, capture_output=True, text=True, env=bench.env)
    if done.returncode != 0:
        raise measure.BenchError(f"wadb search --explain failed: {done.stderr.strip()}")
    statements = []
    for block in done.stdout.split("@@explained\n")[:len(words)]:
        params = dict(re.findall(r"^-- \$(\d+) = (.*)$", block, re.M))
        sql = "\n".join(line for line in block.splitlines() if line and not line.startswith("-- "))
        statements.append(re.sub(r"\$(\d+)\b", lambda m: params[m.group(1)], sql))
    return statements


class Session:
    """One piped session: sends a block of input, waits until a marker echoes back, and times that."""

    def __init__(self, argv, database, env=None, warm=None):
        self.measured = measure.Measured(argv, database=database, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         env=env, warm=warm)
        self.stdout = self.measured.process.stdout.fileno()
        self.pending = b""
        self.count = 0

    def ask(self, text):
        """Seconds from sending `text` to the end of its answer; the answer."""
        self.count += 1
        marker = f"@@bench {self.count}\n".encode()
        started = time.perf_counter()
        self.measured.process.stdin.write(text.encode() + b"\\echo " + marker)
        self.measured.process.stdin.flush()
        while marker not in self.pending:
            ready, _, _ = select.select([self.stdout], [], [], SEARCH_LINE_LIMIT)
            chunk = os.read(self.stdout, 1 << 16) if ready else b""
            if not chunk:
                raise measure.BenchError(f"no answer to {text!r} from {self.measured.argv[0]}")
            self.pending += chunk
        elapsed = time.perf_counter() - started
        answer, self.pending = self.pending.split(marker, 1)
        return elapsed, answer.decode("utf-8", "replace")

    def close(self):
        self.measured.process.stdin.close()
        while os.read(self.stdout, 1 << 16):
            pass
        return self.measured.finish()


def search_session(argv, database, connect, inputs, env=None, warm=None):
    """Latencies of `inputs` in one session after `connect`; (session Sample, latencies, answers)."""
    session = Session(argv, database, env=env, warm=warm)
    session.ask(connect)
    timed = [session.ask(text) for text in inputs]
    return session.close(), [t for t, _ in timed], [answer for _, answer in timed]


def row_counts(answers):
    return [int(m.group(1)) if (m := re.search(r"^\((\d+) rows?\)$", a, re.M)) else None for a in answers]


def psql_timings(answers):
    """psql's own \\timing figure for each answer, seconds."""
    return [float(re.search(r"^Time: ([\d.]+) ms", a, re.M).group(1)) / 1000 for a in answers]


def search(bench, database, rows, count):
    words = search_words(bench, database, count)
    statements = search_sql(bench, database, words)
    ensure_warm(bench, database)
    # tool -> (argv, connecting input, timed inputs, environment, WarmServers or None)
    sides = {twin.tool: (twin.argv, "select 1;\n", [f"search {w}\n" for w in words], twin.env, twin.warm)
             for twin in wadb_twins(bench, "wadb search", lambda _: bench.wadb_argv(database))}
    sides["psql"] = (bench.psql_argv(database), "\\timing on\nselect 1;\n", [f"{s}\n" for s in statements], None,
                     None)
    result = {"case": "search", "rows": rows, "words": words, "psql_sql_example": statements[0],
              "commands": {tool: command_text(argv, env) for tool, (argv, _, _, env, _) in sides.items()},
              "runs": {tool: [] for tool in sides}}
    counts = {}
    for round_number, order in enumerate(measure.rotations(list(sides), bench.runs + 1)):
        for tool in order:
            argv, connect, inputs, env, warm = sides[tool]
            sample, latencies, answers = search_session(argv, database, connect, inputs, env, warm)
            check_relayed(bench, tool, sample, warm)
            counts[tool] = row_counts(answers)
            run = {"sample": sample.to_json(), "latencies": latencies}
            if tool == "psql":
                run["psql_timing"] = psql_timings(answers)
            label = "warm-up" if round_number == 0 else f"run {round_number}/{bench.runs}"
            bench.log(f"    {label} {tool:<18} p50 {measure.percentile(latencies, 0.5) * 1000:7.1f} ms,"
                      f" p95 {measure.percentile(latencies, 0.95) * 1000:7.1f} ms; session {describe(sample)}")
            if round_number > 0:
                result["runs"][tool].append(run)
    differ = [tool for tool in sides if counts[tool] != counts["psql"]]
    result["check"] = (f"same row count for all {count} queries ({sum(counts['psql'])} rows in all)" if not differ
                       else "ROW COUNTS DIFFER: " + "; ".join(f"{tool} {counts[tool]}" for tool in differ)
                       + f"; psql {counts['psql']}")
    return result


# ---- 5: start-up --------------------------------------------------------------------------------------

def startup(bench, database, runs, extra):
    """`-c "select 1"` from process start to exit, `runs` times each, alternating."""
    wadbs = wadb_twins(bench, "wadb", lambda _: bench.wadb_argv(database, "-c", "select 1"))
    contenders = wadbs + [Contender("psql", bench.psql_argv(database, "-c", "select 1"))]
    contenders += [Contender(tool, argv, env=bench.env) for tool, argv in extra]
    result = CaseResult("startup", 'start-up: -c "select 1"', 0, contenders, pairs=[(w.tool, "psql") for w in wadbs])
    first_runs(bench, None, contenders, url_database=database)
    result.samples = alternate(bench, None, contenders, runs=runs)
    return result


# ---- 6: generate vs \copy from ------------------------------------------------------------------------

LOADED_TABLES = ("chats", "messages", "media_files", "chat_tracking_state", "processing_state")


def loaded_columns(bench, database, table):
    """The columns generate fills: all but generated ones and serial ids."""
    return bench.query(database, "select string_agg(quote_ident(column_name), ', ' order by ordinal_position)"
                                 " from information_schema.columns where table_schema = 'public'"
                                 f" and table_name = '{table}' and is_generated = 'NEVER'"
                                 " and coalesce(column_default, '') not like 'nextval(%'")


def copy_script(bench, database):
    """Dumps what generate wrote to CSV files and writes the psql script that loads them back."""
    lines = ["delete from processing_state;"]
    for table in LOADED_TABLES:
        columns = loaded_columns(bench, database, table)
        data = bench.output(f"load-{table}.csv")
        order = " order by id" if table in ("messages", "media_files") else ""
        bench.query(database, f"\\copy (select {columns} from {table}{order}) to '{data}' csv")
        lines.append(f"\\copy {table} ({columns}) from '{data}' csv")
    script = bench.output("load.sql")
    script.write_text("\n".join(lines) + "\n")
    return script


def empty_tables(bench, database):
    bench.query(database, "truncate " + ", ".join(LOADED_TABLES[:-1]) + " restart identity cascade")
    bench.query(database, "checkpoint")


def load(bench, database, rows, chats, seed):
    """Recreates the database, generates once for the data, then times generate vs psql's \\copy from."""
    generate = bench.wadb_argv(database, "generate", "--chats", str(chats), "--messages", str(rows), "--seed",
                               str(seed))
    fill(bench, database, generate)
    script = copy_script(bench, database)
    wadbs = wadb_twins(bench, "wadb generate", lambda _: generate)
    psql = Contender("psql \\copy from", bench.psql_argv(database, "-q", "-1", "-v", "ON_ERROR_STOP=1", "-f", script))
    contenders = wadbs + [psql]
    result = CaseResult("load", "generate vs \\copy from of the same rows (all five tables, one transaction)", rows,
                        contenders, pairs=[(w.tool, psql.tool) for w in wadbs])
    ensure_warm(bench, database)  # fill's calls started the warm server; no first runs here (they would be 1 each)

    def loaded(contender):
        count = int(bench.query(database, "select count(*) from messages"))
        if count != rows:
            raise measure.BenchError(f"{contender.tool} left {count} messages, not {rows}")

    result.samples = alternate(bench, database, contenders, prepare=lambda: empty_tables(bench, database),
                               verify=loaded)
    result.check = f"{rows:,} messages after every run of either"
    result.script = script.read_text()
    for table in LOADED_TABLES:
        bench.output(f"load-{table}.csv").unlink()
    analyze(bench, database)
    return result


def fill(bench, database, generate):
    """A fresh database with the schema (wadb setup) and the generated rows."""
    bench.query("postgres", f"drop database if exists {database} with (force)")
    for argv in (bench.wadb_argv(database, "setup"), generate):
        done = subprocess.run(argv, capture_output=True, text=True, env=bench.env)
        if done.returncode != 0:
            raise measure.BenchError(f"{shlex.join(argv)} failed: {done.stderr.strip()}")
    bench.log(f"    {database}: set up and generated ({done.stderr.strip().splitlines()[-1]})")


def analyze(bench, database):
    started = time.perf_counter()
    bench.query(database, "vacuum analyze")
    bench.log(f"    vacuum analyze {database}: {time.perf_counter() - started:.1f} s")


def ensure_data(bench, database, rows, chats, seed):
    """For runs without the load case: reuse the database when it holds `rows` messages, else fill it."""
    exists = bench.query("postgres", f"select count(*) from pg_database where datname = '{database}'") == "1"
    if exists and bench.query(database, "select count(*) from messages") == str(rows):
        bench.log(f"    {database}: reusing its {rows:,} messages")
        return
    fill(bench, database, bench.wadb_argv(database, "generate", "--chats", str(chats), "--messages", str(rows),
                                          "--seed", str(seed)))
    analyze(bench, database)
