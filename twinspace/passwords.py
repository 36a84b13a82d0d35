"""Which passwords a teacher or a member of the platform staff may choose.

NIST SP 800-63B (5.1.1.2): no composition rules ("a digit, a capital, a
symbol"), a minimum length, and a refusal of what an attacker tries first:
passwords from breach corpora, dictionary words, repetitive or sequential
strings, and words of the context (the service's name, the user's own name
and e-mail). zxcvbn finds all of those in one pass (its lists: 30,000
passwords of breach corpora, English words, names, keyboard layouts) and
estimates how many guesses the cheapest of them would take; we refuse below a
bound and name the reason. Pupils' generated passwords never come here.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from enum import StrEnum
from typing import Annotated, Any

from anyascii import anyascii
from pydantic import StringConstraints
from zxcvbn import zxcvbn

from twinspace.errors import AppError, invalid

# NIST's floor is 8; at 10, even lower-case letters alone make 10^14 strings
# to search, and two or three short words still fit.
MIN_LENGTH = 10
# Far above any passphrase, low enough that hashing it costs what any other does.
MAX_LENGTH = 200
# zxcvbn's time grows steeply with length (200 characters took up to 2.4 s of
# CPU, 40 at most 20 ms), and 40 characters that are not guessable make the
# whole password not guessable, whatever follows them.
CHECKED_CHARACTERS = 40
# zxcvbn's line between "guessable by an unthrottled online attack" and "safe
# online, some protection offline" (its score 3). Logins are throttled (see
# accounts), so online this is decades; offline, from a stolen database at
# argon2's ~50 ms a guess, it is about 58 days of one core per account.
MIN_GUESSES = 10**8
# Context words of the service itself: a password built on them is an early guess.
SERVICE_WORDS = ("twinspace", "etwinning")
# Shorter pieces of a name or e-mail ("al", "it") are in too many good passwords.
MIN_CONTEXT_WORD = 3

Password = Annotated[str, StringConstraints(min_length=MIN_LENGTH, max_length=MAX_LENGTH)]


class Weakness(StrEnum):
    """Why a password is refused: the ``problem`` of the ``invalid`` error."""

    common = "common"  # on a list of breached passwords or words, or close to one
    personal = "personal"  # the service's name, the user's name or e-mail
    repetitive = "repetitive"  # "aaaaaaaaaa", "abcabcabc"
    sequential = "sequential"  # "1234567890", "abcdefghij", "qwertyuiop"
    guessable = "guessable"  # a date, a recent year


# The kind explanation of each weakness, in web/i18n/*.json.
REASONS = {
    Weakness.common: "password.common",
    Weakness.personal: "password.personal",
    Weakness.repetitive: "password.repetitive",
    Weakness.sequential: "password.sequential",
    Weakness.guessable: "password.guessable",
}

_PATTERNS = {
    "dictionary": Weakness.common,
    "repeat": Weakness.repetitive,
    "sequence": Weakness.sequential,
    "spatial": Weakness.sequential,
    "date": Weakness.guessable,
    "regex": Weakness.guessable,  # zxcvbn's only one: a recent year
}

# zxcvbn keeps the user's words in a module-level table while it matches, so
# two checks at once could mix two users' words: they run one at a time, in a
# thread of their own (registrations are rare; the event loop stays free).
_CHECKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="password-check")


def context_words(*texts: str) -> set[str]:
    """The service's names and the words of a name or e-mail, as typed and in ASCII:
    ``"Łucja Nowak", "lucja.nowak@sp5.pl"`` -> twinspace, etwinning, łucja, lucja,
    nowak, sp5."""
    words = set(SERVICE_WORDS)
    for text in texts:
        for word in re.split(r"[\W_]+", text.casefold()):
            if len(word) >= MIN_CONTEXT_WORD:
                words.update((word, anyascii(word)))
    return words


def weakness(password: str, context: Iterable[str]) -> Weakness | None:
    """What makes ``password`` easy to guess for someone who knows ``context``, if anything.

    The context's words are taken out first: what is left must hold on its own,
    so "MariaRossi1" is refused for Maria Rossi while a long sentence that
    happens to name her passes.
    """
    words = sorted(context, key=len, reverse=True)
    checked = password[:CHECKED_CHARACTERS]
    rest = re.sub("|".join(map(re.escape, words)), "", checked, flags=re.IGNORECASE)
    if not rest:  # nothing but the person's own words (and zxcvbn fails on nothing)
        return Weakness.personal
    result = zxcvbn(rest, user_inputs=words, max_length=CHECKED_CHARACTERS)
    if result["guesses"] >= MIN_GUESSES:
        return None
    if rest != checked:
        return Weakness.personal
    return _worst_part(result["sequence"])


def _worst_part(sequence: Sequence[Mapping[str, Any]]) -> Weakness:
    """The weakness of the longest part zxcvbn did not have to brute-force."""
    parts = [match for match in sequence if match["pattern"] in _PATTERNS]
    if not parts:
        return Weakness.guessable
    longest = max(parts, key=lambda match: len(match["token"]))
    if longest.get("dictionary_name") == "user_inputs":
        return Weakness.personal  # a word of the context spelled backwards or in l33t
    return _PATTERNS[longest["pattern"]]


async def refuse_weak(password: str, *context: str) -> None:
    """Raise ``invalid`` (field ``password``) unless ``password`` may be chosen by
    someone whose name and e-mail are ``context``. The error's ``reason`` is the
    catalogue key of a kind explanation."""
    if len(password) < MIN_LENGTH:
        raise invalid("password", "string_too_short")
    if len(password) > MAX_LENGTH:
        raise invalid("password", "string_too_long")
    loop = asyncio.get_running_loop()
    found = await loop.run_in_executor(_CHECKER, weakness, password, context_words(*context))
    if found is not None:
        raise _refusal(found)


def _refusal(found: Weakness) -> AppError:
    error = invalid("password", found.value)
    error.details["reason"] = REASONS[found]
    return error
