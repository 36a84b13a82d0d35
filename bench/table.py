"""Render a ``bench.run`` result file as the Markdown table ``docs/performance.md`` shows.

python -m bench.table bench/results/classroom-embedded-<timestamp>.json
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

Result = dict[str, Any]


def _values(section: str, *keys: str, sep: str = " / ") -> Callable[[Result], str]:
    """Several figures of one section, side by side (thousands separated)."""

    def read(r: Result) -> str:
        return sep.join(figure(r[section][k]) for k in keys)

    return read


def figure(value: object) -> str:
    """Counts with thousands separators; measurements with three significant digits or so."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    return f"{value:,.{digits}f}"


def _counts(section: str, key: str) -> Callable[[Result], str]:
    """A dict of counts as ``name n, ...`` (close codes, error codes)."""
    return lambda r: ", ".join(f"{name} {n}" for name, n in r[section][key].items()) or "none"


RATIO_NAMES = {
    "server.cpu_per_delivery_us": "CPU per delivery",
    "server.rss_per_connection_kib": "RSS per connection",
    "latency.p99_ms": "p99 latency",
    "latency.p50_ms": "p50 latency",
    "deliveries.per_s": "deliveries per second",
}
PERCENTILES = ("p50_ms", "p90_ms", "p99_ms", "max_ms")
RSS = ("rss_before_mib", "rss_connected_mib")
# (row label, how to read it from one result)
ROWS: list[tuple[str, Callable[[Result], Any]]] = [
    ("connections held / planned", _values("connections", "held", "planned")),
    ("of which permessage-deflate", lambda r: figure(r["connections"].get("compressed"))),
    ("closed during the run (close code, count)", _counts("connections", "closed_early")),
    ("set-up: log in, connect, subscribe, settle, s", _values("connections", "connect_s")),
    ("chat lines sent / acked", _values("messages", "sent", "acks")),
    ("error answers", _counts("messages", "errors")),
    ("deliveries received / expected", _values("deliveries", "received", "expected")),
    ("loss", _values("deliveries", "loss")),
    ("deliveries per second", _values("deliveries", "per_s")),
    ("latency p50 / p90 / p99 / max, ms", _values("latency", *PERCENTILES)),
    ("ack latency p50 / p99, ms", _values("ack_latency", "p50_ms", "p99_ms")),
    ("server RSS idle → connected, MiB", _values("server", *RSS, sep=" → ")),
    ("server RSS per connection, KiB", _values("server", "rss_per_connection_kib")),
    ("server CPU during set-up, s", _values("server", "cpu_setup_s")),
    ("server CPU in the window, s", _values("server", "cpu_window_s")),
    ("server CPU in the window, % of one core", _values("server", "cpu_percent_of_core")),
    ("server CPU per delivery, µs", _values("server", "cpu_per_delivery_us")),
    ("load generator CPU in the window, s", _values("loadgen", "cpu_window_s")),
    ("everything else on the machine, CPU s", lambda r: figure(r["others_cpu_window_s"])),
    ("window (sending + drain), s", lambda r: figure(r["window_s"])),
]  # fmt: skip


def markdown(data: Result) -> str:
    twinspace, baseline = data["twinspace"], data.get("baseline")
    head = "| | TwinSpace | baseline |" if baseline else "| | TwinSpace |"
    lines = [head, "| --- | ---: | ---: |" if baseline else "| --- | ---: |"]
    for label, read in ROWS:
        cells = [str(read(twinspace))] + ([str(read(baseline))] if baseline else [])
        if all(set(cell.split(" / ")) == {"None"} for cell in cells):
            continue  # a figure this workload has not got (no latency without senders)
        lines.append(f"| {label} | {' | '.join(cells)} |")
    ratios = [f"{RATIO_NAMES.get(k, k)} {v} x" for k, v in data.get("ratios", {}).items() if v]
    if ratios:
        lines += ["", f"TwinSpace / baseline: {', '.join(ratios)}."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("result", type=Path, help="a JSON line file bench.run wrote")
    data = json.loads(Path(parser.parse_args().result).read_text().splitlines()[-1])
    print(f"`{data['command']}` (server {data['server_version']}, {data['twinspace']['date']})\n")
    print(markdown(data))


if __name__ == "__main__":
    main()
