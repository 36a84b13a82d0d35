"""What an uploaded picture becomes: checked by its content, re-encoded, cleaned.

Nothing a client says about a file is believed: neither its name nor its
declared type. Pillow reads the first bytes and recognises JPEG, PNG or WebP,
or the file is refused. Its size in pixels is read from its header and checked
before a single pixel is decoded, so a small file that would unpack into
gigabytes (a decompression bomb) costs nothing. Then the picture is decoded,
turned upright from its EXIF orientation, brought to sRGB, scaled down, and
drawn into a new, empty image that is encoded afresh: no byte of the upload's
metadata (EXIF with its GPS position, XMP, ICC profiles, comments) can survive,
because none of it is ever copied. Pure functions: the caller runs them in a
worker thread.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass

from PIL import ExifTags, Image, ImageCms, UnidentifiedImageError

from twinspace.errors import AppError, Code

# TwinSpace's own limit for an image: a phone's photo fits, a film does not.
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
# 40 million pixels: the largest a camera saves in 5 MB (a 12 MP phone photo is
# 2-4 MB). A 5 MB file with more is compressed as no camera compresses, and
# decoding it would take 160 MB or more: refused before decoding.
MAX_PIXELS = 40_000_000
# The long side kept: an A6 card printed at 300 dpi is 1,748 pixels wide. At
# 2,000 a 12 MP photo (4,000 x 3,000) is decoded straight at half its size:
# a quarter of the work and memory of decoding it whole.
MAX_SIDE = 2000
# The long side of a thumbnail: a gallery tile is about 300 CSS pixels wide,
# and a tablet draws 1.5 device pixels to each.
THUMBNAIL_SIDE = 480
# JPEG and WebP quality: a photo looks as before at about a tenth of its bytes.
QUALITY = 85

# Pillow's format names, and the type each is served with.
CONTENT_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
_SRGB = ImageCms.createProfile("sRGB")


@dataclass(frozen=True)
class Processed:
    image: bytes
    thumbnail: bytes
    content_type: str
    width: int
    height: int


def too_large() -> AppError:
    return AppError(Code.media_too_large, megabytes=MAX_UPLOAD_BYTES // (1024 * 1024))


def too_many_pixels() -> AppError:
    return AppError(Code.media_too_many_pixels, megapixels=MAX_PIXELS // 1_000_000)


def process(data: bytes) -> Processed:
    """The upload as a clean image and its thumbnail, in the upload's own format
    (a photo stays a JPEG, a drawing a PNG); an ``AppError`` if it is none of
    JPEG, PNG or WebP, too many bytes, or too many pixels."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise too_large()
    try:
        with Image.open(io.BytesIO(data), formats=list(CONTENT_TYPES)) as opened:
            kind = opened.format or ""
            width, height = opened.size
            if width * height > MAX_PIXELS:
                raise too_many_pixels()
            picture = _decoded(opened)
    except Image.DecompressionBombError:  # Pillow's own, far higher, limit
        raise too_many_pixels() from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        # Not an image of ours, or one broken inside (truncated, corrupt).
        raise AppError(Code.media_unsupported) from None
    thumbnail = picture.copy()
    thumbnail.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.LANCZOS)
    return Processed(
        image=encoded(picture, kind),
        thumbnail=encoded(thumbnail, kind),
        content_type=CONTENT_TYPES[kind],
        width=picture.width,
        height=picture.height,
    )


def _decoded(opened: Image.Image) -> Image.Image:
    """Upright, in sRGB, at most ``MAX_SIDE``, in a new image holding pixels only."""
    # A JPEG is decoded straight at a half, quarter or eighth of its size when
    # that still covers the size kept (other formats ignore this).
    scale = MAX_SIDE / max(opened.size)
    if scale < 1:
        opened.draft(None, (int(opened.width * scale), int(opened.height * scale)))
    opened.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    upright = _upright(opened)
    mode = "RGBA" if _has_alpha(upright) else "RGB"
    pixels = _in_srgb(upright, mode)
    clean = Image.new(mode, pixels.size)
    clean.paste(pixels)
    return clean


# EXIF orientation -> the turn that shows the picture the way it was held.
_TURNS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _upright(image: Image.Image) -> Image.Image:
    """The picture turned as its EXIF orientation says. Only that one number is
    read: Pillow's ``exif_transpose`` writes the whole EXIF block out again, and
    fails on a tag a careless app stored with the wrong type, which would refuse
    a good photo for metadata that is thrown away anyway."""
    try:
        orientation = image.getexif().get(ExifTags.Base.Orientation)
    except (OSError, SyntaxError, ValueError, TypeError, struct.error):
        orientation = None  # EXIF too broken to read: taken as stored
    turn = _TURNS.get(orientation) if isinstance(orientation, int) else None
    return image.transpose(turn) if turn is not None else image


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def _in_srgb(image: Image.Image, mode: str) -> Image.Image:
    """The picture's colours in sRGB: a wide-gamut phone photo keeps its look
    when its colour profile is dropped with the rest of the metadata."""
    profile = image.info.get("icc_profile")
    if image.mode not in ("RGB", "RGBA", "CMYK", "L"):
        image = image.convert(mode)
    if profile:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            converted = ImageCms.profileToProfile(image, source, _SRGB, outputMode=mode)
            if converted is not None:
                return converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: its numbers are taken as sRGB
    return image.convert(mode)


def encoded(image: Image.Image, kind: str) -> bytes:
    """The picture in ``kind`` (Pillow's format name), with nothing but its pixels."""
    out = io.BytesIO()
    if kind == "JPEG":
        image.convert("RGB").save(out, "JPEG", quality=QUALITY, optimize=True)
    elif kind == "WEBP":
        image.save(out, "WEBP", quality=QUALITY)
    else:
        image.save(out, "PNG")
    return out.getvalue()
