"""What a process costs, read from ``/proc``: resident memory and CPU time (Linux only)."""

from __future__ import annotations

import os
import resource
from collections.abc import Iterable
from dataclasses import dataclass

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def rss_bytes(pid: int) -> int:
    """Resident set size (``VmRSS``) of one process."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024  # the kernel reports kB
    return 0  # a zombie has no VmRSS line


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time one process has used so far."""
    with open(f"/proc/{pid}/stat") as stat:
        text = stat.read()
    # The command name (field 2) may contain spaces; everything after its ')'
    # is space-separated, starting with field 3, so utime (14) is index 11.
    fields = text[text.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


@dataclass(frozen=True)
class Sample:
    """Memory and CPU of a group of processes (the servers), summed, and the
    whole machine's CPU, at one moment."""

    rss_bytes: int
    cpu_seconds: float
    machine_cpu_seconds: float


def sample(pids: Iterable[int]) -> Sample:
    pids = list(pids)
    return Sample(
        sum(rss_bytes(p) for p in pids), sum(cpu_seconds(p) for p in pids), machine_cpu_seconds()
    )


def machine_cpu_seconds() -> float:
    """CPU time all processes of the machine have used (``/proc/stat``), in seconds.

    Compared with the servers' and the load generator's own, it shows how much
    CPU others took during a run: on a shared machine, a latency figure means
    little if another program had one of the two cores.
    """
    with open("/proc/stat") as stat:
        fields = [int(v) for v in stat.readline().split()[1:]]
    # user nice system idle iowait irq softirq steal (guest time is in user already)
    idle = fields[3] + fields[4]
    return (sum(fields[:8]) - idle) / CLOCK_TICKS


def own_cpu_seconds() -> float:
    """CPU this process and its waited-for children have used (``getrusage``)."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def raise_fd_limit() -> int:
    """Lift the soft open-files limit to the hard one; return the new soft limit.

    Each WebSocket is one descriptor in the load generator and one in the
    server, and the usual soft limit (1,024) is far below 10,000 sockets.
    Children inherit the raised limit, so raising it before starting the
    servers covers them too.
    """
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or hard > soft:
        target = hard if hard != resource.RLIM_INFINITY else max(soft, 1 << 20)
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        soft = target
    return soft
