"""Pictures: what cleaning an upload costs, how many a server takes a second, and
the memory a 5 MB upload costs.

Three measurements, one after the other:

* **cleaning alone** (this process, one thread): CPU milliseconds per picture (the
  thread's own CPU time, which other work on a shared machine barely changes) for
  each kind a card carries (a phone photo of 12 MP, a photo at the 5 MB limit,
  a drawing from the page's canvas, a WebP), as ``media.images.process`` does
  it (check, decode, turn upright, sRGB, scale, clean, encode, thumbnail), and
  the thumbnail alone (scale the cleaned picture to 480 pixels and encode it);
* **memory**: the peak resident memory one cleaning of a 5 MB photo adds, in a
  fresh process, and what the server's peak (``VmHWM``) grows by with one, then
  with two at once;
* **uploads over HTTP**: ``clients`` uploaders, each sending the 12 MP photo
  (multipart, as the page does) to a ``twinspace serve`` on SQLite, ``uploads``
  in all: uploads a second, latency p50 / p99, and server CPU per upload.

    python -m bench.media
    python -m bench.media --rounds 5 --uploads 20 --clients 2
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from PIL import Image

from bench.histogram import Histogram
from bench.procstat import cpu_seconds
from bench.seed import seed, seed_settings
from bench.services import twinspace_server
from twinspace.media import images

MIB = 1024 * 1024


def _photo(width: int, height: int, grain: int, quality: int) -> bytes:
    """A JPEG with a photo's detail: a gradient under grain, which compresses
    as a real photo does (a flat picture would be a tenth of the bytes)."""
    sky = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    grain_layer = Image.effect_noise((width, height), grain).convert("RGB")
    picture = Image.blend(sky, grain_layer, 0.5)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=quality)
    return out.getvalue()


def _drawing() -> bytes:
    """A canvas drawing as the page sends it: 1,480 x 1,050, a few strokes, PNG."""
    from PIL import ImageDraw

    canvas = Image.new("RGBA", (1480, 1050), "white")
    pen = ImageDraw.Draw(canvas)
    for i in range(40):
        pen.line([(20 * i, 30), (1400 - 15 * i, 1000)], fill=(200, 40 * (i % 6), 60), width=16)
    out = io.BytesIO()
    canvas.save(out, "PNG")
    return out.getvalue()


def _webp(data: bytes) -> bytes:
    out = io.BytesIO()
    Image.open(io.BytesIO(data)).save(out, "WEBP", quality=85)
    return out.getvalue()


def pictures() -> dict[str, bytes]:
    phone = _photo(4032, 3024, 24, 85)
    # The finest quality that stays under the limit: the heaviest photo accepted.
    limit = next(
        data
        for quality in range(96, 50, -1)
        if len(data := _photo(4032, 3024, 64, quality)) <= images.MAX_UPLOAD_BYTES
    )
    return {
        f"phone photo 12 MP, {len(phone) / MIB:.1f} MB": phone,
        f"photo at the limit, {len(limit) / MIB:.1f} MB": limit,
        "drawing 1480 x 1050 PNG": _drawing(),
        "WebP 12 MP": _webp(phone),
    }


def cleaning(rounds: int) -> dict[str, dict[str, float]]:
    found: dict[str, dict[str, float]] = {}
    for name, data in pictures().items():
        whole, thumbs = Histogram(), Histogram()
        images.process(data)  # warm: codecs loaded, caches filled
        for _ in range(rounds):
            start = time.thread_time_ns()
            cleaned = images.process(data)
            whole.record((time.thread_time_ns() - start) / 1e3)
            picture = Image.open(io.BytesIO(cleaned.image))
            picture.load()
            start = time.thread_time_ns()
            small = picture.copy()
            small.thumbnail((images.THUMBNAIL_SIDE,) * 2, Image.Resampling.LANCZOS)
            images.encoded(small, picture.format or "")
            thumbs.record((time.thread_time_ns() - start) / 1e3)
        clean_ms, thumb_ms = whole.percentile_ms(0.5) or 0, thumbs.percentile_ms(0.5) or 0
        found[name] = {
            "bytes": len(data),
            "clean_cpu_ms_p50": round(clean_ms, 1),
            "cleaned_per_core_second": round(1000 / clean_ms, 1),
            "thumbnail_cpu_ms_p50": round(thumb_ms, 1),
            "thumbnails_per_core_second": round(1000 / thumb_ms, 1),
        }
    return found


def _memory(pid: int, field: str) -> int:
    """``VmRSS`` (resident now) or ``VmHWM`` (its peak since the last reset), in bytes."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) * 1024
    return 0


def _reset_peak(pid: int) -> int:
    """Starts ``VmHWM`` again from the resident memory now (Linux: clear_refs 5), which
    it returns: the peak read later is then what came after this moment."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")
    return _memory(pid, "VmRSS")


_PEAK_CHILD = """
import os, sys
from bench.media import _memory, _reset_peak
from twinspace.media import images
data = open(sys.argv[1], "rb").read()
before = _reset_peak(os.getpid())
images.process(data)
print(_memory(os.getpid(), "VmHWM") - before)
"""


def peak_of_one_cleaning(data: bytes, tmp: Path) -> int:
    """Bytes of peak memory one cleaning adds, in a fresh process (nothing cached)."""
    path = tmp / "limit.jpg"
    path.write_bytes(data)
    out = subprocess.run(
        [sys.executable, "-c", _PEAK_CHILD, str(path)], capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip())


async def _client(url: str, login: str, password: str) -> httpx.AsyncClient:
    client = httpx.AsyncClient(base_url=url, timeout=120)
    answer = await client.post("/api/session", json={"login": login, "password": password})
    answer.raise_for_status()
    client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
    return client


async def _upload(client: httpx.AsyncClient, space_id: int, data: bytes) -> float:
    start = time.perf_counter()
    answer = await client.post(
        f"/api/spaces/{space_id}/media", files={"file": ("photo.jpg", data, "image/jpeg")}
    )
    answer.raise_for_status()
    return (time.perf_counter() - start) * 1000


async def over_http(uploads: int, clients: int, tmp: Path) -> dict[str, float]:
    database_url = f"sqlite+aiosqlite:///{tmp / 'twinspace.db'}"
    [space] = await seed(seed_settings(database_url, tmp / "seed"), 1, 1)
    teacher = space.logins[0]
    server = twinspace_server(tmp / "server", database_url, "memory://")
    try:
        found = pictures()
        phone, limit = list(found.values())[:2]
        uploaders = [
            await _client(server.url, teacher.login, teacher.password) for _ in range(clients)
        ]
        await _upload(uploaders[0], space.id, found["drawing 1480 x 1050 PNG"])  # warm
        base = _reset_peak(server.pid)
        await _upload(uploaders[0], space.id, limit)
        one = _memory(server.pid, "VmHWM") - base
        base = _reset_peak(server.pid)
        await asyncio.gather(*(_upload(c, space.id, limit) for c in uploaders[:2]))
        two = _memory(server.pid, "VmHWM") - base

        latency = Histogram()
        cpu = cpu_seconds(server.pid)
        start = time.perf_counter()

        async def uploader(client: httpx.AsyncClient, count: int) -> None:
            for _ in range(count):
                latency.record(await _upload(client, space.id, phone) * 1000)

        share = [uploads // clients + (i < uploads % clients) for i in range(clients)]
        await asyncio.gather(*(uploader(c, n) for c, n in zip(uploaders, share, strict=True)))
        elapsed = time.perf_counter() - start
        cpu = cpu_seconds(server.pid) - cpu
        for client in uploaders:
            await client.aclose()
    finally:
        server.stop()
    return {
        "server_peak_growth_one_5MB_MiB": round(one / MIB, 1),
        "server_peak_growth_two_5MB_at_once_MiB": round(two / MIB, 1),
        "uploads_per_second": round(uploads / elapsed, 2),
        "latency_ms_p50": round(latency.percentile_ms(0.5) or 0),
        "latency_ms_p99": round(latency.percentile_ms(0.99) or 0),
        "server_cpu_ms_per_upload": round(cpu * 1000 / uploads),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10, help="cleanings per kind of picture")
    parser.add_argument("--uploads", type=int, default=40, help="uploads over HTTP in all")
    parser.add_argument("--clients", type=int, default=4, help="uploaders at once")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-media-") as name:
        tmp = Path(name)
        results: dict[str, object] = {"cleaning": cleaning(args.rounds)}
        limit = next(data for kind, data in pictures().items() if "limit" in kind)
        results["peak_of_one_5MB_cleaning_MiB"] = round(peak_of_one_cleaning(limit, tmp) / MIB, 1)
        results["http"] = asyncio.run(over_http(args.uploads, args.clients, tmp))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
