#!/usr/bin/env python3
"""Cut a psql regression script into independently runnable segments.

SEGMENTATION RULE (also documented at the top of run.sh)
-------------------------------------------------------
A line starts a new segment iff ALL of the following hold:
  1. it is a comment-only line starting in column 0 with "--"
     (e.g. "-- \\gset", "-- test csv output format", or a bare "--" banner);
  2. the line before it is blank (whitespace only): i.e. it is the head of a
     blank-line-separated comment header, not a comment in the middle of a
     block of commands; the rest of that comment block stays with it;
  3. scanner state at that point is "top level":
       - not inside a \\if ... \\endif block (nesting depth 0; a stray \\endif
         never drives the depth below 0),
       - not inside COPY ... FROM STDIN data (up to the "\\." terminator),
       - the psql query buffer is empty: no unterminated SQL statement, and not
         inside a '...' / E'...' / "..." / $tag$...$tag$ literal or a
         /* ... */ comment (psql's own lexing rules: ';' ends a statement only
         at parenthesis depth 0; "\\;" does not send; \\g \\gx \\gset \\gdesc
         \\gexec \\crosstabview \\watch send the buffer; \\r resets it; the
         arguments of \\! \\copy \\ef \\ev \\sf \\sv \\h, and "|pipe" file
         arguments of \\g \\gx \\o \\w, swallow the rest of the line);
  4. no session state that a following section may depend on is pending,
     because each segment runs in a brand-new session:
       - an explicit transaction block (BEGIN/START TRANSACTION not yet
         closed by COMMIT/ROLLBACK/END/ABORT without AND CHAIN),
       - SET ROLE / SET search_path not yet undone (RESET ..., SET ... TO
         DEFAULT, RESET ALL),
       - a temporary table not yet dropped (any later "drop table NAME" text,
         including text produced via \\gexec, counts as the drop),
       - a psql behaviour variable at a non-default value: AUTOCOMMIT off,
         FETCH_COUNT set, ON_ERROR_ROLLBACK on/interactive, VERBOSITY
         terse/verbose/sqlstate, ECHO other than
         'all' (the harness runs with -a), SHOW_ALL_RESULTS off.
  5. the first command after the comment block is not one that acts on the
     current/previous query buffer (\\g \\gx \\gdesc \\gset \\gexec
     \\crosstabview \\p \\w \\watch), since a new session has no
     previous query.
Other psql-side state (\\pset settings, other \\set variables such as
SHOW_CONTEXT -- set to 'always' near the end of psql.sql and never reset, the
previous-query buffer used by a bare \\g, PREPAREd statements) is NOT
protected: it is simply absent at the start of a segment, for psql and wadb
alike.  A segment consisting only of comments/blank lines is merged into the
following segment.

Usage: segment.py FILE            -> prints "start end title" per segment
       (1-based inclusive line numbers)
"""
import re
import sys

WHOLE_LINE_CMDS = {"!", "copy", "ef", "ev", "sf", "sf+", "sv", "sv+", "h", "help"}
PIPE_ARG_CMDS = {"g", "gx", "o", "out", "w", "write"}
SEND_CMDS = {"g", "gx", "gset", "gdesc", "gexec", "crosstabview", "watch"}
RESET_CMDS = {"r", "reset"}

IDENT = re.compile(r"[A-Za-z0-9_\x80-\uffff]")
DOLLAR_TAG = re.compile(r"\$([A-Za-z_\x80-\uffff][A-Za-z0-9_\x80-\uffff]*)?\$")
CMD_NAME = re.compile(r"[A-Za-z0-9_+]+|[^\sA-Za-z0-9]")

VAR_DEFAULTS = {
    # var: (predicate "value is non-default", values meaning default)
    "AUTOCOMMIT": lambda v: v.lower() in ("off", "false", "0", "no"),
    "FETCH_COUNT": lambda v: re.fullmatch(r"-?\d+", v) is not None and int(v) > 0,
    "ON_ERROR_ROLLBACK": lambda v: v.lower() in ("on", "interactive", "true", "1", "yes"),
    "VERBOSITY": lambda v: v.lower() in ("terse", "verbose", "sqlstate"),
    "ECHO": lambda v: v.lower() in ("none", "errors", "queries"),
    "SHOW_ALL_RESULTS": lambda v: v.lower() in ("off", "false", "0", "no"),
}
VAR_VALID = {
    "AUTOCOMMIT": lambda v: v.lower() in ("on", "off", "true", "false", "1", "0", "yes", "no"),
    "FETCH_COUNT": lambda v: re.fullmatch(r"-?\d+", v) is not None,
    "ON_ERROR_ROLLBACK": lambda v: v.lower() in ("on", "off", "interactive", "true", "false", "1", "0", "yes", "no"),
    "VERBOSITY": lambda v: v.lower() in ("default", "terse", "verbose", "sqlstate"),
    "SHOW_CONTEXT": lambda v: v.lower() in ("never", "errors", "always"),
    "ECHO": lambda v: v.lower() in ("none", "errors", "queries", "all"),
    "SHOW_ALL_RESULTS": lambda v: v.lower() in ("on", "off", "true", "false", "1", "0", "yes", "no"),
}


class Scanner:
    def __init__(self):
        self.in_sq = False        # inside '...'
        self.sq_escape = False    # ... which is an E'...' string
        self.in_dq = False
        self.dollar = None        # current dollar-quote tag, e.g. "$$"
        self.comment_depth = 0
        self.paren = 0
        self.buf_nonempty = False
        self.shape = []           # statement text with literal contents blanked
        self.if_depth = 0
        self.copy_pending = 0     # number of COPY FROM STDIN data blocks to read
        self.in_tx = False
        self.role_set = False
        self.path_set = False
        self.temp_tables = set()
        self.vars = {}            # tracked psql variable -> non-default?
        self.cond = []            # \\if stack: [parent_active, active, taken, saved]

    def active(self):
        return not self.cond or self.cond[-1][1]

    def _save(self):
        return (len(self.shape), self.paren, self.buf_nonempty)

    def _restore(self, saved):
        del self.shape[saved[0]:]
        self.paren, self.buf_nonempty = saved[1], saved[2]

    @staticmethod
    def _bool(args):
        v = (args[0] if args else "").strip("'").lower()
        if v.startswith(":"):
            return True           # variable test: unknown, assume true
        if v and any(x.startswith(v) for x in ("true", "yes")) or v in ("on", "1"):
            return True
        return False

    # ---- state queries -------------------------------------------------
    def lexically_clean(self):
        return not (self.in_sq or self.in_dq or self.dollar or self.comment_depth
                    or self.buf_nonempty or self.copy_pending)

    def session_clean(self):
        return not (self.in_tx or self.role_set or self.path_set or self.temp_tables
                    or any(self.vars.values()))

    def can_cut(self):
        return self.lexically_clean() and self.if_depth == 0 and self.session_clean()

    # ---- statement-level effects ---------------------------------------
    def _send(self):
        text = "".join(self.shape)
        self.shape = []
        self.buf_nonempty = False
        self.paren = 0
        for part in text.split(";"):
            s = " ".join(part.split()).lower()
            if not s:
                continue
            if re.match(r"(begin|start\s+transaction)\b", s) and not s.startswith("begin atomic"):
                self.in_tx = True
            elif re.match(r"(commit|rollback|end|abort)\b", s):
                if not re.search(r"\band\s+chain\b", s) or re.search(r"\band\s+no\s+chain\b", s):
                    if not re.match(r"rollback\s+to\b", s):
                        self.in_tx = False
            m = re.match(r"set\s+(session\s+|local\s+)?role\s*(to|=)?\s*(\S+)", s)
            if m:
                self.role_set = m.group(3) not in ("default", "none")
            m = re.match(r"set\s+(session\s+|local\s+)?search_path\s*(to|=)\s*(\S+)", s)
            if m:
                self.path_set = m.group(3) != "default"
            if re.match(r"reset\s+role\b", s):
                self.role_set = False
            if re.match(r"reset\s+search_path\b", s):
                self.path_set = False
            if re.match(r"reset\s+all\b", s):
                self.role_set = self.path_set = False
            m = re.match(r"create\s+(global\s+|local\s+)?(temp|temporary)\s+table\s+(if\s+not\s+exists\s+)?([a-z0-9_.]+)", s)
            if m:
                self.temp_tables.add(m.group(4))
            if re.match(r"copy\b", s) and re.search(r"\bfrom\s+stdin\b", s):
                self.copy_pending += 1

    def _note_drops(self, raw_line):
        low = raw_line.lower()
        for t in list(self.temp_tables):
            if re.search(r"drop\s+table\s+(if\s+exists\s+)?" + re.escape(t) + r"\b", low):
                self.temp_tables.discard(t)

    # ---- backslash commands --------------------------------------------
    def _read_arg(self, line, i):
        """Read one argument starting at line[i] (not whitespace, not '\\').
        Returns (argtext, new_i)."""
        out = []
        n = len(line)
        while i < n and not line[i].isspace() and line[i] != "\\":
            c = line[i]
            if c in "'\"`":
                q = c
                out.append(c)
                i += 1
                while i < n:
                    if q == "'" and line[i] == "\\" and i + 1 < n:
                        out.append(line[i:i + 2])
                        i += 2
                        continue
                    if line[i] == q:
                        if q == "'" and i + 1 < n and line[i + 1] == "'":
                            out.append("''")
                            i += 2
                            continue
                        out.append(q)
                        i += 1
                        break
                    out.append(line[i])
                    i += 1
            else:
                out.append(c)
                i += 1
        return "".join(out), i

    def _backslash(self, line, i):
        """line[i] == '\\'.  Process backslash command(s).  Returns the index
        at which SQL lexing resumes (len(line) if the rest is consumed)."""
        n = len(line)
        while i < n and line[i] == "\\":
            if line.startswith("\\\\", i):      # "\\" separator: back to SQL
                return i + 2
            m = CMD_NAME.match(line, i + 1)
            if not m:
                return n
            name = m.group(0)
            i = m.end()
            if name == ";":                      # \; : literal semicolon, no send
                self.shape.append(";")
                return i
            args = []
            if name in WHOLE_LINE_CMDS:
                args = [line[i:].strip()]
                i = n
            else:
                while True:
                    while i < n and line[i].isspace():
                        i += 1
                    if i >= n or line[i] == "\\":
                        break
                    if not args and name in PIPE_ARG_CMDS and line[i] == "|":
                        args.append(line[i:].strip())
                        i = n
                        break
                    a, i = self._read_arg(line, i)
                    args.append(a)
            self._apply_cmd(name, args)
        return i

    def _apply_cmd(self, name, args):
        if name == "if":
            self.if_depth += 1
            par = self.active()
            act = par and self._bool(args)
            self.cond.append([par, act, act, self._save()])
            return
        if name in ("elif", "else"):
            if self.cond:
                top = self.cond[-1]
                if not top[1]:
                    self._restore(top[3])
                act = top[0] and not top[2] and (name == "else" or self._bool(args))
                top[1] = act
                top[2] = top[2] or act
                top[3] = self._save()
            return
        if name == "endif":
            self.if_depth = max(0, self.if_depth - 1)
            if self.cond:
                top = self.cond.pop()
                if not top[1]:
                    self._restore(top[3])
            return
        if not self.active():
            return
        if name in SEND_CMDS:
            self._send()
        elif name in RESET_CMDS:
            self.shape = []
            self.buf_nonempty = False
            self.paren = 0
        elif name == "copy" and args and re.search(r"\bfrom\s+(stdin|pstdin)\b", args[0], re.I):
            self.copy_pending += 1
        elif name == "set" and args:
            var = args[0]
            if var in VAR_DEFAULTS:
                val = args[1].strip("'") if len(args) > 1 else ""
                if VAR_VALID[var](val):
                    self.vars[var] = VAR_DEFAULTS[var](val)
        elif name == "unset" and args:
            if args[0] in VAR_DEFAULTS:
                self.vars[args[0]] = False

    # ---- per line --------------------------------------------------------
    def feed(self, line):
        if self.copy_pending:
            if line.rstrip("\r\n") == "\\.":
                self.copy_pending -= 1
            return
        self._note_drops(line)
        line = line.rstrip("\n")
        i, n = 0, len(line)
        while i < n:
            c = line[i]
            if self.comment_depth:
                if line.startswith("*/", i):
                    self.comment_depth -= 1
                    i += 2
                elif line.startswith("/*", i):
                    self.comment_depth += 1
                    i += 2
                else:
                    i += 1
                continue
            if self.in_sq:
                if self.sq_escape and c == "\\" and i + 1 < n:
                    i += 2
                    continue
                if c == "'":
                    if i + 1 < n and line[i + 1] == "'":
                        i += 2
                        continue
                    self.in_sq = False
                    self.shape.append("'")
                i += 1
                continue
            if self.in_dq:
                if c == '"':
                    if i + 1 < n and line[i + 1] == '"':
                        i += 2
                        continue
                    self.in_dq = False
                    self.shape.append('"')
                i += 1
                continue
            if self.dollar:
                if line.startswith(self.dollar, i):
                    i += len(self.dollar)
                    self.shape.append(self.dollar)
                    self.dollar = None
                else:
                    i += 1
                continue
            # normal SQL lexing
            if line.startswith("--", i):
                break
            if line.startswith("/*", i):
                self.comment_depth += 1
                i += 2
                continue
            if c == "\\":
                i = self._backslash(line, i)
                continue
            if c == "'":
                prev = line[i - 1] if i > 0 else " "
                prev2 = line[i - 2] if i > 1 else " "
                self.sq_escape = prev in "eE" and not IDENT.match(prev2)
                self.in_sq = True
                self.buf_nonempty = True
                self.shape.append("'")
                i += 1
                continue
            if c == '"':
                self.in_dq = True
                self.buf_nonempty = True
                self.shape.append('"')
                i += 1
                continue
            if c == "$":
                m = DOLLAR_TAG.match(line, i)
                prev = line[i - 1] if i > 0 else " "
                if m and not IDENT.match(prev):
                    self.dollar = m.group(0)
                    self.buf_nonempty = True
                    self.shape.append(self.dollar)
                    i = m.end()
                    continue
            if c == "(":
                self.paren += 1
            elif c == ")":
                self.paren = max(0, self.paren - 1)
            if c == ";" and self.paren == 0:
                self.shape.append(";")
                if self.active():
                    self._send()
                else:
                    self.shape = []
                    self.buf_nonempty = False
                i += 1
                continue
            if not c.isspace():
                self.buf_nonempty = True
            self.shape.append(c)
            i += 1
        self.shape.append("\n")


def why_not(sc):
    r = []
    for k in ("in_sq", "in_dq", "dollar", "comment_depth", "buf_nonempty", "copy_pending",
              "if_depth", "in_tx", "role_set", "path_set", "temp_tables"):
        if getattr(sc, k):
            r.append(f"{k}={getattr(sc, k)!r}")
    r += [f"{k}" for k, v in sc.vars.items() if v]
    return r


DEBUG = False


def segments(lines):
    """Return list of (start, end, title), 1-based inclusive."""
    sc = Scanner()
    starts = [0]
    prev_blank = True
    for idx, line in enumerate(lines):
        is_comment = line.startswith("--")
        if idx > 0 and is_comment and prev_blank:
            nxt = next((l.strip() for l in lines[idx:]
                        if l.strip() and not l.lstrip().startswith("--")), "")
            uses_prev = re.match(r"\\(g|gx|gdesc|gset|gexec|crosstabview|p|w|watch)(\s|$)", nxt)
            if sc.can_cut() and not uses_prev:
                starts.append(idx)
            elif DEBUG:
                print(f"# no cut at line {idx + 1}: {' '.join(why_not(sc))}"
                      f"{' next-uses-previous-buffer' if uses_prev else ''}", file=sys.stderr)
        sc.feed(line)
        prev_blank = line.strip() == ""
    bounds = []
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(lines)
        bounds.append([s, e])
    # merge comment/blank-only segments into the following one
    merged = []
    carry = None
    for s, e in bounds:
        if carry is not None:
            s = carry
            carry = None
        body = [l for l in lines[s:e] if l.strip() and not l.lstrip().startswith("--")]
        if not body:
            carry = s
            continue
        merged.append([s, e])
    if carry is not None:
        if merged:
            merged[-1][1] = len(lines)
        else:
            merged.append([carry, len(lines)])
    out = []
    for s, e in merged:
        title = ""
        for l in lines[s:e]:
            t = l.strip()
            if t.startswith("--") and t.strip("- "):
                title = t
                break
        out.append((s + 1, e, title))
    return out


if __name__ == "__main__":
    DEBUG = "-v" in sys.argv
    sys.argv = [a for a in sys.argv if a != "-v"]
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = f.readlines()
    for s, e, t in segments(lines):
        print(f"{s:5d} {e:5d}  {t}")
