"""Screening alone: microseconds per text of the pupil corpus, by length and digits.

Screens chat lines of the corpus (20-300 characters, a third with digits),
texts of about 2,000 characters (chat lines run together) and the words of
20,000-character posts, as the write path screens a pupil's text (at the
strict level, before the space's own level judges what was found), and prints
p50 / p90 / p99 per group, one screener, one process, no sockets.

    python -m bench.screening
    python -m bench.screening --lines 5000 --seed 3
    python -m bench.screening --clock cpu    # each call's CPU time, not the wall clock's

The wall clock counts the time another process held the core; on a shared
machine ``--clock cpu`` (this thread's CPU time, per call) is steadier.

Screened one after another, the texts find the screener's tables in the
processor's caches. In the server they seldom do: between two chat lines the
process delivers, writes and parses, and those tables (an automaton of some
240,000 nodes, the second opinion's dictionaries) are pushed out. ``--cold``
writes over a buffer larger than the processor's last cache before each text,
so that each is screened as the server screens it.

    python -m bench.screening --clock cpu --cold
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterator

from bench.corpus import LENGTH_BANDS, Corpus
from bench.histogram import Histogram
from bench.posts import PostWriter
from twinspace.moderation.sanitize import text_of
from twinspace.moderation.screening import Level, Screener

# The size of a few paragraphs, where issue 15 sets its second screening target.
LONG_TEXT_CHARS = 2000
PERCENTILES = (0.5, 0.9, 0.99)
# Texts screened before measuring: the first calls fill caches (phonenumbers' metadata).
WARM_UP = 50
# Written over before each text with ``--cold``: larger than the last cache of
# the processors the figures come from (32 MiB).
COLD_BYTES = 64 * 1024 * 1024
CACHE_LINE = 64


def groups(corpus: Corpus, lines: int, long_texts: int, posts: int) -> Iterator[tuple[str, str]]:
    """(group, text): each line in its length band, with or without digits; then the
    2,000-character texts and the posts' words."""
    for _ in range(lines):
        line = corpus.line()
        band = next(f"{low}-{high}" for low, high in LENGTH_BANDS if len(line) <= high)
        digits = "digits" if any(c.isdigit() for c in line) else "no digits"
        yield f"line {band} characters, {digits}", line
    for _ in range(long_texts):
        text = ""
        while len(text) < LONG_TEXT_CHARS:
            text += corpus.line() + "\n"
        yield f"about {LONG_TEXT_CHARS:,} characters", text
    writer = PostWriter(corpus)
    for _ in range(posts):
        yield "post of 20,000 characters", text_of(writer.long_post())


CLOCKS = {"wall": time.perf_counter_ns, "cpu": time.thread_time_ns}


def measure(
    lines: int, long_texts: int, posts: int, seed: int, clock: str = "wall", cold: bool = False
) -> dict[str, dict[str, object]]:
    now = CLOCKS[clock]
    evict = _evictor() if cold else None
    screener = Screener()
    texts = list(groups(Corpus(seed), lines, long_texts, posts))
    for _, text in texts[:WARM_UP]:
        screener.screen(text, Level.strict)
    found: dict[str, Histogram] = {}
    chars: dict[str, int] = {}
    for group, text in texts:
        if evict is not None:
            evict()
        start = now()
        screener.screen(text, Level.strict)
        found.setdefault(group, Histogram()).record((now() - start) / 1000)
        chars[group] = chars.get(group, 0) + len(text)
    return {
        group: {
            "texts": histogram.count,
            "mean_chars": round(chars[group] / histogram.count),
            **{
                f"p{round(fraction * 100)}_us": round(
                    (histogram.percentile_ms(fraction) or 0.0) * 1000, 1
                )
                for fraction in PERCENTILES
            },
        }
        for group, histogram in sorted(found.items())
        if histogram.count
    }


def _evictor() -> Callable[[], None]:
    """Writes a byte of every cache line of a buffer larger than the last cache."""
    buffer = bytearray(COLD_BYTES)
    zeros = bytes(len(range(0, COLD_BYTES, CACHE_LINE)))

    def evict() -> None:
        buffer[::CACHE_LINE] = zeros

    return evict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=3000, help="chat lines to screen")
    parser.add_argument("--long-texts", type=int, default=200, help="texts of ~2,000 characters")
    parser.add_argument("--posts", type=int, default=20, help="posts of 20,000 characters")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--clock", choices=sorted(CLOCKS), default="wall", help="what a call's time is read on"
    )
    parser.add_argument(
        "--cold", action="store_true", help="push the processor's caches out before each text"
    )
    args = parser.parse_args()
    result = measure(args.lines, args.long_texts, args.posts, args.seed, args.clock, args.cold)
    for group, figures in result.items():
        print(
            f"{group:<40} {figures['texts']:>5} texts of {figures['mean_chars']:>6} characters:"
            f" p50 {figures['p50_us']} µs, p90 {figures['p90_us']} µs, p99 {figures['p99_us']} µs"
        )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
