"""Read the per-language word lists: ``wordlists/<lang>.txt``.

Each file is plain text: ``# comments``, blank lines, and entries under
section markers. Every list runs on every message (pupils mix languages), so a
language is added by adding a file. Sections:

``[abuse]`` ``[rude]`` ``[profanity]``
    words and phrases by how bad they are (``verdicts.VERDICTS`` says what each
    means at each level). ``*`` at either end also matches longer words:
    ``stronz*`` matches "stronzo" and "stronzata", plain ``dick`` only "dick".
``[allow]``
    harmless words and phrases that a wildcard or an ambiguous entry would
    otherwise catch ("puttanesca", "cavallo di troia").
``[contact]``
    phrases inviting someone elsewhere; they count when a platform name follows.
``[street]``
    street-type words with ``~`` for the street's name (``via ~``, ``~ street``),
    ``^`` for a name that must be capitalised because the type word is also a
    common word (``via ^``: "via" also means "by"), or ``~suffix`` for a
    compound (``~strasse``).
``[time]``
    words after which a number is a time of day ("alle 5", "a las 5"), not the
    house number of a street just named ("in piazza alle 5").
``[email-at]`` ``[email-dot]``
    how "@" and "." are spelled out in e-mail addresses ("chiocciola", "punto").
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

SECTIONS = (
    "abuse",
    "rude",
    "profanity",
    "allow",
    "contact",
    "street",
    "time",
    "email-at",
    "email-dot",
)

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "wordlists"

Lists = dict[str, list[str]]


def load(data_dir: Path = DEFAULT_DIR) -> Lists:
    """Every section's entries, from every ``*.txt`` file in ``data_dir``."""
    lists: Lists = {section: [] for section in SECTIONS}
    paths = sorted(data_dir.glob("*.txt"))
    if not paths:
        raise FileNotFoundError(f"no word lists (*.txt) in {data_dir}")
    for path in paths:
        for section, entry in _entries(path):
            lists[section].append(entry)
    return lists


def _entries(path: Path) -> Iterator[tuple[str, str]]:
    section: str | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if section not in SECTIONS:
                raise ValueError(f"{path.name}:{number}: unknown section [{section}]")
            continue
        if section is None:
            raise ValueError(f"{path.name}:{number}: entry before any [section]")
        yield section, line
