"""Pictures for the tests, made with Pillow as a phone or a paint program would."""

from __future__ import annotations

import io
import struct

from PIL import Image

# EXIF tags: where the camera was, and which way up it was held.
ORIENTATION = 0x0112
GPS_IFD = 0x8825
FIRENZE = {1: "N", 2: (43.0, 46.0, 17.5), 3: "E", 4: (11.0, 15.0, 20.4)}


def photo(width: int = 1200, height: int = 900, rotated: bool = True) -> bytes:
    """A JPEG as a phone saves it: GPS position, camera make, orientation 6
    (held upright, stored on its side), and a comment."""
    image = Image.new("RGB", (width, height), (30, 120, 200))
    image.paste((250, 200, 40), (0, 0, width // 2, height // 3))  # a sun in a corner
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Phone 12"
    if rotated:
        exif[ORIENTATION] = 6
    exif[GPS_IFD] = FIRENZE
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), comment=b"my house", quality=90)
    return out.getvalue()


def photo_with_odd_exif(width: int = 600, height: int = 400) -> bytes:
    """A JPEG whose EXIF a careless app wrote: orientation 6, and beside it a tag
    that should hold a number (SamplesPerPixel) holding text instead."""
    tiff = b"MM\x00\x2a" + (8).to_bytes(4, "big") + (2).to_bytes(2, "big")
    tiff += struct.pack(">HHIHH", ORIENTATION, 3, 1, 6, 0)  # SHORT 6, padded
    tiff += struct.pack(">HHI4s", 0x0115, 2, 4, b"abc\x00")  # ASCII where a SHORT belongs
    tiff += (0).to_bytes(4, "big")  # no next directory
    image = Image.new("RGB", (width, height), (30, 120, 200))
    out = io.BytesIO()
    image.save(out, "JPEG", exif=b"Exif\x00\x00" + tiff, quality=90)
    return out.getvalue()


def drawing(size: int = 600) -> bytes:
    """A PNG from the page's drawing canvas, with a text chunk of metadata."""
    from PIL import PngImagePlugin

    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    image.paste((200, 30, 30, 255), (100, 100, 300, 300))
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Giulia, via Roma 3")
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info)
    return out.getvalue()


def webp() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 200), (10, 200, 10)).save(out, "WEBP")
    return out.getvalue()


def bomb() -> bytes:
    """A PNG of a few dozen KB that would decode into 400 million pixels."""
    out = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(out, "PNG")
    return out.getvalue()


def jpeg_segments(data: bytes) -> list[int]:
    """The markers of a JPEG's segments before its image data (0xE1 is EXIF or
    XMP, 0xE2 an ICC profile, 0xFE a comment)."""
    assert data[:2] == b"\xff\xd8"
    markers, i = [], 2
    while i < len(data):
        assert data[i] == 0xFF
        marker = data[i + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: pixels follow
            return markers
        i += 2 + int.from_bytes(data[i + 2 : i + 4], "big")
    return markers
