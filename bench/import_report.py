"""The "import" section of BENCHMARKS.md from bench/import's runs: one table per kind (text, msgstore), the other
kind's kept. Usage (by bench/import): import_report.py KIND N RESULTS LOAD_START LOAD_END OUTPUT COMMAND, where
RESULTS has a line "WADB_SECONDS PSQL_SECONDS ROWS" per run. Python 3 standard library only."""

import datetime
import statistics
import sys
from pathlib import Path

import sections

BEGIN, END = "<!-- import:begin -->", "<!-- import:end -->"
WHAT = {"text": "a generated chat export of {n:,} lines", "msgstore": "a generated modern msgstore.db of {n:,} messages"}


def table(kind, n, runs, load_start, load_end, command):
    wadb = [r[0] for r in runs]
    psql = [r[1] for r in runs]
    ratios = [w / p for w, p, _ in runs]
    stamp = f"{datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}"
    return "\n".join([
        f"### {kind}: {WHAT[kind].format(n=n)}", "",
        f"`{command}` on {stamp}, load average {load_start} at the start, {load_end} at the end (2 cores); "
        f"{int(runs[0][2]):,} messages stored. Median (min–max) of {len(runs)} runs, each after a CHECKPOINT.", "",
        "| | time | ratio to psql |", "|---|---|---|",
        f"| `wadb import` (the launcher, a JVM of its own) | {statistics.median(wadb):.1f} s "
        f"({min(wadb):.1f}–{max(wadb):.1f}) | {statistics.median(ratios):.2f} ({min(ratios):.2f}–{max(ratios):.2f}) |",
        f"| psql `\\copy` of the same rows, one transaction | {statistics.median(psql):.1f} s "
        f"({min(psql):.1f}–{max(psql):.1f}) | 1.00 |", ""])


def main(kind, n, results, load_start, load_end, output, command):
    runs = [tuple(float(x) for x in line.split()) for line in Path(results).read_text().splitlines() if line.strip()]
    text = table(kind, int(n), runs, load_start, load_end, command)
    intro = ("## Import: `wadb import` against psql `\\copy` of the same rows\n\nThe server's work is the same for "
             "both (the rows, the indexes, the foreign keys); wadb also reads and shapes the file, on the other core. "
             "Target (issue 20, for the phone database): at least as fast as psql, a ratio of 1.00 or less; the chat "
             "export has none of its own. Made by `bench/import KIND`.\n")
    section = sections.labelled(output, BEGIN, END, intro, kind, text)
    sections.replace(output, BEGIN, END, section)
    if output != "-":
        print(text, end="")


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:8]))
