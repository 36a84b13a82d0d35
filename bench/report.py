"""Turn merged counts and server samples into one result, a summary, and ratios."""

from __future__ import annotations

import datetime
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.procstat import Sample
from bench.tally import Flow, Tally

MIB = 1024 * 1024


@dataclass(frozen=True)
class Window:
    """The servers around one run: before connecting, connected and settled, with the
    shared pages opened (as connected when nobody types), after."""

    before: Sample
    logged_in: Sample  # every login done, no socket opened yet
    connected: Sample
    opened: Sample
    pages: int  # shared pages opened by the typists
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


def _flow_figures(
    flow: Flow, subscribed: dict[int, int], window: Window, duration: float
) -> dict[str, Any]:
    """What one flow (or all of them, merged) sent and delivered, and how fast."""
    expected = sum(sent * subscribed.get(space, 0) for space, sent in flow.sent.items())
    sent = sum(flow.sent.values())
    delivering_s = (flow.last_delivery_ns - window.start_ns) / 1e9 if flow.last_delivery_ns else 0
    return {
        "messages": {
            "sent": sent,
            "send_rate_per_s": _per(sent, duration),
            "acks": flow.acks,
            "errors": dict(flow.errors),
        },
        "deliveries": {
            "expected": expected,
            "received": flow.received,
            "loss": _per(expected - flow.received, expected),
            "per_s": _per(flow.received, delivering_s),
        },
        "latency": flow.latency.summary(),
        "ack_latency": flow.ack_latency.summary(),
    }


def result(
    label: str, config: dict[str, Any], tally: Tally, window: Window, loadgen_cpu_s: float
) -> dict[str, Any]:
    """The figures of one run: for all flows together (as before flows existed),
    and under ``flows`` for each flow that sent or received anything."""
    connected = sum(tally.subscribed.values())
    flows = {name: flow for name, flow in tally.flows.items() if flow.active}
    merged = Flow()
    for flow in flows.values():
        merged.merge(flow)
    merged.errors.update(tally.stray_errors)
    duration = config["duration"]
    total = _flow_figures(merged, tally.subscribed, window, duration)
    total["messages"]["send_late_max_ms"] = round(tally.send_late_max_ms, 1)
    total["deliveries"].update(
        duplicates=tally.duplicates, gaps=tally.gaps, other_frames=tally.other_frames
    )
    window_s = (window.end_ns - window.start_ns) / 1e9
    server_cpu = window.after.cpu_seconds - window.opened.cpu_seconds
    machine_cpu = window.after.machine_cpu_seconds - window.opened.machine_cpu_seconds
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
        **total,
        "flows": {
            name: _flow_figures(flow, tally.subscribed, window, duration)
            for name, flow in flows.items()
        },
        "window_s": round(window_s, 2),
        "server": {
            "rss_before_mib": round(window.before.rss_bytes / MIB, 1),
            "rss_connected_mib": round(window.connected.rss_bytes / MIB, 1),
            "rss_after_mib": round(window.after.rss_bytes / MIB, 1),
            "rss_per_connection_kib": _per(
                window.connected.rss_bytes - window.before.rss_bytes, connected, 1 / 1024
            ),
            "cpu_setup_s": round(window.connected.cpu_seconds - window.before.cpu_seconds, 2),
            # The set-up without the logins: handshakes, subscribes, presence.
            "cpu_connect_s": round(window.connected.cpu_seconds - window.logged_in.cpu_seconds, 2),
            "cpu_window_s": round(server_cpu, 2),
            "cpu_percent_of_core": _per(server_cpu, window_s, 100),
            "cpu_per_delivery_us": _per(server_cpu, merged.received, 1e6),
            **_page_figures(tally, window, server_cpu),
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


def _page_figures(tally: Tally, window: Window, server_cpu: float) -> dict[str, Any]:
    """What shared pages cost: each open page's memory (its document and who
    follows it, opened before the typing starts), and the CPU of each update."""
    if not window.pages:
        return {}
    opened = window.opened.rss_bytes - window.connected.rss_bytes
    return {
        "pages_open": window.pages,
        "rss_opened_mib": round(window.opened.rss_bytes / MIB, 1),
        "rss_per_open_page_kib": _per(opened, window.pages, 1 / 1024),
        "page_updates": tally.page_updates,
        "cpu_per_page_update_us": _per(server_cpu, tally.page_updates, 1e6),
    }


Figure = tuple[str, ...]  # where a figure is in a result: ("latency", "p99_ms")

# The figures compared between the server and the baseline.
COMPARED: tuple[Figure, ...] = (
    ("server", "cpu_per_delivery_us"),
    ("server", "cpu_connect_s"),
    ("server", "rss_per_connection_kib"),
    ("latency", "p99_ms"),
    ("latency", "p50_ms"),
    ("deliveries", "per_s"),
)


def flow_latencies(data: dict[str, Any], flows: list[str] | None = None) -> tuple[Figure, ...]:
    """Each flow's latency p50 and p99, and its ack latency p99 (of ``flows``, or of
    all when a run has several)."""
    names = flows if flows is not None else list(data["flows"]) if len(data["flows"]) > 1 else []
    return tuple(
        ("flows", name, section, key)
        for name in names
        for section, key in (
            ("latency", "p50_ms"),
            ("latency", "p99_ms"),
            ("ack_latency", "p99_ms"),
        )
    )


def _figure(data: dict[str, Any], path: Figure) -> float | None:
    value: Any = data
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value if isinstance(value, int | float) else None


def ratios(
    ours: dict[str, Any], theirs: dict[str, Any], paths: tuple[Figure, ...] | None = None
) -> dict[str, float | None]:
    """ours / theirs for each figure of ``paths`` (by default the server against the
    baseline: how many times the baseline's cost, each flow's latency too)."""
    out = {}
    for path in paths if paths is not None else COMPARED + flow_latencies(ours):
        a, b = _figure(ours, path), _figure(theirs, path)
        out[".".join(path)] = round(a / b, 2) if a is not None and b else None
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
        *(_flow_line(name, flow) for name, flow in data["flows"].items() if len(data["flows"]) > 1),
        f"server       RSS {s['rss_before_mib']} -> {s['rss_connected_mib']} ->"
        f" {s['rss_after_mib']} MiB ({s['rss_per_connection_kib']} KiB/connection);"
        f" CPU {s['cpu_window_s']} s in {data['window_s']} s window"
        f" ({s['cpu_percent_of_core']} % of a core), {s['cpu_per_delivery_us']} µs/delivery;"
        f" setup CPU {s['cpu_setup_s']} s (connecting {s.get('cpu_connect_s')} s)",
        *_page_line(s),
        f"load gen     CPU {lg['cpu_window_s']} s in the window"
        f" ({lg['cpu_percent_of_core']} % of a core), {lg['cpu_total_s']} s in all;"
        f" everything else on the machine {data['others_cpu_window_s']} s",
    ]
    return "\n".join(lines)


def _page_line(server: dict[str, Any]) -> list[str]:
    if "pages_open" not in server:
        return []
    return [
        f"pages        {server['pages_open']} open: RSS {server['rss_connected_mib']} ->"
        f" {server['rss_opened_mib']} MiB ({server['rss_per_open_page_kib']} KiB/open page);"
        f" {server['page_updates']} updates accepted,"
        f" {server['cpu_per_page_update_us']} µs of server CPU each"
    ]


def _flow_line(name: str, flow: dict[str, Any]) -> str:
    m, d, lat, ack = flow["messages"], flow["deliveries"], flow["latency"], flow["ack_latency"]
    return (
        f"  {name + ':':<10} {m['sent']} sent, {m['acks']} acked, errors {m['errors'] or 'none'};"
        f" deliveries {d['received']}/{d['expected']} (loss {d['loss']});"
        f" latency ms p50 {lat['p50_ms']}  p90 {lat['p90_ms']}  p99 {lat['p99_ms']}"
        f"  max {lat['max_ms']}   (ack p50 {ack['p50_ms']}, p99 {ack['p99_ms']})"
    )


def write_line(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as out:
        out.write(json.dumps(data) + "\n")
