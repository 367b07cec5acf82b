#!/usr/bin/env python3
"""psql-vs-wadb segment harness.  Invoked by run.sh; see run.sh for the
segmentation rule and usage."""
import argparse
import collections
import difflib
import os
import pickle
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import segment  # noqa: E402

# The suites come from PostgreSQL 15's source, unpacked by ../shared/tools/pg-source (run.sh does it); they are
# read from there and never copied into the project.
SRC = os.environ.get("PSQL_REGRESS_SQL", "")
SUITES = ["psql", "psql_crosstab"]
HOST, PORT, USER = "127.0.0.1", "5432", "postgres"
FLAGS = ["-X", "-a", "-q", "-v", "ON_ERROR_STOP=0"]
TIMEOUT = 60
REPLAY_TIMEOUT = 600


def url(db):
    return f"postgresql://{USER}@{HOST}:{PORT}/{db}"


def base_env(datestyle):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "HOME": os.environ.get("HOME", "/tmp"),
           "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
           "PGTZ": "PST8PDT", "PGDATESTYLE": datestyle}
    if "JAVA_HOME" in os.environ:
        env["JAVA_HOME"] = os.environ["JAVA_HOME"]
    return env


def admin(sql, check=True):
    r = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-d", url("postgres"),
                        "-c", sql], capture_output=True, text=True)
    if check and r.returncode != 0:
        raise RuntimeError(f"admin SQL failed: {sql}\n{r.stderr}")
    return r.stdout


def run(cmd, env, timeout):
    """Run with stdin=/dev/null; returns (stdout bytes, stderr bytes, rc); rc 124 on timeout."""
    full = ["timeout", "-k", "5", str(timeout)] + cmd
    r = subprocess.run(full, stdin=subprocess.DEVNULL, capture_output=True, env=env)
    return r.stdout, r.stderr, r.returncode


class DB:
    def __init__(self, name, roles):
        self.name, self.roles = name, roles

    def create(self):
        admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        admin(f"CREATE DATABASE \"{self.name}\" TEMPLATE template0 ENCODING 'UTF8' "
              f"LOCALE 'C.UTF-8'")

    def drop(self):
        admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        for r in self.roles:
            admin(f'DROP ROLE IF EXISTS "{r}"', check=False)


def tool_cmd(tool, jar, db, f):
    if tool == "psql":
        return ["psql"] + FLAGS + ["-d", url(db), "-f", f]
    return ["java", "-jar", jar, "--url", url(db)] + FLAGS + ["-f", f]


def norm_stderr(b, segfile, keep_lines=False):
    txt = b.decode("utf-8", "replace")
    if keep_lines:
        pat = re.compile(r"^(psql|wadb):", re.M)
        return pat.sub("PROG:", txt)
    pat = re.compile(r"^(?:psql|wadb):(?:" + re.escape(segfile) + r":\d+:)? ?", re.M)
    return pat.sub("", txt)


def echo_only(out, seg_lines):
    """True if every stdout line is the -a echo of an input line (in order)."""
    src = [l.rstrip("\n") for l in seg_lines]
    pos = 0
    for ol in out.decode("utf-8", "replace").splitlines():
        while pos < len(src) and src[pos] != ol:
            pos += 1
        if pos >= len(src):
            return False
        pos += 1
    return bool(out)


def udiff(a, b, la, lb, n=15):
    d = list(difflib.unified_diff(a.splitlines(), b.splitlines(), la, lb, lineterm="", n=3))
    return d[:n], d


# ---------------------------------------------------------------- categorizer
BS_CMD = re.compile(r"(?<![\\])\\([A-Za-z!?][A-Za-z0-9+]*)")


def line_feature(line):
    """backslash command named on an input line ("\pset"/"\set" keep their option
    or variable name as detail, e.g. "\pset border"); None if there is none."""
    s = re.sub(r"'(?:[^'\\]|\\.|'')*'", "''", line)  # blank quoted text
    m = BS_CMD.search(s)
    if not m:
        return None
    name = m.group(1)
    if name.startswith("d") or name in ("sf+", "sv+", "l+", "z"):
        name = name.rstrip("+")
        if len(name) > 2 and name.endswith("S"):
            name = name[:-1]
    if name in ("elif", "else", "endif"):
        name = "if"
    if name in ("echo", "qecho", "warn"):
        v = re.search(r":'?\"?(ERROR|SQLSTATE|ROW_COUNT|LAST_ERROR_MESSAGE|LAST_ERROR_SQLSTATE)\b", s)
        if v:
            return "result vars (:ERROR/:SQLSTATE/...)"
    if name in ("pset", "set", "unset"):
        arg = re.match(r"\s+([A-Za-z_0-9]+)", s[m.end():])
        if arg:
            return f"\\{name} {arg.group(1)}"
    return "\\" + name


def echo_walk(out, src):
    """For each stdout line: index of the input line it echoes (psql -a skips
    empty lines outside literals), else None."""
    res, pos = [], 0
    for ol in out.splitlines():
        hit = None
        q = pos
        while q < len(src):
            if src[q] == ol:
                hit = q
                break
            if src[q].strip() == "":
                q += 1
                continue
            break
        if hit is not None:
            pos = hit + 1
        res.append(hit)
    return res, pos


def norm(err):
    return re.sub(r"^(?:psql|wadb):(?:[^:\n]*:\d+:)? ?", "", err, flags=re.M)


def categorize(seg_lines, psql_out, wadb_out, psql_err, wadb_err):
    """Find the input line responsible for the first difference and name its feature."""
    def first_diff(a, b):
        al, bl = a.splitlines(), b.splitlines()
        for i in range(max(len(al), len(bl))):
            if i >= len(al) or i >= len(bl) or al[i] != bl[i]:
                return i
        return None

    src = [l.rstrip("\n") for l in seg_lines]
    cands = []   # (input line index, forced category or None)
    k = first_diff(psql_out, wadb_out)
    if k is not None:
        pe, _ = echo_walk(psql_out, src)
        we, _ = echo_walk(wadb_out, src)
        pk = pe[k] if k < len(pe) else None
        wk = we[k] if k < len(we) else None
        if pk is not None and wk is not None:
            cands.append((min(pk, wk), "-a echo of input"))
        else:
            # output of the last input line echoed (by psql) at or before line k
            cands.append((next((x for x in reversed(pe[:k + 1]) if x is not None), 0), None))
    el, wl = psql_err.splitlines(), wadb_err.splitlines()
    j = first_diff(norm(psql_err), norm(wadb_err))
    if j is not None:
        nums = []
        for x in (el, wl):
            if j >= len(x):
                continue            # this stream has no differing line j
            for probe in x[:j + 1][::-1]:
                m = re.match(r"^(?:psql|wadb):[^:]*:(\d+):", probe)
                if m:
                    nums.append(int(m.group(1)))
                    break
        nums = [n - 1 for n in nums if 0 < n <= len(src)]
        if nums:
            cands.append((min(nums), None))
    if not cands:
        return "(unattributed)", None
    src_idx, forced = min(cands, key=lambda c: (c[0], c[1] is None))
    if forced:
        return forced, src_idx
    # feature on that line, else on the statement (lines back to previous blank/';')
    feat = line_feature(src[src_idx])
    j = src_idx
    while feat is None and j > 0 and src[j - 1].strip() and not src[j - 1].rstrip().endswith(";"):
        j -= 1
        feat = line_feature(src[j]) if not src[j].lstrip().startswith("--") else None
    if feat is None:
        # most recent \set of an UPPERCASE special variable or \pset in the segment
        for l in reversed(src[:src_idx]):
            m = re.match(r"\s*\\(set|pset|unset)\s+([A-Za-z_]+)", l)
            if m and (m.group(1) == "pset" or m.group(2).isupper()):
                feat = f"\\{m.group(1)} {m.group(2)}"
                break
    if feat is None:
        feat = "SQL (plain statement)"
    return feat, src_idx


def roll_up(feat):
    if feat.startswith("\\pset"):
        return "\\pset"
    if feat.startswith("\\set") or feat.startswith("\\unset"):
        return "\\set/\\unset"
    if re.match(r"\\d", feat):
        return "\\d* (describe commands)"
    return feat


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jar")
    ap.add_argument("--suite", action="append", choices=SUITES)
    ap.add_argument("--only", type=int, action="append", help="segment number(s) to run")
    ap.add_argument("--db", default=os.environ.get("HARNESS_DB", "regression"))
    ap.add_argument("--out", default=os.environ.get("PSQL_REGRESS_OUT", "/tmp/wadb-psql-regress"))
    ap.add_argument("--report-only", action="store_true",
                    help="rebuild summary/failures from the last run's results.pickle")
    args = ap.parse_args()
    if args.report_only:
        with open(os.path.join(args.out, "results.pickle"), "rb") as f:
            results, suites, jar, datestyle = pickle.load(f)
        report(results, suites, args.out, jar, datestyle)
        return
    jar = os.path.abspath(args.jar)
    suites = args.suite or SUITES
    work = os.path.join(args.out, "work")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)

    # roles the suites create (cluster-wide objects, cleaned after each run)
    roles = set()
    for s in SUITES:
        roles |= set(re.findall(r"(?i)create\s+role\s+(\w+)", open(f"{SRC}/{s}.sql").read()))
    roles = sorted(r.lower() for r in roles)

    exists = admin(f"SELECT 1 FROM pg_database WHERE datname = '{args.db}'").strip()
    if exists and not os.environ.get("HARNESS_FORCE"):
        sys.exit(f"database {args.db!r} already exists; refusing to touch it "
                 f"(set HARNESS_DB=<name> or HARNESS_FORCE=1)")
    pre = admin("SELECT string_agg(rolname, ',') FROM pg_roles WHERE rolname IN ("
                + ",".join(f"'{r}'" for r in roles) + ")").strip()
    if pre and not os.environ.get("HARNESS_FORCE"):
        sys.exit(f"roles {pre} already exist; refusing (HARNESS_FORCE=1 to override)")
    db = DB(args.db, roles)

    # DateStyle probe: keep 'ISO, MDY' unless wadb refuses it
    datestyle = "ISO, MDY"
    db.create()
    probe = os.path.join(work, "probe.sql")
    open(probe, "w").write("SHOW datestyle;\n")
    o, e, rc = run(tool_cmd("wadb", jar, args.db, probe), base_env(datestyle), TIMEOUT)
    if rc != 0 or b"ISO, MDY" not in o:
        print(f"wadb refused DateStyle 'ISO, MDY' (rc={rc}); using ISO for both", file=sys.stderr)
        datestyle = "ISO"
    db.drop()
    env = base_env(datestyle)

    results = []
    t0 = time.time()
    for suite in suites:
        path = f"{SRC}/{suite}.sql"
        lines = open(path, encoding="utf-8").readlines()
        segs = segment.segments(lines)
        sdir = os.path.join(work, suite)
        os.makedirs(sdir)
        for n, (s, e, title) in enumerate(segs, 1):
            if args.only and n not in args.only:
                continue
            segfile = os.path.join(sdir, f"seg{n:03d}.sql")
            prefile = os.path.join(sdir, f"pre{n:03d}.sql")
            seg_lines = lines[s - 1:e]
            open(segfile, "w", encoding="utf-8").writelines(seg_lines)
            open(prefile, "w", encoding="utf-8").writelines(lines[:s - 1])
            res = {"suite": suite, "n": n, "start": s, "end": e, "title": title,
                   "segfile": segfile, "seg_lines": seg_lines}
            for tool in ("psql", "wadb"):
                db.create()
                if s > 1:
                    _, perr, prc = run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=0",
                                        "-d", url(args.db), "-f", prefile], env, REPLAY_TIMEOUT)
                    if prc != 0:
                        print(f"  replay rc={prc} for {suite}#{n}", file=sys.stderr)
                o, e_, rc = run(tool_cmd(tool, jar, args.db, segfile), env, TIMEOUT)
                db.drop()
                res[tool] = (o, e_, rc)
                open(os.path.join(sdir, f"seg{n:03d}.{tool}.out"), "wb").write(o)
                open(os.path.join(sdir, f"seg{n:03d}.{tool}.err"), "wb").write(e_)
            po, pe, prc = res["psql"]
            wo, we, wrc = res["wadb"]
            res["empty"] = po == b""
            res["echo_only"] = echo_only(po, seg_lines)
            res["result"] = not res["empty"] and not res["echo_only"]
            res["out_eq"] = po == wo
            res["err_eq"] = norm_stderr(pe, segfile) == norm_stderr(we, segfile)
            res["err_eq_lines"] = norm_stderr(pe, segfile, True) == norm_stderr(we, segfile, True)
            res["rc"] = (prc, wrc)
            results.append(res)
            status = ("OK " if res["out_eq"] and res["err_eq"] else
                      "ERR" if res["out_eq"] else "OUT")
            print(f"[{time.time() - t0:6.0f}s] {suite}#{n:03d} L{s}-{e} {status} "
                  f"{'(no result)' if not res['result'] else ''} rc={prc}/{wrc} {title[:60]}",
                  flush=True)

    with open(os.path.join(args.out, "results.pickle"), "wb") as f:
        pickle.dump((results, suites, jar, datestyle), f)
    report(results, suites, args.out, jar, datestyle)


def report(results, suites, outdir, jar, datestyle):
    summ, fail = [], []
    summ.append(f"psql vs wadb regression-segment comparison  ({time.strftime('%Y-%m-%d %H:%M:%S')})")
    summ.append(f"jar: {jar}")
    summ.append(f"flags: {' '.join(FLAGS)}; PGTZ=PST8PDT PGDATESTYLE='{datestyle}' LANG=LC_ALL=C.UTF-8; "
                f"timeout {TIMEOUT}s; db recreated per run (template0, UTF8, C.UTF-8)")
    summ.append("")

    def table(title, key):
        summ.append(title)
        summ.append(f"  {'suite':<14}{'segments':>9}{'no-result':>10}{'result-bearing':>15}"
                    f"{'stdout identical':>18}{'stdout+stderr identical':>25}")
        for name, rs in [(s, [r for r in results if r["suite"] == s]) for s in suites] + [("overall", results)]:
            R = [r for r in rs if key(r)]
            summ.append(f"  {name:<14}{len(rs):>9}{len(rs) - len(R):>10}{len(R):>15}"
                        f"{sum(r['out_eq'] for r in R):>18}{sum(r['out_eq'] and r['err_eq'] for r in R):>25}")
        summ.append("")

    table("A. As specified: result-bearing = psql stdout non-empty.  (With -a every input line is\n"
          "   echoed to stdout, so psql stdout is never empty and every segment counts.)",
          lambda r: not r["empty"])
    table("B. Refined: also count as no-result the segments whose psql stdout is nothing but the -a\n"
          "   echo of input lines (their checks live only in stderr / in wadb printing nothing extra).",
          lambda r: r["result"])
    eo_diff = [r for r in results if r["echo_only"] and not (r["out_eq"] and r["err_eq"])]
    summ.append(f"echo-only segments: {sum(r['echo_only'] for r in results)}, of which differing: "
                f"{len(eo_diff)}" + (" (" + ", ".join(f"{r['suite']}#{r['n']}" for r in eo_diff) + ")"
                                     if eo_diff else ""))
    summ.append(f"stderr identical only when FILE:LINE: is stripped (wrong line numbers): "
                f"{sum(r['out_eq'] and r['err_eq'] and not r['err_eq_lines'] for r in results)} segment(s)")
    to = [r for r in results if 124 in r["rc"] or 137 in r["rc"]]
    if to:
        summ.append("timeouts: " + ", ".join(f"{r['suite']}#{r['n']} rc={r['rc']}" for r in to))

    cats = collections.Counter()
    cats_fine = collections.Counter()
    pair_count = collections.Counter()
    failing = [r for r in results if not (r["out_eq"] and r["err_eq"])]
    for r in failing:
        po, pe, _ = r["psql"]
        wo, we, _ = r["wadb"]
        pos, wos = po.decode("utf-8", "replace"), wo.decode("utf-8", "replace")
        pes, wes = norm_stderr(pe, r["segfile"]), norm_stderr(we, r["segfile"])
        feat, idx = categorize(r["seg_lines"], pos, wos, pe.decode("utf-8", "replace"),
                               we.decode("utf-8", "replace"))
        r["feat"] = feat
        cats[roll_up(feat)] += 1
        cats_fine[feat] += 1
        kind = []
        if not r["out_eq"]:
            kind.append("STDOUT")
        if not r["err_eq"]:
            kind.append("STDERR")
        srcline = (r["start"] + idx) if idx is not None else "?"
        fail.append("=" * 78)
        fail.append(f"{r['suite']}.sql segment #{r['n']} (lines {r['start']}-{r['end']}) {r['title']}")
        fail.append(f"  differs: {'+'.join(kind)}   rc psql/wadb={r['rc'][0]}/{r['rc'][1]}   "
                    f"{'' if r['result'] else '[no-result segment] '}category: {feat} "
                    f"(first diff attributed to input line {srcline})")
        if not r["out_eq"]:
            head, full = udiff(pos, wos, "psql.stdout", "wadb.stdout")
            fail.append("  --- stdout diff (first 15 lines of diff -u) ---")
            fail += ["  " + x for x in head]
            for x in full[2:]:
                if x[:1] in "+-" and x[1:].strip():
                    pair_count[("stdout", x)] += 1
        if not r["err_eq"]:
            head, full = udiff(pes, wes, "psql.stderr", "wadb.stderr")
            fail.append("  --- stderr diff (prefix-stripped; first 15 lines of diff -u) ---")
            fail += ["  " + x for x in head]
            for x in full[2:]:
                if x[:1] in "+-" and x[1:].strip():
                    pair_count[("stderr", x)] += 1

    summ.append("")
    summ.append(f"failing segments (stdout or stderr differ): {len(failing)} "
                f"({sum(r['result'] for r in failing)} result-bearing under B); details in failures.txt")
    for r in failing:
        kind = ("stdout+stderr" if not r["out_eq"] and not r["err_eq"] else
                "stdout" if not r["out_eq"] else "stderr")
        summ.append(f"  {r['suite']}#{r['n']:<3} L{r['start']}-{r['end']:<5} {kind:<14} {r['feat']:<22} {r['title'][:50]}")
    summ.append("")
    summ.append("failure categories: one per failing segment (all failing segments, echo-only ones")
    summ.append("included) = the psql feature (backslash command / variable) on the input line where")
    summ.append("psql and wadb first diverge (earliest input line over stdout and stderr); a plain SQL")
    summ.append("line is attributed to the most recent \\set VAR / \\pset in the segment, else 'SQL':")
    for k, v in cats.most_common():
        summ.append(f"  {v:4d}  {k}")
    for group in cats:
        fine = [(k, v) for k, v in cats_fine.most_common() if roll_up(k) == group]
        if len(fine) > 1 or (fine and fine[0][0] != group):
            summ.append(f"        {group} detail: " + ", ".join(f"{k}={v}" for k, v in fine))
    summ.append("")
    only = {"wadb": collections.Counter(), "psql": collections.Counter()}
    only_segs = {"wadb": collections.defaultdict(set), "psql": collections.defaultdict(set)}
    for r in failing:
        pl = collections.Counter(norm_stderr(r["psql"][1], r["segfile"]).splitlines())
        wl = collections.Counter(norm_stderr(r["wadb"][1], r["segfile"]).splitlines())
        for who, c in (("wadb", wl - pl), ("psql", pl - wl)):
            for line, n in c.items():
                if re.match(r"(error|warning|ERROR|WARNING|NOTICE|/bin/sh)", line):
                    key = re.sub(r"(invalid command \\[A-Za-z]+)\+$", r"\1", line)
                    key = re.sub(r"(too many dotted names\)|are not implemented): .*", r"\1: <name>", key)
                    key = re.sub(r'extra argument ".*" ignored', 'extra argument "<arg>" ignored', key)
                    only[who][key] += n
                    only_segs[who][key].add(f"{r['suite']}#{r['n']}")
    for who in ("wadb", "psql"):
        inv = {k: v for k, v in only[who].items() if "invalid command" in k}
        if inv:
            segs = set().union(*(only_segs[who][k] for k in inv))
            summ.append(f"{who}: 'invalid command' errors: {sum(inv.values())} in {len(segs)} segments, for "
                        + " ".join(sorted(k.split()[-1] for k in inv)))
        summ.append(f"stderr messages printed only by {who} (count, #segments):")
        for line, n in only[who].most_common(15):
            summ.append(f"  {n:4d} {len(only_segs[who][line]):3d}  {line[:105]}")
        summ.append("")
    summ.append("most frequent changed diff lines (count = occurrences across failing segments):")
    for (where, x), v in pair_count.most_common(15):
        summ.append(f"  {v:4d} {where}: {x[:110]}")
    open(os.path.join(outdir, "summary.txt"), "w").write("\n".join(summ) + "\n")
    open(os.path.join(outdir, "failures.txt"), "w").write("\n".join(fail) + "\n")
    print("\n".join(summ))


if __name__ == "__main__":
    main()
