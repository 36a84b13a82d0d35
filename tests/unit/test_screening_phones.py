"""Phone numbers written in digits of another font are read as the plain digits."""

from __future__ import annotations

import sys
import unicodedata

from twinspace.moderation.screening import Screener, Verdict
from twinspace.moderation.screening.personal import FONT_DIGIT_RANGES


def test_the_font_digits_are_every_character_nfkc_reads_as_digits() -> None:
    reads_as_digits = {
        code
        for code in range(0x80, sys.maxunicode + 1)
        if (plain := unicodedata.normalize("NFKC", chr(code))).isascii() and plain.isdigit()
    }
    written = {code for first, last in FONT_DIGIT_RANGES for code in range(first, last + 1)}
    assert written == reads_as_digits


def test_a_number_in_mathematical_digits_is_held() -> None:
    bold = "".join(chr(0x1D7CE + int(d)) for d in "07911123456")
    found = Screener().screen(f"text me {bold}")
    assert found.verdict is Verdict.hold
    assert [f.kind.value for f in found.findings] == ["phone"]
