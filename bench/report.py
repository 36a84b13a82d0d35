"""Turn merged counts and server samples into one result, a summary, and ratios."""

from __future__ import annotations

import datetime
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.procstat import Sample
from bench.tally import Tally

MIB = 1024 * 1024


@dataclass(frozen=True)
class Window:
    """The servers around one run: before connecting, connected and settled, after."""

    before: Sample
    connected: Sample
    after: Sample
    connect_s: float  # logins, handshakes, subscribes and the presence storm
    start_ns: int  # the senders' common start (monotonic)
    end_ns: int  # every process has drained


def machine() -> dict[str, Any]:
    model = ""
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            model = next(
                (line.split(":", 1)[1].strip() for line in cpuinfo if "model name" in line), ""
            )
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "cpu_model": model}


def _per(numerator: float, denominator: float, scale: float = 1.0) -> float | None:
    return round(numerator * scale / denominator, 3) if denominator else None


def result(
    label: str, config: dict[str, Any], tally: Tally, window: Window, loadgen_cpu_s: float
) -> dict[str, Any]:
    connected = sum(tally.subscribed.values())
    expected = sum(sent * tally.subscribed[space] for space, sent in tally.sent.items())
    sent = sum(tally.sent.values())
    window_s = (window.end_ns - window.start_ns) / 1e9
    delivering_s = (
        (tally.last_delivery_ns - window.start_ns) / 1e9 if tally.last_delivery_ns else 0.0
    )
    server_cpu = window.after.cpu_seconds - window.connected.cpu_seconds
    machine_cpu = window.after.machine_cpu_seconds - window.connected.machine_cpu_seconds
    return {
        "target": label,
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "config": config,
        "connections": {
            "planned": connected + sum(tally.connect_failures.values()),
            "connected": connected,
            "held": tally.held,
            "compressed": tally.compressed,
            "failures": dict(tally.connect_failures),
            "closed_early": dict(tally.closes),
            "connect_s": round(window.connect_s, 2),
        },
        "messages": {
            "sent": sent,
            "send_rate_per_s": _per(sent, config["duration"]),
            "acks": tally.acks,
            "errors": dict(tally.errors),
            "send_late_max_ms": round(tally.send_late_max_ms, 1),
        },
        "deliveries": {
            "expected": expected,
            "received": tally.received,
            "loss": _per(expected - tally.received, expected),
            "duplicates": tally.duplicates,
            "gaps": tally.gaps,
            "per_s": _per(tally.received, delivering_s),
            "other_frames": tally.other_frames,
        },
        "latency": tally.latency.summary(),
        "ack_latency": tally.ack_latency.summary(),
        "window_s": round(window_s, 2),
        "server": {
            "rss_before_mib": round(window.before.rss_bytes / MIB, 1),
            "rss_connected_mib": round(window.connected.rss_bytes / MIB, 1),
            "rss_after_mib": round(window.after.rss_bytes / MIB, 1),
            "rss_per_connection_kib": _per(
                window.connected.rss_bytes - window.before.rss_bytes, connected, 1 / 1024
            ),
            "cpu_setup_s": round(window.connected.cpu_seconds - window.before.cpu_seconds, 2),
            "cpu_window_s": round(server_cpu, 2),
            "cpu_percent_of_core": _per(server_cpu, window_s, 100),
            "cpu_per_delivery_us": _per(server_cpu, tally.received, 1e6),
        },
        "loadgen": {
            "cpu_window_s": round(tally.cpu_window_s, 2),
            "cpu_percent_of_core": _per(tally.cpu_window_s, window_s, 100),
            "cpu_total_s": round(loadgen_cpu_s, 2),
        },
        # Everything else on the machine during the window (other programs,
        # PostgreSQL and Redis in a distributed run, the kernel's interrupts).
        "others_cpu_window_s": round(machine_cpu - server_cpu - tally.cpu_window_s, 2),
    }


# (section, key): the figures compared between the server and the baseline.
COMPARED = (
    ("server", "cpu_per_delivery_us"),
    ("server", "rss_per_connection_kib"),
    ("latency", "p99_ms"),
    ("latency", "p50_ms"),
    ("deliveries", "per_s"),
)


def ratios(server: dict[str, Any], baseline: dict[str, Any]) -> dict[str, float | None]:
    """server / baseline for each compared figure (how many times the baseline's cost)."""
    out = {}
    for section, key in COMPARED:
        ours, theirs = server[section][key], baseline[section][key]
        out[f"{section}.{key}"] = round(ours / theirs, 2) if ours is not None and theirs else None
    return out


def summary(data: dict[str, Any]) -> str:
    c, m, d, s = data["connections"], data["messages"], data["deliveries"], data["server"]
    lat, ack, lg = data["latency"], data["ack_latency"], data["loadgen"]
    lines = [
        f"== {data['target']}: {json.dumps(data['config'])}",
        f"connections  {c['connected']}/{c['planned']} connected, {c['held']} held,"
        f" {c['compressed']} compressed"
        f" (failures {c['failures'] or 'none'}, closed early {c['closed_early'] or 'none'},"
        f" set up in {c['connect_s']} s)",
        f"messages     {m['sent']} sent ({m['send_rate_per_s']}/s), {m['acks']} acked,"
        f" errors {m['errors'] or 'none'}, worst send {m['send_late_max_ms']} ms late",
        f"deliveries   {d['received']}/{d['expected']} (loss {d['loss']}), {d['per_s']}/s,"
        f" duplicates {d['duplicates']}, gaps {d['gaps']}",
        f"latency ms   p50 {lat['p50_ms']}  p90 {lat['p90_ms']}  p99 {lat['p99_ms']}"
        f"  max {lat['max_ms']}   (ack p50 {ack['p50_ms']}, p99 {ack['p99_ms']})",
        f"server       RSS {s['rss_before_mib']} -> {s['rss_connected_mib']} ->"
        f" {s['rss_after_mib']} MiB ({s['rss_per_connection_kib']} KiB/connection);"
        f" CPU {s['cpu_window_s']} s in {data['window_s']} s window"
        f" ({s['cpu_percent_of_core']} % of a core), {s['cpu_per_delivery_us']} µs/delivery;"
        f" setup CPU {s['cpu_setup_s']} s",
        f"load gen     CPU {lg['cpu_window_s']} s in the window"
        f" ({lg['cpu_percent_of_core']} % of a core), {lg['cpu_total_s']} s in all;"
        f" everything else on the machine {data['others_cpu_window_s']} s",
    ]
    return "\n".join(lines)


def write_line(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as out:
        out.write(json.dumps(data) + "\n")
