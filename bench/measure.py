"""Running one command and measuring it: wall time, client CPU, peak RSS, and the server's CPU for it.

Every command runs under GNU time (`/usr/bin/time -v`), which reports the peak RSS of the measured
process itself. CPU time comes from wait4() on the time process: user+sys of the command and all it
waited for, to the microsecond (GNU time's own figures have 10 ms steps). The server's share is the CPU
of the PostgreSQL backends connected to the benchmark database, sampled from /proc while the command
runs (see ServerCpu).

A wadb command that goes through the warm-start client does its work in another process, the warm
server JVM, which wait4() and GNU time never see. For those commands (Measured's `warm`) the server's CPU
and peak RSS while the command runs are added in (see WarmServers).
"""

import math
import os
import re
import signal
import statistics
import subprocess
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path

GNU_TIME = "/usr/bin/time"
TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")


class BenchError(Exception):
    """A command under measurement failed; the message says which and how."""


@dataclass
class Sample:
    wall: float  # seconds, start to exit
    cpu: float  # client user+sys seconds, with the warm server's when warm_cpu is set
    rss_kb: int  # peak resident set size of the client, KiB; the larger of it and warm_rss_kb when that is set
    server_cpu: float | None  # seconds of backend CPU, None when not sampled
    load: float | None = None  # 1-minute load average when the command started
    # Set only for commands measured with their warm server (results before warm start have none of them):
    warm_cpu: float | None = None  # the warm server JVM's user+sys seconds while the command ran (in cpu)
    warm_rss_kb: int | None = None  # its peak RSS (VmHWM) while the command ran, reset just before it
    client_rss_kb: int | None = None  # the peak RSS of the measured process alone (the C client when warm)

    def to_json(self):
        return asdict(self)


def sample_from_json(data):
    """A Sample from its to_json(); fields a newer or older harness wrote and this one lacks are dropped."""
    known = {f.name for f in fields(Sample)}
    return Sample(**{k: v for k, v in data.items() if k in known})


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


WARM_SERVER_CLASS = "com.vayyari.wadb.warm.WarmServer"


class WarmServers:
    """The wadb warm servers of one benchmark, and their share of the commands it measures.

    A warm server is a JVM whose command line names WARM_SERVER_CLASS and a socket in this benchmark's own
    runtime directory (RUNTIME/wadb/…, the client's $XDG_RUNTIME_DIR/wadb), so servers of other users of
    the machine, or of the user's own shell, never count. begin() is called just before a command starts:
    it reads each server's utime+stime and resets its peak RSS (writing 5 to /proc/PID/clear_refs sets
    VmHWM to the current RSS; it needs to be the process's owner or root). end() after the command: the CPU
    each server used since (a server started meanwhile counts from its start) and the largest VmHWM, which
    is at least the server's resident size when the command began. CPU comes in clock ticks (10 ms).
    """

    def __init__(self, runtime_dir):
        self.socket_dir = f"{Path(runtime_dir)}/wadb/"

    def pids(self):
        """Pids of this benchmark's warm servers that are running now."""
        found = []
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            try:
                with open(f"/proc/{name}/cmdline", "rb") as f:
                    args = f.read().decode("utf-8", "replace").split("\0")
            except OSError:
                continue
            if WARM_SERVER_CLASS in args:
                after = args[args.index(WARM_SERVER_CLASS) + 1:]
                if after and after[0].startswith(self.socket_dir):
                    found.append(int(name))
        return found

    def begin(self):
        """Each server's CPU ticks now, with its peak RSS reset; pass it to end()."""
        ticks = {}
        for pid in self.pids():
            now = _cpu_ticks(pid)
            if now is not None:
                ticks[pid] = now
                _reset_peak_rss(pid)
        return ticks

    def end(self, before):
        """(CPU seconds, peak RSS KiB) of the servers since begin(); (None, None) when there is no server."""
        cpu_ticks, peak_kb, seen = 0, None, False
        for pid in self.pids():
            now, hwm = _cpu_ticks(pid), _peak_rss_kb(pid)
            if now is None or hwm is None:
                continue  # exited just now
            seen = True
            cpu_ticks += now - before.get(pid, 0)
            peak_kb = hwm if peak_kb is None else max(peak_kb, hwm)
        if not seen:
            return None, None
        return cpu_ticks / TICKS_PER_SECOND, peak_kb

    def stop(self, timeout=10.0):
        """SIGTERM to every server of this benchmark, then waits until they are gone; the pids signalled."""
        pids = self.pids()
        for pid in pids:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in pids):
            time.sleep(0.05)
        return pids


def _reset_peak_rss(pid):
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass  # not allowed or gone: VmHWM then keeps the server's earlier peak, an overestimate


def _peak_rss_kb(pid):
    """VmHWM of a process in KiB, None once it is gone."""
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


class Measured:
    """A command started under GNU time; finish() waits for it and returns its Sample.

    With `warm` (a WarmServers), the command is one the warm-start client may relay to a warm server: the
    servers' CPU while it runs is added to the client's, and its peak RSS is the larger of the two.
    """

    def __init__(self, argv, database=None, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env=None,
                 warm=None):
        self.argv = argv
        self.timefile = tempfile.NamedTemporaryFile(prefix="wadb-bench-time-", delete=False)
        self.errfile = tempfile.TemporaryFile()
        self.warm = warm
        self.warm_before = warm.begin() if warm else None
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
        warm_cpu, warm_rss_kb = self.warm.end(self.warm_before) if self.warm else (None, None)
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
        client_cpu, client_rss_kb = usage.ru_utime + usage.ru_stime, int(rss.group(1))
        if warm_cpu is None:
            return Sample(wall=wall, cpu=client_cpu, rss_kb=client_rss_kb, server_cpu=server_cpu, load=self.load,
                          client_rss_kb=client_rss_kb if self.warm else None)
        return Sample(wall=wall, cpu=client_cpu + warm_cpu, rss_kb=max(client_rss_kb, warm_rss_kb),
                      server_cpu=server_cpu, load=self.load, warm_cpu=warm_cpu, warm_rss_kb=warm_rss_kb,
                      client_rss_kb=client_rss_kb)


def run(argv, database=None, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env=None, warm=None):
    """Runs argv to its end under measurement; a non-zero exit raises BenchError with its stderr."""
    return Measured(argv, database=database, stdin=stdin, stdout=stdout, env=env, warm=warm).finish()


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
