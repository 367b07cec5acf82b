"""BENCHMARKS.md and the plot, from the results bench/run collected (bench/results.json)."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import measure
import sections

MB = 1024  # KiB per MiB

COLD = " (cold)"  # the suffix of a wadb contender's twin run with WADB_WARM=off (cases.COLD)

# (label, case, wadb tool, psql tool, the largest wadb/psql wall ratio the issue allows); the wadb tool is the
# default (warm) one, its cold twin is the same name + COLD.
TIME_TARGETS = [
    ("CSV export ≤ 1.1× psql `\\copy`", "csv", "wadb export csv", "psql \\copy", 1.1),
    ("JSON export ≤ 1.1× psql `row_to_json`", "json", "wadb export json", "psql row_to_json", 1.1),
    ("NDJSON export ≤ 1.1× psql `row_to_json`", "json", "wadb export ndjson", "psql row_to_json", 1.1),
    ("table output ≤ 1.0× psql aligned", "table", "wadb table", "psql aligned", 1.0),
]
RSS_LIMIT_MB = 200
SEARCH_LIMIT = 1.2
STARTUP_LIMIT = 2.0
PLOTTED = [("csv", "CSV export"), ("json", "JSON / NDJSON export"), ("table", "aligned table into a file"),
           ("load", "generate vs \\copy from")]


def hide_password(text):
    return re.sub(r"(://[^:@/\s]+):[^@/\s]+@", r"\1:***@", text)


def spread_of(samples, field):
    values = [getattr(s, field) for s in samples]
    return measure.spread(values)


def samples_of(case, tool):
    return [measure.sample_from_json(s) for s in case["samples"][tool]]


def seconds(triple, scale=1.0, digits=2):
    if triple is None:
        return "–"
    median, low, high = (v * scale for v in triple)
    return f"{median:.{digits}f} ({low:.{digits}f}–{high:.{digits}f})"


def ratio(a, b):
    return a / b if a is not None and b else None


def times(value):
    return "–" if value is None else f"{value:.2f}×"


def median_of(samples, field):
    triple = spread_of(samples, field)
    return triple and triple[0]


def rows_label(rows):
    return f"{rows / 1_000_000:g}M" if rows >= 1_000_000 else f"{rows / 1000:g}k"


class Report:
    def __init__(self, results):
        self.results = results
        self.cases = [c for c in results["cases"] if c["case"] != "startup"]
        self.startup = next((c for c in results["cases"] if c["case"] == "startup"), None)
        self.searches = results.get("searches", [])
        self.sizes = sorted({c["rows"] for c in self.cases} | {s["rows"] for s in self.searches})
        # Whether wadb ran warm and cold; results from before warm start have one (cold) wadb per case.
        self.warm = bool(results.get("warm"))

    def case(self, name, rows):
        return next((c for c in self.cases if c["case"] == name and c["rows"] == rows), None)

    def median(self, case, tool, field="wall"):
        triple = spread_of(samples_of(case, tool), field)
        return triple and triple[0]

    def total_cpu(self, case, tool):
        return measure.spread([s.cpu + (s.server_cpu or 0) for s in samples_of(case, tool)])

    # ---- sections ----

    def markdown(self, plot_name):
        parts = [self.header(), self.machine(), self.targets(), self.figures(), self.search_table(),
                 self.startup_table()]
        if plot_name:
            parts.append(f"## Time against row count\n\n![wall time against row count, wadb and psql]({plot_name})\n\n"
                         "Medians with min–max bars, both axes logarithmic.\n")
        parts += [self.commands(), self.method()]
        return "\n".join(p for p in parts if p)

    def header(self):
        r = self.results
        return (f"# Benchmarks: wadb against psql\n\n"
                f"Written by `bench/run` on {r['date']}; run it again to rewrite this file and the plot."
                f" This run: `{hide_password(r['invocation'])}`.\n\n"
                f"Every figure is the median of {r['runs']} runs (start-up: {r['startup_runs']}) with min–max, wadb and"
                " psql alternating in the same run. *wall*: seconds from start to exit; *client CPU*: user+sys of"
                " the client process" + (", and for warm runs also of the warm server JVM while it ran the command"
                                         if self.warm else "") +
                "; *server CPU*: the backend's CPU for it, sampled (≈); *RSS*: peak resident set of the client"
                " (`/usr/bin/time -v`)" + ("; for warm runs the larger of that and the warm server's" if self.warm
                                           else "") +
                "; *load*: the 1-minute load average as the runs started (2 cores). Ratios are wadb / psql medians;"
                " below 1 means wadb is faster." + (" *(cold)* marks wadb run with `WADB_WARM=off` (see below)."
                                                   if self.warm else "") + "\n")

    def machine(self):
        m = self.results["machine"]
        rows = [("Date", self.results["date"]),
                ("CPU", f"{m['cpu_model']}, {m['nproc']} cores (nproc)"),
                ("Memory", m["memory"]),
                ("Load average at start", m["load_start"]),
                ("Load average at end", m.get("load_end", "–")),
                ("Kernel", m["kernel"]),
                ("PostgreSQL server", m["server"]),
                ("psql", m["psql"]),
                ("wadb", m["wadb"]),
                ("wadb runs as", m["launcher"]),
                ("Java", m["java"])]
        note = ("\nThe machine is shared (other engineers build and test on the same cores), so wall times carry"
                " the load above; CPU times are steadier. Where they disagree, trust CPU for the client's own cost.\n")
        return ("## Machine\n\n| | |\n|---|---|\n" + "".join(f"| {k} | {v} |\n" for k, v in rows) + note
                + self.warm_note())

    def warm_note(self):
        if not self.warm:
            return ""
        return ("\n**Warm and cold.** The installed launcher runs a non-interactive command through a small C client"
                " that relays it to a warm server JVM, started in the background by the first call (which runs in a"
                " JVM of its own) and kept until `WADB_WARM_IDLE` seconds pass without a call. That is what users get"
                " by default, so the plain wadb rows are warm and the targets are judged on them; the rows marked"
                " *(cold)* run the same command with `WADB_WARM=off`, a JVM per command as before warm start. The"
                " bench gives its wadb commands an `XDG_RUNTIME_DIR` of their own (`$W/runtime`) and"
                f" `WADB_WARM_IDLE={self.results['warm']['idle_seconds']}`, so one warm server serves the whole run;"
                " before a case's timed runs it runs each contender once and waits until a call is relayed, so no"
                " timed warm run starts the server; it stops the server at the end.\n\n"
                "In a warm run the measured process is only the C client (about 2 MB and a millisecond of CPU), so"
                " the warm server's share is counted in: its user+sys CPU while the command ran (from"
                " `/proc/PID/stat`, in 10 ms ticks) is added to the client CPU, and the peak RSS is the larger of the"
                " client's and the server's VmHWM, reset just before the command (`/proc/PID/clear_refs`). That peak"
                " includes the server's resident baseline (the JVM, and its heap as earlier commands left it), not"
                " only what the command added. The column *of it, warm server* shows the server's part.\n")

    def targets(self):
        if self.warm:
            lines = ["## Targets (issue 7)\n",
                     "Judged on the default launcher, which runs wadb warm; the cold figure (`WADB_WARM=off`, a JVM"
                     " per command) is beside it.\n",
                     "| target | warm, the default (wadb / psql, wall; client+server CPU) | cold (`WADB_WARM=off`) |"
                     " met (warm; cold) |",
                     "|---|---|---|---|"]
        else:
            lines = ["## Targets (issue 7)\n", "| target | measured (wadb / psql, wall; client+server CPU) | met |",
                     "|---|---|---|"]
        for label, name, wadb, psql, limit in TIME_TARGETS:
            lines.append(self.target_row(label, lambda tool: self.time_target(name, tool, psql, limit), wadb))
        lines.append(self.rss_row())
        lines.append(self.target_row(f"search p50 ≤ {SEARCH_LIMIT}× psql (same SQL)", self.search_target,
                                     "wadb search"))
        lines.append(self.target_row(f"start-up of `wadb -c \"select 1\"` ≤ {STARTUP_LIMIT}× psql",
                                     self.startup_target, "wadb"))
        return "\n".join(line for line in lines if line) + "\n"

    def target_row(self, label, figures, wadb):
        """A row of the targets table: figures(tool) for the default wadb tool and, warm, for its cold twin.

        figures(tool) is (text, met, rows it was judged at) for that wadb tool, or None when not measured.
        """
        warm = figures(wadb)
        if not self.warm:
            return f"| {label} | {warm[0]} | {verdict(warm[1], warm[2])} |" if warm else f"| {label} | not measured | – |"
        cold = figures(wadb + COLD)
        return (f"| {label} | {warm[0] if warm else 'not measured'} | {cold[0] if cold else 'not measured'} |"
                f" {verdict(warm[1], warm[2]) if warm else '–'}; cold: {verdict(cold[1]) if cold else '–'} |")

    def time_target(self, name, wadb, psql, limit):
        found = [(rows, self.case(name, rows)) for rows in self.sizes
                 if self.case(name, rows) and wadb in self.case(name, rows)["samples"]]
        if not found:
            return None
        parts = []
        for rows, case in found:
            wall = ratio(self.median(case, wadb), self.median(case, psql))
            cpu = ratio(self.total_cpu(case, wadb)[0], self.total_cpu(case, psql)[0])
            parts.append(f"{rows_label(rows)}: {times(wall)} wall, {times(cpu)} CPU")
        largest = found[-1][1]
        met = ratio(self.median(largest, wadb), self.median(largest, psql)) <= limit
        return "; ".join(parts), met, found[-1][0]

    def rss_row(self):
        label = f"peak RSS of any export or table print ≤ {RSS_LIMIT_MB} MB"
        if not self.warm:
            peak = self.rss_target(lambda tool: True)
            return f"| {label} | {peak[0]} | {verdict(peak[1])} |" if peak else f"| {label} | not measured | – |"
        # Both count here: the warm figure (with the server's share) and the cold one.
        warm = self.rss_target(lambda tool: not tool.endswith(COLD))
        cold = self.rss_target(lambda tool: tool.endswith(COLD))
        if not warm:
            return f"| {label} | not measured | {cold[0] if cold else 'not measured'} | – |"
        met = warm[1] and (cold is None or cold[1])
        which = "warm and cold" if cold else "warm; cold not measured"
        return (f"| {label} | {warm[0]} (with the warm server) | {cold[0] if cold else 'not measured'} |"
                f" {verdict(met)} ({which}) |")

    def rss_target(self, chosen):
        """(text, met) for the peak RSS of the wadb exports and table prints whose tool is chosen, or None."""
        peaks = []
        for case in self.cases:
            if case["case"] in ("csv", "json", "table"):
                for tool in case["samples"]:
                    if tool.startswith("wadb") and chosen(tool):
                        peaks.append((max(s.rss_kb for s in samples_of(case, tool)) / MB, tool, case["rows"]))
        if not peaks:
            return None
        worst = max(peaks)
        per_size = "; ".join(f"{rows_label(rows)}: {max(p for p, _, r in peaks if r == rows):.0f} MB"
                             for rows in sorted({r for _, _, r in peaks}))
        return f"worst {worst[0]:.0f} MB ({worst[1]}, {rows_label(worst[2])}); per size {per_size}", \
            worst[0] <= RSS_LIMIT_MB

    def search_target(self, wadb):
        searches = [s for s in self.searches if wadb in s["runs"]]
        if not searches:
            return None
        parts = [f"{rows_label(s['rows'])}: {times(self.search_ratio(s, wadb))}" for s in searches]
        return "; ".join(parts), self.search_ratio(searches[-1], wadb) <= SEARCH_LIMIT, searches[-1]["rows"]

    def search_ratio(self, search, wadb="wadb search"):
        return ratio(self.search_spread(search, wadb, "latencies", 0.5)[0],
                     self.search_spread(search, "psql", "latencies", 0.5)[0])

    def startup_target(self, wadb):
        if not self.startup or wadb not in self.startup["samples"]:
            return None
        wall = ratio(self.median(self.startup, wadb), self.median(self.startup, "psql"))
        cpu = ratio(self.median(self.startup, wadb, "cpu"), self.median(self.startup, "psql", "cpu"))
        return (f"{times(wall)} wall ({self.median(self.startup, wadb) * 1000:.0f} vs"
                f" {self.median(self.startup, 'psql') * 1000:.0f} ms), {times(cpu)} client CPU"
                + (" (with the warm server)" if self.warm and not wadb.endswith(COLD) else ""),
                wall <= STARTUP_LIMIT, None)

    def figures(self):
        share = " of it, warm server: CPU s / RSS MB |" if self.warm else ""
        lines = ["## Figures\n",
                 f"| case | rows | tool | wall s | client CPU s | server CPU s | peak RSS MB |{share} wadb/psql wall |"
                 " wadb/psql CPU (client+server) | load |",
                 "|---|--:|---|--:|--:|--:|--:|" + ("--:|" if self.warm else "") + "--:|--:|--:|"]
        for case in sorted(self.cases, key=lambda c: (["load", "csv", "json", "table", "chats"].index(c["case"]), c["rows"])):
            for tool in case["samples"]:
                samples = samples_of(case, tool)
                rss = spread_of(samples, "rss_kb")
                walls, cpus = [], []
                for wadb, psql in case["pairs"]:
                    if wadb == tool:
                        walls.append(f"{times(ratio(self.median(case, wadb), self.median(case, psql)))} {psql}")
                        cpus.append(times(ratio(self.total_cpu(case, wadb)[0], self.total_cpu(case, psql)[0])))
                lines.append(f"| {case['title']} | {case['rows']:,} | {tool} | {seconds(spread_of(samples, 'wall'))} |"
                             f" {seconds(spread_of(samples, 'cpu'))} | {seconds(spread_of(samples, 'server_cpu'))} |"
                             f" {rss[0] / MB:.0f} (max {rss[2] / MB:.0f}) |{self.warm_share(samples)}"
                             f" {'; '.join(walls)} | {'; '.join(cpus)} | {load_range(samples)} |")
        checks = [f"- {c['title']}, {c['rows']:,} rows: {c['check']}" for c in self.cases if c.get("check")]
        return "\n".join(lines) + "\n\nOutput checks (first, untimed run of each):\n\n" + "\n".join(checks) + "\n"

    def warm_share(self, samples, scale=1.0, digits=2):
        """The warm server's median CPU and peak RSS as a table cell (empty when the tool did not run warm)."""
        if not self.warm:
            return ""
        cpu, rss = median_of(samples, "warm_cpu"), median_of(samples, "warm_rss_kb")
        return "  |" if cpu is None else f" {cpu * scale:.{digits}f} / {rss / MB:.0f} |"

    def search_spread(self, search, tool, key, fraction):
        return measure.spread([measure.percentile(run[key], fraction) for run in search["runs"][tool]])

    def search_table(self):
        if not self.searches:
            return ""
        queries = len(self.searches[-1]["words"])
        share = " of it, warm server: CPU s / RSS MB |" if self.warm else ""
        lines = [f"## Search: {queries} queries in one piped session\n",
                 "Latency is measured from outside, the same way for both: from writing a query line to the session's"
                 " stdin until its whole answer has come back on stdout (a `\\echo` marker after each query tells the"
                 " end). wadb has no `\\timing`, so this is the comparable figure; psql's own `\\timing` (round trip to"
                 f" the server, without printing) is shown beside it. Each run's p50 and p95 over the {queries} queries, then"
                 " the median (min–max) over runs. The connection is made before the first query is timed.\n",
                 "| rows | tool | p50 ms | p95 ms | psql `\\timing` p50 ms | session wall s | session client CPU s"
                 f" | peak RSS MB |{share} wadb/psql p50 | wadb/psql p95 |",
                 "|--:|---|--:|--:|--:|--:|--:|--:|" + ("--:|" if self.warm else "") + "--:|--:|"]
        for search in self.searches:
            for tool in search["runs"]:
                sessions = [measure.sample_from_json(run["sample"]) for run in search["runs"][tool]]
                p50 = self.search_spread(search, tool, "latencies", 0.5)
                p95 = self.search_spread(search, tool, "latencies", 0.95)
                timing = self.search_spread(search, tool, "psql_timing", 0.5) if tool == "psql" else None
                ratios = ["", ""]
                if tool != "psql":
                    psql50 = self.search_spread(search, "psql", "latencies", 0.5)
                    psql95 = self.search_spread(search, "psql", "latencies", 0.95)
                    ratios = [times(ratio(p50[0], psql50[0])), times(ratio(p95[0], psql95[0]))]
                lines.append(f"| {search['rows']:,} | {tool} | {seconds(p50, 1000, 1)} | {seconds(p95, 1000, 1)} |"
                             f" {seconds(timing, 1000, 1)} | {seconds(spread_of(sessions, 'wall'))} |"
                             f" {seconds(spread_of(sessions, 'cpu'))} | {spread_of(sessions, 'rss_kb')[0] / MB:.0f} |"
                             f"{self.warm_share(sessions)} {ratios[0]} | {ratios[1]} |")
        words = self.searches[-1]["words"]
        lines.append(f"\nWords (spread over the frequency ranks, common to rare): {', '.join(words)}.\n")
        lines.append("Checks: " + "; ".join(f"{rows_label(s['rows'])}: {s['check']}" for s in self.searches) + "\n")
        return "\n".join(lines)

    def startup_table(self):
        if not self.startup:
            return ""
        share = " of it, warm server: CPU ms / RSS MB |" if self.warm else ""
        lines = [f"## Start-up: `-c \"select 1\"`, {self.results['startup_runs']} runs each\n",
                 f"| tool | wall ms | client CPU ms | peak RSS MB |{share} wadb/psql wall |",
                 "|---|--:|--:|--:|" + ("--:|" if self.warm else "") + "--:|"]
        psql = self.median(self.startup, "psql")
        for tool in self.startup["samples"]:
            samples = samples_of(self.startup, tool)
            lines.append(f"| {tool} | {seconds(spread_of(samples, 'wall'), 1000, 0)} |"
                         f" {seconds(spread_of(samples, 'cpu'), 1000, 0)} | {spread_of(samples, 'rss_kb')[0] / MB:.0f} |"
                         f"{self.warm_share(samples, 1000, 0)} {times(ratio(self.median(self.startup, tool), psql))} |")
        return "\n".join(lines) + "\n"

    def commands(self):
        warm = self.results.get("warm")
        env = (f" Every wadb command ran with `XDG_RUNTIME_DIR=$W/runtime WADB_WARM_IDLE={warm['idle_seconds']}`"
               " in its environment (the bench's own warm servers); the cold ones also with `WADB_WARM=off`, as"
               " shown." if warm else "")
        lines = ["## Exact commands\n", "The largest size's; `$W` is the work directory"
                 f" (`{self.results['workdir']}`).{env}\n", "```sh"]
        largest = self.sizes[-1] if self.sizes else None
        for case in self.cases + ([self.startup] if self.startup else []):
            if case["case"] != "startup" and case["rows"] != largest:
                continue
            lines.append(f"# {case['title']}")
            lines += [self.command_text(text) for text in case["commands"].values()]
            if case.get("script"):
                lines.append("# where $W/load.sql is:")
                lines += ["#   " + self.command_text(line) for line in case["script"].splitlines()]
        for search in self.searches[-1:]:
            lines.append("# search: one session each, a line per query, fed through a pipe")
            lines += [self.command_text(text) + "  < queries" for text in search["commands"].values()]
            lines.append("# wadb's lines: search WORD; psql's: the SQL of `wadb search WORD --explain`, e.g.:")
            lines.append("# " + search["psql_sql_example"])
        lines.append("```\n")
        return "\n".join(lines)

    def command_text(self, text):
        return hide_password(text.replace(self.results["workdir"], "$W"))

    def method(self):
        return ("## How it is measured\n\n"
                "- `bench/run` builds `target/wadb.jar` when it is missing, installs wadb with `install.sh` into the"
                " work directory when the checkout has one (so start-up is that of the installed launcher with its"
                " class-data archive), creates one database per size on the server, and fills it with"
                " `wadb generate` (the load case: generated once for the data, dumped to CSV, then generate and psql's"
                " `\\copy … from` of those files alternate on emptied tables, `CHECKPOINT` before each), then"
                " `VACUUM ANALYZE`.\n"
                "- Each case first runs every contender once untimed (it warms the page cache and its files are"
                " compared, see \"Output checks\"), then the timed runs, rotating which contender goes first.\n"
                "- Every command runs under `/usr/bin/time -v` (peak RSS); CPU comes from `wait4()` on it; wall time"
                " from the harness's monotonic clock. Server CPU: the utime+stime of the backends whose process title"
                " names the benchmark database, read from `/proc` every 20 ms (a backend's last few ms are missed).\n"
                "- `psql` is the one on PATH (`/usr/bin/psql`, Debian's pg_wrapper, a Perl script that execs the real"
                " binary, as users run it); start-up also shows the binary itself.\n"
                + ("- Warm runs: the bench finds its warm servers by their command line (the WarmServer class and a"
                   " socket under `$W/runtime`); before each warm command it reads their utime+stime and resets"
                   " their VmHWM, after it adds their CPU to the client's and takes the larger peak RSS"
                   " (`bench/measure.py`, WarmServers). psql and cold runs are measured as before.\n"
                   if self.warm else ""))


def load_range(samples):
    """The 1-minute load averages the runs started at, low–high."""
    loads = [s.load for s in samples if s.load is not None]
    return f"{min(loads):.1f}–{max(loads):.1f}" if loads else "–"


def line_style(tool):
    """Solid for wadb as the launcher runs it, dotted for its cold twin, dashed for psql."""
    if not tool.startswith("wadb"):
        return "dt 2"
    return "dt 3" if tool.endswith(COLD) else "dt 1"


def verdict(met, rows=None):
    at = f" (at {rows_label(rows)})" if rows else ""
    return ("**yes**" if met else "**no**") + at


def plot(results, png, workdir, log):
    """time vs rows per case, wadb and psql, medians with min-max bars (gnuplot); False when not drawn."""
    if not shutil.which("gnuplot"):
        log("gnuplot not found (apt-get install -y gnuplot-nox): no plot")
        return False
    report = Report(results)
    data = Path(workdir) / "plot.dat"
    blocks, panels = [], []
    for name, title in PLOTTED:
        cases = [c for c in report.cases if c["case"] == name]
        if not cases:
            continue
        curves = []
        for tool in cases[0]["samples"]:
            points = []
            for case in sorted(cases, key=lambda c: c["rows"]):
                median, low, high = spread_of(samples_of(case, tool), "wall")
                points.append(f"{case['rows']} {median} {low} {high}")
            curves.append((len(blocks), tool))
            blocks.append(f"# {name} {tool}\n" + "\n".join(points))
        panels.append((title, curves))
    if not panels:
        return False
    data.write_text("\n\n\n".join(blocks) + "\n")
    script = [f"set terminal pngcairo size 1200,{450 * ((len(panels) + 1) // 2)} font 'sans,10'",
              f"set output '{png}'",
              f"set multiplot layout {(len(panels) + 1) // 2},2",
              "set logscale xy", "set xlabel 'messages'", "set ylabel 'wall seconds (median, min-max)'",
              "set key top left", "set grid", "set format x '%.0s%c'", "set termoption noenhanced",
              f"set xrange [{min(report.sizes) / 1.6}:{max(report.sizes) * 1.6}]"]
    for title, curves in panels:
        plots = [f"'{data}' index {index} using 1:2:3:4 with yerrorlines lw 2 pt 7 {line_style(tool)} title '{tool}'"
                 for index, tool in curves]
        script += [f"set title '{title}'", "plot " + ", ".join(plots)]
    script.append("unset multiplot")
    done = subprocess.run(["gnuplot"], input="\n".join(script) + "\n", capture_output=True, text=True)
    if done.returncode != 0:
        log(f"gnuplot failed: {done.stderr.strip()}")
        return False
    return True




def write(results, markdown_path, png_path, workdir, log):
    drawn = plot(results, png_path, workdir, log)
    name = os.path.relpath(png_path, Path(markdown_path).parent) if drawn else None
    text = Report(results).markdown(name)
    path = Path(markdown_path)
    old = path.read_text() if path.exists() else ""
    for section in sections.kept(old):
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text)
