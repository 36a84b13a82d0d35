"""Media over HTTP: what an uploaded picture becomes, what is refused and why,
and who may see it (members of its space only, whatever id or hash is tried)."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from tests.api import images
from twinspace.config import Limit
from twinspace.media.images import process

pytestmark = pytest.mark.backends


async def _space_with_pupil(world, title="Postcards"):
    teacher = await world.teacher("Maria")
    space = await world.space(teacher, title)
    made, (giulia,) = await world.pupils(teacher, ["Giulia"])
    await teacher.ok("POST", f"/api/spaces/{space['id']}/classes", json={"class_id": made["id"]})
    return space, teacher, giulia


async def _upload(client, space_id, data, name="photo.jpg", declared="image/jpeg"):
    return await client.post(
        f"/api/spaces/{space_id}/media", files={"file": (name, data, declared)}
    )


async def _uploaded(client, space_id, data, **names):
    response = await _upload(client, space_id, data, **names)
    assert response.status_code == 201, response.text
    return response.json()


def _no_metadata(data: bytes) -> Image.Image:
    """The JPEG holds pixels and its JFIF header only: no EXIF, XMP, ICC, comment."""
    segments = images.jpeg_segments(data)
    assert [m for m in segments if 0xE1 <= m <= 0xEF or m == 0xFE] == [], segments
    assert b"Exif" not in data and b"PhoneMaker" not in data and b"my house" not in data
    picture = Image.open(io.BytesIO(data))
    assert dict(picture.getexif()) == {}
    assert set(picture.info) <= {"jfif", "jfif_version", "jfif_unit", "jfif_density"}
    return picture


async def test_a_photos_gps_and_every_other_metadata_are_gone_in_storage_and_served(world, app):
    space, _teacher, giulia = await _space_with_pupil(world)
    media = await _uploaded(giulia, space["id"], images.photo(1200, 900))
    # Held upright: the camera stored it on its side (EXIF orientation 6).
    assert (media["width"], media["height"], media["content_type"]) == (900, 1200, "image/jpeg")
    sha256 = media["url"].rsplit("/", 1)[1]
    stored = await app.state.runtime.blobs.read(sha256)
    assert hashlib.sha256(stored).hexdigest() == sha256
    assert _no_metadata(stored).size == (900, 1200)
    served = await giulia.get(media["url"])
    assert served.status_code == 200
    assert served.content == stored
    thumbnail = await giulia.get(media["thumbnail_url"])
    assert max(_no_metadata(thumbnail.content).size) == 480


async def test_a_photo_with_odd_exif_is_taken_upright_and_without_it(world):
    space, _teacher, giulia = await _space_with_pupil(world)
    media = await _uploaded(giulia, space["id"], images.photo_with_odd_exif(600, 400))
    assert (media["width"], media["height"]) == (400, 600)
    served = await giulia.get(media["url"])
    assert _no_metadata(served.content).size == (400, 600)


async def test_a_drawing_stays_a_png_without_its_text_chunks_and_webp_stays_webp(world):
    space, _teacher, giulia = await _space_with_pupil(world)
    media = await _uploaded(giulia, space["id"], images.drawing(), name="drawing.png")
    served = (await giulia.get(media["url"])).content
    picture = Image.open(io.BytesIO(served))
    assert (picture.format, picture.mode) == ("PNG", "RGBA")
    assert b"Author" not in served and b"via Roma" not in served
    assert not {"Author", "exif", "icc_profile"} & set(picture.info)
    other = await _uploaded(giulia, space["id"], images.webp(), name="x.webp")
    assert other["content_type"] == "image/webp"


@pytest.mark.parametrize(
    ("data", "name", "code", "status"),
    [
        (b"<html><script>alert(1)</script></html>" * 50, "photo.jpg", "media_unsupported", 415),
        (b"GIF89a" + b"\0" * 100, "photo.jpg", "media_unsupported", 415),
        (images.photo()[:2000], "photo.jpg", "media_unsupported", 415),  # cut short
        (b"\xff\xd8\xff" + b"\0" * (5 * 1024 * 1024), "big.jpg", "media_too_large", 413),
        (images.bomb(), "small.png", "media_too_many_pixels", 413),
    ],
    ids=["html-named-jpg", "gif", "truncated-jpeg", "over-5-MB", "decompression-bomb"],
)
async def test_what_is_not_a_usable_picture_is_refused_with_its_own_code(
    world, data, name, code, status
):
    space, _teacher, giulia = await _space_with_pupil(world)
    response = await _upload(giulia, space["id"], data, name=name)
    assert (response.status_code, response.json()["error"]["code"]) == (status, code)


async def test_past_the_upload_limit_nothing_is_decoded_or_stored(world, app):
    space, _teacher, giulia = await _space_with_pupil(world)
    rt = app.state.runtime
    rt.settings = rt.settings.with_(content_limits={"media.upload": Limit(2, 60)})
    await _uploaded(giulia, space["id"], images.webp(), name="x.webp")
    await _uploaded(giulia, space["id"], images.drawing(), name="drawing.png")
    third = images.photo()
    refused = await _upload(giulia, space["id"], third)
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "rate_limited"
    kept = hashlib.sha256(process(third).image).hexdigest()
    assert await rt.blobs.read(kept) is None
    broken = await _upload(giulia, space["id"], b"not a picture")
    assert broken.json()["error"]["code"] == "rate_limited"


async def test_an_upload_needs_one_file_in_a_multipart_body(world):
    space, _teacher, giulia = await _space_with_pupil(world)
    response = await giulia.post(f"/api/spaces/{space['id']}/media", json={"file": "x"})
    assert response.json()["error"]["fields"] == [{"field": "file", "problem": "multipart"}]
    # No Content-Type at all: the same clear answer, not a server error.
    response = await giulia.post(f"/api/spaces/{space['id']}/media", content=b"\xff\xd8")
    assert response.status_code == 422
    assert response.json()["error"]["fields"] == [{"field": "file", "problem": "multipart"}]
    response = await giulia.post(
        f"/api/spaces/{space['id']}/media", files={"other": ("a.jpg", images.photo())}
    )
    assert response.json()["error"]["fields"] == [{"field": "file", "problem": "missing"}]


async def test_served_pictures_run_nothing_and_are_cached_privately(world):
    space, _teacher, giulia = await _space_with_pupil(world)
    media = await _uploaded(giulia, space["id"], images.photo())
    served = await giulia.get(media["url"])
    assert served.headers["content-type"] == "image/jpeg"
    assert served.headers["x-content-type-options"] == "nosniff"
    assert served.headers["content-security-policy"] == "default-src 'none'; sandbox"
    assert served.headers["cache-control"].startswith("private")
    again = await giulia.get(media["url"], headers={"if-none-match": served.headers["etag"]})
    assert (again.status_code, again.content) == (304, b"")


async def test_the_same_picture_twice_in_a_space_is_one_media(world):
    space, teacher, giulia = await _space_with_pupil(world)
    first = await _uploaded(giulia, space["id"], images.photo())
    second = await _uploaded(teacher, space["id"], images.photo())
    assert first == second


async def test_non_members_get_not_found_whatever_id_or_hash_they_try(world):
    space, _teacher, giulia = await _space_with_pupil(world)
    media = await _uploaded(giulia, space["id"], images.photo())
    sha256 = media["url"].rsplit("/", 1)[1]
    thumbnail = media["thumbnail_url"].rsplit("/", 1)[1]
    stranger = await world.teacher("Stranger")
    elsewhere = await world.space(stranger, "Elsewhere")
    tries = [
        media["url"],  # the real address, learnt somehow
        media["thumbnail_url"],
        f"/api/spaces/{elsewhere['id']}/media/{sha256}",  # their own space, our hash
        f"/api/spaces/{elsewhere['id']}/media/{thumbnail}",
        f"/api/spaces/{elsewhere['id']}/media/{media['id']}",  # an id, not a hash
        f"/api/spaces/{elsewhere['id']}/media/{'0' * 64}",
        f"/api/spaces/{elsewhere['id']}/media/..%2F..%2Fsecret_key",
    ]
    for url in tries:
        response = await stranger.get(url)
        assert (response.status_code, response.json()["error"]["code"]) == (404, "not_found"), url
    # A member of the space asking for another space's picture by hash: not found too.
    mine = await _uploaded(stranger, elsewhere["id"], images.webp(), name="x.webp")
    response = await giulia.get(f"/api/spaces/{space['id']}/media/{mine['url'][-64:]}")
    assert response.status_code == 404
    response = await _upload(stranger, space["id"], images.photo())
    assert response.json()["error"]["code"] == "not_found"


async def test_forum_posts_show_the_spaces_own_pictures_only(world):
    space, teacher, giulia = await _space_with_pupil(world)
    media = await _uploaded(giulia, space["id"], images.photo())
    discussion = await teacher.ok(
        "POST",
        "/api/forum/discussions",
        201,
        json={"space_id": space["id"], "title": "Our towns"},
    )
    body = f'<p>My town</p><img src="{media["url"]}" alt="the river">'
    body += '<img src="https://tracker.example/pixel.gif" alt="x">'
    made = await teacher.ok(
        "POST",
        "/api/forum/threads",
        201,
        json={"discussion_id": discussion["id"], "title": "Florence", "body": body},
    )
    assert f'<img src="{media["url"]}" alt="the river">' in made["post"]["body"]
    assert "tracker.example" not in made["post"]["body"]
