"""BENCHMARKS.md is written by more than one script: bench/run (through report.py) writes the main report, and
bench/prompt and bench/search each own a section between two markers, measured on its own and kept when the rest
is rewritten. Python 3 standard library only."""

import re
from pathlib import Path

# (begin, end) of every section a script of its own owns; report.py keeps them all.
OWNED = [("<!-- prompt:begin -->", "<!-- prompt:end -->"), ("<!-- search:begin -->", "<!-- search:end -->"),
         ("<!-- export-cores:begin -->", "<!-- export-cores:end -->"), ("<!-- import:begin -->", "<!-- import:end -->")]


def replace(output, begin, end, text):
    """Writes `text` (which starts with `begin` and ends with `end`) in place of that section of `output`, or at
    its end; `output` "-" prints it instead."""
    if output == "-":
        print(text, end="")
        return
    path = Path(output)
    old = path.read_text() if path.exists() else ""
    if begin in old and end in old:
        new = old[:old.index(begin)] + text.rstrip("\n") + old[old.index(end) + len(end):]
    else:
        new = old.rstrip("\n") + "\n\n" + text
    path.write_text(new)


def kept(old):
    """The owned sections found in `old`, in order, to append to a rewritten report."""
    return [old[old.index(b):old.index(e) + len(e)] for b, e in OWNED if b in old and e in old]


def labelled(output, begin, end, intro, label, table):
    """The section of `output` between `begin` and `end`: `intro`, then one table per label in label order, each
    starting with a line "### LABEL ...", where `table` replaces (or adds) this label's and the others are kept."""
    old = Path(output).read_text() if output != "-" and Path(output).exists() else ""
    tables = {}
    if begin in old and end in old:
        body = old[old.index(begin) + len(begin):old.index(end)]
        for part in re.split(r"(?m)^(?=### )", body):
            if part.startswith("### "):
                tables[part.split()[1].rstrip(":")] = part.rstrip("\n") + "\n"
    tables[label] = table.rstrip("\n") + "\n"
    return begin + "\n" + intro.rstrip("\n") + "\n\n" + "\n".join(tables[k] for k in sorted(tables)) + end + "\n"
