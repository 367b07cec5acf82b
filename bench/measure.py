"""Running one command and measuring it: wall time, client CPU, peak RSS, and the server's CPU for it.

Every command runs under GNU time (`/usr/bin/time -v`), which reports the peak RSS of the measured
process itself. CPU time comes from wait4() on the time process: user+sys of the command and all it
waited for, to the microsecond (GNU time's own figures have 10 ms steps). The server's share is the CPU
of the PostgreSQL backends connected to the benchmark database, sampled from /proc while the command
runs (see ServerCpu).
"""

import math
import os
import re
import statistics
import subprocess
import tempfile
import threading
import time
from dataclasses import asdict, dataclass

GNU_TIME = "/usr/bin/time"
TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")


class BenchError(Exception):
    """A command under measurement failed; the message says which and how."""


@dataclass
class Sample:
    wall: float  # seconds, start to exit
    cpu: float  # client user+sys seconds
    rss_kb: int  # peak resident set size of the client, KiB
    server_cpu: float | None  # seconds of backend CPU, None when not sampled
    load: float | None = None  # 1-minute load average when the command started

    def to_json(self):
        return asdict(self)


def sample_from_json(data):
    return Sample(**data)


class ServerCpu:
    """CPU used by the PostgreSQL backends of one database while a command runs.

    Backends are found by their process title ("postgres: … USER DATABASE HOST(PORT) STATE"), so only
    connections to the benchmark database count, whoever else uses the server. Every 20 ms /proc is
    searched for new backends and the known ones are read; a backend's last <20 ms before it exits are
    missed, so the figure is a slight underestimate (and in 10 ms clock ticks). Backends that exist when
    sampling starts count from then on, new ones from their start. Processes that are not PostgreSQL are
    remembered and never read again, so a search costs little more than listing /proc.
    """

    POLL_SECONDS = 0.02

    def __init__(self, database):
        self.database = database
        self.first = {}
        self.last = {}
        self.not_ours = set()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._poll, daemon=True)
        self.seconds = None

    def start(self):
        if self.database:
            for pid in self._scan():
                self.first[pid] = self.last[pid] = _cpu_ticks(pid) or 0
            self.thread.start()

    def finish(self):
        """Stops sampling; the CPU seconds counted (None when no database was given)."""
        if self.database:
            self.stop.set()
            self.thread.join()
            ticks = sum(self.last[pid] - self.first.get(pid, 0) for pid in self.last)
            self.seconds = ticks / TICKS_PER_SECOND
        return self.seconds

    def _poll(self):
        while not self.stop.wait(self.POLL_SECONDS):
            for pid in self._scan():
                self.last.setdefault(pid, 0)
            for pid in list(self.last):
                ticks = _cpu_ticks(pid)
                if ticks is not None:
                    self.last[pid] = ticks

    def _scan(self):
        """Pids of backends connected to our database not seen before."""
        found = []
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            pid = int(name)
            if pid in self.last or pid in self.not_ours:
                continue
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    title = f.read().replace(b"\0", b" ").decode("utf-8", "replace").split()
            except OSError:
                continue
            if len(title) > 2 and title[0] == "postgres:" and self.database in title[1:]:
                found.append(pid)
            elif not any("postgres" in word for word in title[:1]):
                # A backend just forked still has the postmaster's command line: look again next time.
                self.not_ours.add(pid)
        return found


def _cpu_ticks(pid):
    """utime+stime of a process in clock ticks, None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[11]) + int(fields[12])  # fields 14 and 15 of proc(5), counted after the name


class Measured:
    """A command started under GNU time; finish() waits for it and returns its Sample."""

    def __init__(self, argv, database=None, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env=None):
        self.argv = argv
        self.timefile = tempfile.NamedTemporaryFile(prefix="wadb-bench-time-", delete=False)
        self.errfile = tempfile.TemporaryFile()
        self.server = ServerCpu(database)
        self.server.start()
        self.load = os.getloadavg()[0]
        self.started = time.perf_counter()
        self.process = subprocess.Popen([GNU_TIME, "-v", "-o", self.timefile.name] + argv, stdin=stdin,
                                        stdout=stdout, stderr=self.errfile, env=env)

    def finish(self):
        _, status, usage = os.wait4(self.process.pid, 0)
        wall = time.perf_counter() - self.started
        self.process.returncode = os.waitstatus_to_exitcode(status)
        server_cpu = self.server.finish()
        with open(self.timefile.name, encoding="utf-8", errors="replace") as f:
            report = f.read()
        os.unlink(self.timefile.name)
        self.errfile.seek(0)
        errors = self.errfile.read().decode("utf-8", "replace")
        self.errfile.close()
        if self.process.returncode != 0:
            raise BenchError(f"exit {self.process.returncode}: {' '.join(self.argv)}\n{errors[-2000:]}")
        rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
        if not rss:
            raise BenchError(f"no peak RSS in GNU time's report for {' '.join(self.argv)}:\n{report}")
        return Sample(wall=wall, cpu=usage.ru_utime + usage.ru_stime, rss_kb=int(rss.group(1)),
                      server_cpu=server_cpu, load=self.load)


def run(argv, database=None, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env=None):
    """Runs argv to its end under measurement; a non-zero exit raises BenchError with its stderr."""
    return Measured(argv, database=database, stdin=stdin, stdout=stdout, env=env).finish()


def spread(values):
    """(median, min, max) of a list of numbers."""
    values = [v for v in values if v is not None]
    if not values:
        return None
    return statistics.median(values), min(values), max(values)


def percentile(values, fraction):
    """Nearest-rank percentile: the smallest value with at least `fraction` of them at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def rotations(contenders, runs):
    """The contenders in the order of each run, rotated by one every run so none is always first."""
    for i in range(runs):
        k = i % len(contenders)
        yield contenders[k:] + contenders[:k]
