"""A card as a printable A6 postcard (PDF): the picture on the front, the message,
the stamp and the two addresses on the back, as a real card has them.

fpdf2 lays the pages out; its embedded, subset font (DejaVu Sans, shipped in
``fonts/``) writes every language of the project, Polish and Greek included.
Pure: the caller reads the card and its picture and runs this in a thread.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PIL import Image

if TYPE_CHECKING:
    from fpdf import FPDF

FONTS = Path(__file__).with_name("fonts")
# A6 in millimetres: the size of a postcard the world over.
LONG, SHORT = 148.0, 105.0
# White edge around the back's writing, as a printer's margin.
MARGIN = 7.0
# The message in 11 pt with 5.5 mm lines: the 400 characters a card holds fit
# in its half of the back.
TEXT_POINTS, LINE_MM = 11, 5.5
# The stamp's width in millimetres (a real stamp is about 25 mm).
STAMP_MM = 22.0


@dataclass(frozen=True)
class Words:
    """The back's printed words, in the reader's language."""

    to: str
    from_: str


def _front(pdf: FPDF, picture: bytes) -> None:
    """The picture filling the front, the page turned the picture's way."""
    image = Image.open(io.BytesIO(picture))
    portrait = image.height > image.width
    width, height = (SHORT, LONG) if portrait else (LONG, SHORT)
    # Cropped to the card's shape around its centre, as a print shop does.
    ratio = width / height
    if image.width / image.height > ratio:
        keep = round(image.height * ratio)
        box = ((image.width - keep) // 2, 0, (image.width + keep) // 2, image.height)
    else:
        keep = round(image.width / ratio)
        box = (0, (image.height - keep) // 2, image.width, (image.height + keep) // 2)
    pdf.add_page(orientation="P" if portrait else "L")
    pdf.image(image.crop(box), x=0, y=0, w=width, h=height)


def _address(pdf: FPDF, x: float, y: float, label: str, lines: list[str]) -> None:
    pdf.set_xy(x, y)
    pdf.set_font("DejaVu", "B", 8)
    pdf.cell(text=label)
    pdf.set_font("DejaVu", "", 10)
    for line in lines:
        y += 5.2
        pdf.set_xy(x, y)
        pdf.cell(w=LONG / 2 - MARGIN * 2, text=line)
        pdf.line(x, y + 4.6, LONG - MARGIN, y + 4.6)


def _school_lines(side: dict[str, Any], person: str | None) -> list[str]:
    school = side["school"]
    lines = [person] if person else []
    return [*lines, side["name"], school["name"], f"{school['town']} ({school['country']})"]


def postcard_pdf(card: dict[str, Any], picture: bytes, stamp: Path, words: Words) -> bytes:
    """The card (``views.card_view``) as a two-page A6 PDF."""
    # fpdf2 and the font tools under it take a third of a second to import: a
    # server loads them for the first card it prints, not each time it starts.
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format=(SHORT, LONG))
    pdf.set_auto_page_break(False)
    pdf.set_margin(0)
    pdf.add_font("DejaVu", "", FONTS / "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONTS / "DejaVuSans-Bold.ttf")
    pdf.set_title(f"Postcard {card['id']}")
    _front(pdf, picture)
    pdf.add_page(orientation="L")
    middle = LONG / 2
    pdf.set_draw_color(150, 150, 150)
    pdf.line(middle, MARGIN + 4, middle, SHORT - MARGIN - 4)
    pdf.set_font("DejaVu", "", TEXT_POINTS)
    pdf.set_xy(MARGIN, MARGIN + 4)
    pdf.multi_cell(w=middle - MARGIN * 2, h=LINE_MM, text=card["message"], align="L")
    pdf.set_font("DejaVu", "", 8)
    pdf.set_xy(MARGIN, SHORT - MARGIN - 4)
    pdf.cell(text=f"— {card['author']['display_name']}")
    pdf.image(stamp, x=LONG - MARGIN - STAMP_MM, y=MARGIN, w=STAMP_MM)
    to_user = card["to_user"]["display_name"] if card["to_user"] else None
    _address(pdf, middle + MARGIN, 40, words.to, _school_lines(card["to_class"], to_user))
    _address(pdf, middle + MARGIN, 72, words.from_, _school_lines(card["from_class"], None))
    return bytes(pdf.output())
