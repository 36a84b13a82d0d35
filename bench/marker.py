"""The marker at the start of every text the load generator sends: when it was sent, and by whom.

    bench ncdblmlhdjcbgxcbxm
    (sent at 9,120,787,425,103 µs by socket 10, its text number 8, counting from 0)

The word ``bench``, then one code word: the send time in microseconds of the
monotonic clock (one clock for every process of the machine, so any socket can
time any delivery), the sender's socket number and the line's number, joined
by ``x``, each digit spelt with a consonant. Letters, because a run of digits
is what makes screening look for phone numbers (the pupil's text after the
marker has real digits where pupils write them); these consonants, because no
word-list entry is made of them alone (a test checks), so the code is never
screened as a word.
"""

from __future__ import annotations

import re
from typing import NamedTuple

WORD = "bench "
DIGITS = "bcdghjklmn"  # 0-9
SEPARATOR = "x"
TO_LETTERS = str.maketrans("0123456789", DIGITS)
TO_DIGITS = str.maketrans(DIGITS, "0123456789")
CODE = re.compile(f"[{DIGITS}{SEPARATOR}]+")
# The longest marker: 15 digits of microseconds (30 years of uptime), socket
# and line numbers of up to 7 digits. Texts with a size limit leave this room.
LONGEST = len(WORD) + 15 + 1 + 7 + 1 + 7


class Stamp(NamedTuple):
    sent_ns: int  # monotonic, microsecond resolution
    sender: int  # the sending socket's number in the run's plan
    number: int  # the sender's count of texts before this one


def marker(sent_ns: int, sender: int, number: int) -> str:
    code = f"{sent_ns // 1000}{SEPARATOR}{sender}{SEPARATOR}{number}"
    return WORD + code.translate(TO_LETTERS)


def read(text: str, at: int) -> Stamp:
    """The stamp whose code starts at ``text[at]`` (just after ``WORD``)."""
    match = CODE.match(text, at)
    if match is None:
        raise ValueError(f"no marker code at {at}: {text[at : at + 40]!r}")
    micros, sender, number = match.group().translate(TO_DIGITS).split(SEPARATOR)
    return Stamp(int(micros) * 1000, int(sender), int(number))
