"""The benchmarks' seed, small: what a workload starts from is there, or the run
stops before it measures anything."""

from __future__ import annotations

from pathlib import Path

from pycrdt import XmlFragment

from bench.seed import PAGE_TEXT_CHARS, seed, seed_settings
from twinspace.app import build_runtime
from twinspace.pages.documents import ROOT, read_document
from twinspace.pages.render import words


async def test_a_seeded_space_has_its_thread_and_a_page_full_of_pupils_lines(tmp_path: Path):
    settings = seed_settings(f"sqlite+aiosqlite:///{tmp_path / 'bench.db'}", tmp_path)
    (space,) = await seed(settings, space_count=1, members=3, threads=True, pages=True)
    assert len(space.logins) == 3
    assert space.thread_id is not None and space.page_id is not None
    rt = build_runtime(settings)
    try:
        async with rt.db() as db:
            document, _ = await read_document(db, space.page_id)
        assert len(words(document.get(ROOT, type=XmlFragment))) >= PAGE_TEXT_CHARS
    finally:
        await rt.close()
