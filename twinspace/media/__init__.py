"""Media: the images of a space (postcards, and pictures in forum posts and pages).

An upload is a multipart request holding one file. Who may upload is checked
before anything is decoded; the file is then checked and cleaned
(``media.images``), its image and thumbnail stored by their hash
(``storage.blobs``), and a row of the space names them: a write through the
hallway like any other. Both are served under the space's own media prefix
(``sanitize.media_prefix``: the only images rich text may show), by hash, and
only to those who see the space: anyone else, whatever id or hash they try,
gets ``not_found``.
"""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import or_, select
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request
from starlette.responses import Response

from twinspace import api
from twinspace.access import access
from twinspace.api import ApiRoute, Operation
from twinspace.errors import AppError, Code, invalid
from twinspace.media import images
from twinspace.moderation.policy import Action
from twinspace.moderation.sanitize import media_prefix
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage.blobs import NAME
from twinspace.storage.models import Media, MediaUpload
from twinspace.writepath import Change, Draft, Intent, refuse_if_limited, write

# What multipart adds around the file (boundaries, the part's headers with its
# file name): a few hundred bytes; 64 KiB leaves room for the longest name.
MULTIPART_SLACK = 64 * 1024
# Images decoded at once by one process: each can hold 100 MB or more while it
# is decoded, so a burst of uploads waits its turn rather than exhausting
# memory. Two: the cores of a small school server.
DECODING_AT_ONCE = 2
# A day in the reader's own cache: the bytes behind a hash never change, and a
# picture a moderator took down leaves every device within a day. Its ETag (the
# hash) then makes each later look a 304 without a byte of picture.
CACHE_CONTROL = "private, max-age=86400"
# Served pictures run nothing, whatever a browser might take them for.
CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox"


def media_view(media: Media) -> dict[str, Any]:
    prefix = media_prefix(media.space_id)
    return {
        "id": media.id,
        "space_id": media.space_id,
        "url": prefix + media.sha256,
        "thumbnail_url": prefix + media.thumbnail_sha256,
        "content_type": media.content_type,
        "width": media.width,
        "height": media.height,
        "size": media.size,
    }


def _decoding(rt: Runtime) -> asyncio.Semaphore:
    slots = rt.extensions.setdefault("media", asyncio.Semaphore(DECODING_AT_ONCE))
    assert isinstance(slots, asyncio.Semaphore)
    return slots


async def upload(rt: Runtime, viewer: Viewer, space_id: int, data: bytes) -> dict[str, Any]:
    """Keep an image for a space: cleaned, stored by hash, named by a row of the space.

    The same picture uploaded twice in a space is one row (and one file).
    """
    intent = Intent(space_id, Action.media_upload)
    async with rt.db() as db:  # nobody makes the server decode for a space not theirs
        await access(db, viewer.user, space_id, Action.media_upload)
    # Nor past their upload limit: refused only at the write, a picture would be
    # decoded and its files stored first, as many times as it is sent.
    await refuse_if_limited(rt, viewer, intent)
    async with _decoding(rt):
        processed = await asyncio.to_thread(images.process, data)
    sha256 = await rt.blobs.put(processed.image)
    thumbnail = await rt.blobs.put(processed.thumbnail)

    def persist(draft: Draft) -> Change:
        found = draft.db.scalar(
            select(Media).where(Media.space_id == draft.space.id, Media.sha256 == sha256)
        )
        if found is None:
            found = Media(
                space_id=draft.space.id,
                uploaded_by=viewer.user.id,
                sha256=sha256,
                thumbnail_sha256=thumbnail,
                content_type=processed.content_type,
                width=processed.width,
                height=processed.height,
                size=len(processed.image),
            )
            draft.db.add(found)
            draft.db.flush()
        # Each who uploads it may use it (postcards: a card takes its author's own).
        draft.db.merge(MediaUpload(media_id=found.id, user_id=viewer.user.id))
        return Change(media_view(found))

    return await write(rt, viewer, intent, persist)


async def served(rt: Runtime, viewer: Viewer, space_id: int, name: str) -> str:
    """The content type of the image or thumbnail ``name`` of a space the viewer
    sees; ``not_found`` for anything else, so neither ids nor hashes tell a
    stranger what exists."""
    if not NAME.match(name):
        raise AppError(Code.not_found)
    async with rt.db() as db:
        await access(db, viewer.user, space_id, Action.space_view)
        content_type = await db.scalar(
            select(Media.content_type)
            .where(
                Media.space_id == space_id,
                or_(Media.sha256 == name, Media.thumbnail_sha256 == name),
            )
            .limit(1)
        )
    if content_type is None:
        raise AppError(Code.not_found)
    return content_type


# ---------------------------------------------------------------- routes


async def _one_file(request: Request) -> bytes:
    """The single file of a multipart upload, its size bounded as it arrives."""
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise invalid("file", "multipart")
    limit = images.MAX_UPLOAD_BYTES + MULTIPART_SLACK
    stream = api.limited_stream(request, limit, images.too_large())
    parser = MultiPartParser(request.headers, stream, max_files=1, max_fields=0)
    try:
        form = await parser.parse()
    except MultiPartException:
        raise invalid("file", "multipart") from None
    try:
        upload_file = form.get("file")
        if not isinstance(upload_file, UploadFile):
            raise invalid("file", "missing")
        return await upload_file.read()
    finally:
        await form.close()


async def upload_endpoint(call: api.Call) -> dict[str, Any]:
    """Upload a picture (JPEG, PNG or WebP) to a space: cleaned, thumbnailed, stored."""
    data = await _one_file(call.request)
    return await upload(call.rt, call.viewer, call.path["space_id"], data)


async def media_endpoint(call: api.Call) -> Response:
    """A space's picture or thumbnail, for its members only."""
    rt, request = call.rt, call.request
    name = call.path["name"]
    content_type = await served(rt, call.viewer, call.path["space_id"], name)
    headers = {
        "Cache-Control": CACHE_CONTROL,
        "ETag": f'"{name}"',
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    }
    if request.headers.get("if-none-match") == headers["ETag"]:
        return Response(status_code=304, headers=headers)
    data = await rt.blobs.read(name)
    if data is None:
        raise AppError(Code.not_found)
    return Response(data, media_type=content_type, headers=headers)


routes = [
    ApiRoute(
        "/spaces/{space_id:id}/media",
        post=Operation(upload_endpoint, status=201, upload=True, gives={"media_id": "/id"}),
    ),
    ApiRoute(
        "/spaces/{space_id:id}/media/{name:str}",
        get=Operation(media_endpoint, answers="image/*"),
    ),
]
