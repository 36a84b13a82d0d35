"""Where the bytes of uploaded images live: stored by the SHA-256 of their content.

A blob's name is the hash of its bytes, so a file is written once however often
it is uploaded, is never changed after, and may be cached for ever. Which space
may see it is the database's business (``models.Media``), never the store's:
the store only keeps bytes.

The interface is two calls, so that a deployment of several server hosts can
keep its images elsewhere:

* a **shared volume** (NFS, CephFS, a cloud file share) mounted at the same path
  on every host: ``FolderStore`` as it is, with ``TWINSPACE_MEDIA_DIR`` pointing
  there; the write is a rename, atomic on any POSIX file system;
* an **S3-compatible object store** (MinIO, Ceph RGW, AWS S3, ...): a class with
  the same two methods, ``put`` as PutObject (under ``ab/cd/abcd...``, skipped
  when HeadObject finds it) and ``read`` as GetObject. Not written yet: one host
  and a shared volume cover every deployment so far.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Protocol

# A blob's name: 64 lowercase hex digits, checked before any path is made of it.
NAME = re.compile(r"^[0-9a-f]{64}$")


def name_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobStore(Protocol):
    async def put(self, data: bytes) -> str:
        """Keep ``data``; its name (the SHA-256 of it) is returned. Idempotent."""

    async def read(self, name: str) -> bytes | None:
        """The bytes named ``name``, or None if there are none."""


class FolderStore:
    """Blobs as files under a folder, two levels of fan-out (``ab/cd/abcd...``) so
    no directory holds more than a few thousand entries.

    File calls run in a worker thread: a slow disk (or network volume) must
    never stop the event loop.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, name: str) -> Path:
        if not NAME.match(name):
            raise ValueError("not a blob name")
        return self.root / name[:2] / name[2:4] / name

    async def put(self, data: bytes) -> str:
        name = name_of(data)
        await asyncio.to_thread(self._write, self.path(name), data)
        return name

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        if path.exists():
            return  # the same bytes, by their name
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside, then renamed: a reader never sees half a file, and two
        # writers of the same blob both succeed.
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".part-")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    async def read(self, name: str) -> bytes | None:
        if not NAME.match(name):
            return None
        return await asyncio.to_thread(self._read, self.path(name))

    @staticmethod
    def _read(path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None
