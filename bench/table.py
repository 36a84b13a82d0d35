"""Render a ``bench.run`` result file as the Markdown table ``docs/performance.md`` shows.

python -m bench.table bench/results/classroom-embedded-<timestamp>.json

A run with several flows (chat beside forum posts) gets rows for each flow; a
run that also measured its first traffic alone gets a column for it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.traffic import Content

Result = dict[str, Any]


def _values(section: str, *keys: str, sep: str = " / ") -> Callable[[Result], str]:
    """Several figures of one section, side by side (thousands separated); "None"
    for a figure the run has not got (a shared page's, in a chat run)."""

    def read(r: Result) -> str:
        return sep.join(figure(r[section].get(k)) for k in keys)

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


def _flow_values(flow: str, section: str, *keys: str) -> Callable[[Result], str]:
    """Figures of one flow, "-" for a run without that flow (the chat-alone run's posts)."""

    def read(r: Result) -> str:
        figures = r.get("flows", {}).get(flow)
        return " / ".join(figure(figures[section][k]) for k in keys) if figures else "-"

    return read


RATIO_NAMES = {
    "server.cpu_per_delivery_us": "CPU per delivery",
    "server.rss_per_connection_kib": "RSS per connection",
    "latency.p99_ms": "p99 latency",
    "latency.p50_ms": "p50 latency",
    "deliveries.per_s": "deliveries per second",
}


def ratio_name(key: str) -> str:
    """``flows.chat.ack_latency.p99_ms`` -> ``chat ack p99 latency``."""
    if key in RATIO_NAMES:
        return RATIO_NAMES[key]
    parts = key.split(".")
    if parts[0] == "flows" and len(parts) == 4:
        _, flow, section, name = parts
        ack = "ack " if section == "ack_latency" else ""
        return f"{flow} {ack}{name.removesuffix('_ms')} latency"
    return key


PERCENTILES = ("p50_ms", "p90_ms", "p99_ms", "max_ms")
RSS = ("rss_before_mib", "rss_connected_mib")
# (row label, how to read it from one result)
ROWS: list[tuple[str, Callable[[Result], Any]]] = [
    ("connections held / planned", _values("connections", "held", "planned")),
    ("of which permessage-deflate", lambda r: figure(r["connections"].get("compressed"))),
    ("closed during the run (close code, count)", _counts("connections", "closed_early")),
    ("set-up: log in, connect, subscribe, settle, s", _values("connections", "connect_s")),
    ("lines, posts or keys typed sent / acked", _values("messages", "sent", "acks")),
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
    ("shared pages open", _values("server", "pages_open")),
    (
        "server RSS connected → pages opened, MiB",
        _values("server", "rss_connected_mib", "rss_opened_mib", sep=" → "),
    ),
    ("server RSS per open page, KiB", _values("server", "rss_per_open_page_kib")),
    ("page updates accepted", _values("server", "page_updates")),
    ("server CPU per page update, µs", _values("server", "cpu_per_page_update_us")),
    ("load generator CPU in the window, s", _values("loadgen", "cpu_window_s")),
    ("everything else on the machine, CPU s", lambda r: figure(r["others_cpu_window_s"])),
    ("window (sending + drain), s", lambda r: figure(r["window_s"])),
]  # fmt: skip


# (row label after the flow's name, section, figures): the rows of each flow.
FLOW_ROWS = (
    ("sent / acked", "messages", ("sent", "acks")),
    ("deliveries received / expected", "deliveries", ("received", "expected")),
    ("latency p50 / p90 / p99 / max, ms", "latency", PERCENTILES),
    ("ack latency p50 / p99, ms", "ack_latency", ("p50_ms", "p99_ms")),
)


def flow_rows(results: list[Result]) -> list[tuple[str, Callable[[Result], Any]]]:
    """Each flow's own rows, when a run has more than one."""
    names = list(dict.fromkeys(name for r in results for name in r.get("flows", {})))
    if len(names) < 2:
        return []
    return [
        (f"{name}: {label}", _flow_values(name, section, *keys))
        for name in names
        for label, section, keys in FLOW_ROWS
    ]


def columns(data: Result) -> list[tuple[str, str]]:
    """(key in the result file, column title) of each run the file holds."""
    found = [("twinspace", "TwinSpace")]
    if "alone" in data:
        first = data["alone"]["config"]["traffic"][0]["content"]
        found.append(("alone", f"TwinSpace, {Content(first).flow} alone"))
    if "baseline" in data:
        found.append(("baseline", "baseline"))
    return found


def markdown(data: Result) -> str:
    shown = columns(data)
    results = [data[key] for key, _ in shown]
    lines = [
        "| | " + " | ".join(title for _, title in shown) + " |",
        "| --- |" + " ---: |" * len(shown),
    ]
    for label, read in ROWS + flow_rows(results):
        cells = [str(read(r)) for r in results]
        if all(set(cell.split(" / ")) <= {"None", "-"} for cell in cells):
            continue  # a figure this workload has not got (no latency without senders)
        lines.append(f"| {label} | {' | '.join(cells)} |")
    for key, title in (
        ("ratios", "TwinSpace / baseline"),
        ("beside_alone", "with the other traffic / alone"),
    ):
        ratios = [f"{ratio_name(k)} {v} x" for k, v in data.get(key, {}).items() if v]
        if ratios:
            lines += ["", f"{title}: {', '.join(ratios)}."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("result", type=Path, help="a JSON line file bench.run wrote")
    data = json.loads(Path(parser.parse_args().result).read_text().splitlines()[-1])
    print(f"`{data['command']}` (server {data['server_version']}, {data['twinspace']['date']})\n")
    print(markdown(data))


if __name__ == "__main__":
    main()
