"""Turn a message into the text the lexicon is matched against, in a few whole-text passes.

The message is *folded* (look-alike letters from other scripts mapped to
Latin, accents and other non-ASCII transliterated, lower case), leetspeak is
undone in the chunks where a letter touches a digit or a symbol ("n1gg",
"a$$", "sh!t", but "2024" and "3-1" stay numbers), and the words are joined by
single spaces with a space at either end: ``" you are a idiot "``. The lexicon
then finds whole words and phrases with one automaton pass (its keys carry the
spaces of their word boundaries), and the rest of screening counts tokens by
counting spaces.

Evasions get *variants*, made only for the few chunks that need them: a
chunk's words joined ("s.e.x" -> "sex", "f*ck" -> "fck"), stretched letters
shortened ("fuuuck" -> "fuck"), and letters spelled out one by one joined
("f u c k" -> "fuck").

Where a finding is, in the pupil's own text, is worked out only when there
is a finding: most messages have none.
"""

from __future__ import annotations

import codecs
import importlib
import itertools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add
from typing import NamedTuple, TypeVar

from anyascii import anyascii
from confusable_homoglyphs.confusables import confusables_data


def _confusables() -> dict[int, str]:
    """Non-ASCII characters that look like one ASCII letter or digit (Cyrillic a -> "a").

    From Unicode's confusables data; ASCII itself is left alone here (``1`` and
    ``l`` are leetspeak's business, below).
    """
    table: dict[int, str] = {}
    for char, glyphs in confusables_data.items():
        if len(char) != 1 or char.isascii():
            continue
        targets = [g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii()]
        targets = [t for t in targets if t.isalnum()]
        if targets:
            table[ord(char)] = targets[0]
    return table


_CONFUSABLES = _confusables()
# What NFKD leaves that is neither ASCII nor an accent to drop: "ł", "ß", a
# Cyrillic letter, an emoji, a zero-width space.
_UNDECOMPOSED = re.compile(r"[^\x00-\x7f\u0300-\u036f]")
# Each such character folded once, then remembered (a few hundred in practice).
_FOLDED_CHARS: dict[str, str] = {}

_LEET = str.maketrans("@$0134!57", "asoieaist")
# Stripped from both ends of a chunk before reading it as leetspeak: punctuation
# and spaces, but not the leetspeak "$" and "@" ("a$$", "@ss").
_EDGES = "".join(c for c in map(chr, range(32, 127)) if not c.isalnum() and c not in "$@")
_ALNUM = re.compile(r"[a-z0-9]+")
# Every byte that is not a lower-case letter or a digit becomes a space.
_SEPARATE = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256)).lower()


def _shapes() -> bytes:
    """The *shape* of a folded text: each character replaced by its class.

    "L" a letter, "D" a digit that leetspeak reads as a letter (0 1 3 4 5 7),
    "N" another digit, " " a space, "$" for "$" and "@", "!" itself, "*" a
    mask ("*", "#", "%", "_"), "." itself, "'" an apostrophe, "," sentence
    punctuation (, ; : ? " and brackets), "-" any other mark. Evasions show in
    the shape as short patterns ("LD", "L*", "L.L"), which a regular
    expression finds in the shape far faster than in the text: each starts
    with a rare class, so the search skips the letters.
    """
    table = bytearray(b"-" * 256)
    for code in range(256):
        char = chr(code)
        if char.isascii() and char.isalpha():
            table[code] = ord("L")
        elif char in "013457":
            table[code] = ord("D")
        elif char in "2689":
            table[code] = ord("N")
        elif char.isspace():
            table[code] = ord(" ")
        elif char in "$@":
            table[code] = ord("$")
        elif char in "*#%_":
            table[code] = ord("*")
        elif char in ',;:?"()[]{}':
            table[code] = ord(",")
        elif char in "!.'":
            table[code] = code
    return bytes(table)


_SHAPE = _shapes()
# Where a message needs a slower, more careful reading (see ``Stream.gates``):
# punctuation inside a word (the words are joined: "s.e.x", "f*ck", "stupid-ass"),
# a masked letter ("f*ck", "k0rwa", "sh.t"), a dot inside a word (a domain).
# Read in the shape with a space at either end.
GATES = {
    "joined": re.compile(r"[-.*$!](?:(?<=L.)[-.*$!]?[LDN]|(?<=[DN].)L)"),
    "masked": re.compile(r"[*DN.$!](?:(?<=L\*)|(?<=\*)(?=L)|(?<=L.)(?=L))"),
    "dotted": re.compile(r"\.(?<=[LDN]\.)(?=L)"),
}
# Three single letters or digits in a row, two of them letters: a word spelled
# out ("f u c k", "s 3 x"; not "4 a 7"), read in the shape (``Stream.spelled``).
_SPELLED_OUT = re.compile(r" (?:L L [LDN]|L [DN] L|[DN] L L) ")
# Two single letters or digits in a row, one a letter: what a word spelled out
# needs, found in a text's shape first, twice as fast as ``_SPELLED_OUT`` (most
# texts have a lone "a", "I" or "y" but no two in a row).
_SPELLED_PAIR = re.compile(r" (?:L [LDN]|[DN] L) ")
# A word and the marks that end a sentence after it ("ok!!", "ciao..."): an odd
# place (a mark touching a letter and another mark), but one whose leetspeak is
# only its letters and that opens no gate, so it is not read further. A third of
# the chat lines have one and no other odd place.
_ENDED_WORD = re.compile(r"L+[.!]+")
# A chunk is read as leetspeak when it has this many letters: "3B" is a class.
_LEET_LETTERS = 2
# The odd places of a shape: a leetspeak character touching a letter ("D", "$";
# "!" only before one: "sh!t", not "great!"), or a mark inside a word (a letter
# on one side and no word's edge on the other, or a "*" beside a letter: "sh**").
# It starts with a class of rare characters, so the search skips the letters.
_ODD = re.compile(
    r"[-.*$!D](?:"
    r"(?<=[D$])(?:(?<=L.)|(?=L))|(?<=!)(?=L)"
    r"|(?<=[-.*$!])(?:(?<=L.)(?=[^ ,'])|(?<=[^ ,'].)(?=L)|(?<=L\*)|(?<=\*)(?=L)))"
)
_STRETCH = re.compile(r"([a-z])\1{2,}")
_STRETCHED_WORD = re.compile(r"[a-z0-9]*([a-z])\1\1[a-z0-9]*")
# Each stretched run is tried at one and at two letters ("cazzzzo" -> "cazzo",
# "fuuuck" -> "fuck"): 2 ** runs variants, so a word with many runs is left as it is.
_MAX_STRETCHED_RUNS = 3

# A spelled-out run ("s e x") needs three letters: no list entry is shorter.
_SPELLED = re.compile(r"(?<= )[a-z0-9](?: [a-z0-9]){2,}(?= )")
# Three letters alike: the lexicon's "triple" keys say a word is stretched.
TRIPLES = tuple(letter * 3 for letter in "abcdefghijklmnopqrstuvwxyz")
# Two words of one letter or digit in a row, one a letter: the lexicon's "pair"
# keys say a word may be spelled out (``Stream.spelled``), so that the shape
# of most messages is not searched for one.
PAIRS = tuple(
    f"{first} {second}"
    for first, second in itertools.product("abcdefghijklmnopqrstuvwxyz0123456789", repeat=2)
    if first.isalpha() or second.isalpha()
)


def fold(text: str) -> str:
    """Lower-case ASCII that looks and reads like ``text``, one character at a time.

    NFKD takes the accents off and reads full-width and mathematical letters
    as the plain ones; what it leaves is mapped through Unicode's confusables
    (a Cyrillic "er" poses as a "p") and transliterated by anyascii ("ł" -> "l",
    "ß" -> "ss"; zero-width characters are dropped). Text in the code page of
    a partner language (nearly every message) takes a faster road to the same
    result: one byte table per code page, made from this very folding.
    """
    if text.isascii():
        return text.lower()
    if "ß" in text:  # the one common letter that folds to two
        text = text.replace("ß", "ss")
    whole = text
    # An emoji or a letter of another script: folded here one by one, so that
    # the rest still takes a code page (half of all chat lines have an emoji).
    # One that only the whole text folds right leaves ``_UNFOLDED``, and the
    # whole text takes the slow road. (Substituting at once reads the text
    # once; looking for one first read it twice in the lines that have one.)
    text = _BEYOND_CODE_PAGES.sub(_fold_beyond, text)
    for encode, table in _CODE_PAGES:
        try:
            folded = encode(text).translate(table)
        except UnicodeEncodeError:
            continue
        if _UNFOLDED not in folded:
            return folded.decode("ascii").lower()
    return _fold_slowly(whole)


def _fold_slowly(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    if _UNDECOMPOSED.search(decomposed):
        decomposed = _UNDECOMPOSED.sub(_fold_char, decomposed)
    return decomposed.encode("ascii", "ignore").decode("ascii").lower()


def _fold_beyond(match: re.Match[str]) -> str:
    return _fold_alone(match.group())


@lru_cache(maxsize=4096)  # a few hundred characters in practice; bounded all the same
def _fold_alone(char: str) -> str:
    """``char`` folded on its own, or ``_UNFOLDED`` when only the whole text folds it right.

    NFKD reorders the marks that follow a letter; the accents it takes off
    (U+0300 to U+036F) are dropped whatever their order, but the marks of
    other scripts are transliterated, so their order counts.
    """
    marks = (c for c in unicodedata.normalize("NFKD", char) if unicodedata.combining(c))
    if any(not "\u0300" <= mark <= "\u036f" for mark in marks):
        return _UNFOLDED.decode("ascii")
    return _fold_slowly(char)


def _fold_char(match: re.Match[str]) -> str:
    char = match.group()
    folded = _FOLDED_CHARS.get(char)
    if folded is None:
        folded = _FOLDED_CHARS[char] = anyascii(char.translate(_CONFUSABLES))
    return folded


# Western and Central European code pages: every letter of the six languages.
# Latin-1 first: Python encodes it fastest, and most messages need no more.
_CODEPAGE_NAMES = ("latin-1", "cp1252", "cp1250")
# In a byte table: a character that does not fold to exactly one ASCII one.
_UNFOLDED = b"\x00"


def _code_pages() -> list[tuple[Callable[[str], bytes], bytes]]:
    """Per code page, its encoder and a byte table folding each character as
    ``_fold_slowly`` does."""
    pages = []
    for codec in _CODEPAGE_NAMES:
        table = bytearray(range(128)) + bytearray(128)  # unknown bytes: _UNFOLDED
        for code in range(128, 256):
            try:
                char = bytes([code]).decode(codec)
            except UnicodeDecodeError:
                continue
            folded = _fold_slowly(char)
            if len(folded) == 1 and folded.isascii():
                table[code] = ord(folded)
        pages.append((_encoder(codec), bytes(table)))
    return pages


def _encoder(codec: str) -> Callable[[str], bytes]:
    if codec == "latin-1":
        return lambda text: text.encode("latin-1")
    # The charmap codec called directly: a third cheaper than str.encode's lookup.
    table = codecs.lookup(codec)
    encoding_map = importlib.import_module(
        f"encodings.{table.name.replace('-', '_')}"
    ).encoding_table
    return lambda text: codecs.charmap_encode(text, "strict", encoding_map)[0]


def words(chunk: str) -> list[str]:
    """The words of an entry of a data file, folded as the messages are (no leetspeak)."""
    return _ALNUM.findall(fold(chunk))


def unleet(chunk: str) -> str:
    return chunk.translate(_LEET)


def unstretched(word: str) -> list[str]:
    runs = list(_STRETCH.finditer(word))
    if not runs or len(runs) > _MAX_STRETCHED_RUNS:
        return []
    variants = []
    for lengths in itertools.product((1, 2), repeat=len(runs)):
        pieces, position = [], 0
        for run, length in zip(runs, lengths, strict=True):
            pieces += [word[position : run.start()], run.group(1) * length]
            position = run.end()
        variants.append("".join(pieces) + word[position:])
    return variants


class Variant(NamedTuple):
    """Another reading of some tokens: joined, unstretched or spelled out."""

    text: str
    first: int  # the tokens it reads
    last: int
    spelled: bool  # one letter per token: letter i is token first + i


class Stream:
    """One message as the lexicon reads it (see the module's docstring)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.raw = fold(source)  # before leetspeak is undone: masked words are read from it
        encoded = self.raw.encode("ascii")
        self.shape = encoded.translate(_SHAPE).decode("ascii")
        self.folded = self.raw
        shape = f" {self.shape} "  # positions in it are one on: the space in front
        # The chunks of ``raw`` where a digit touches a letter ("O7OO": the
        # letter O typed for a zero; "07seven00": a number word among digits)
        self.glued: list[tuple[int, int]] = []
        self.gates: dict[str, list[int]] = {}
        first = _ODD.search(shape)  # most messages have no odd place: nothing more to read
        if first is not None:
            leet = self._read_odd_places(shape, first.start())
            if leet:
                self.folded = _unleet_chunks(self.raw, leet)
                encoded = self.folded.encode("ascii")
        words = encoded.translate(_SEPARATE).split()
        self.padded = " " + b" ".join(words).decode("ascii") + " "
        self.digits = shape.count("D") + shape.count("N")
        # Worked out when first needed (functools.cached_property takes a lock: too slow here).
        self._tokens: list[str] | None = None
        self._spaces: list[int] | None = None  # positions of the spaces of ``padded``
        self._spans: list[tuple[int, int]] | None = None
        self._starts: list[int] | None = None
        self._uneven: tuple[list[int], list[int], list[int]] | None = None  # _uneven_folds

    def _read_odd_places(self, shape: str, start: int) -> list[tuple[int, int]]:
        """Read the odd places of ``shape`` (with a space at either end) from
        ``start`` on: a digit or a symbol touching a letter (leetspeak), a mark
        inside a word (a gate of ``GATES``). Sets ``glued`` and ``gates``; returns
        the chunks to read as leetspeak."""
        leet, odd, glued = set(), set(), set()
        for match in _ODD.finditer(shape, start):
            chunk = self.chunk_at(match.start() - 1)
            if _ENDED_WORD.fullmatch(self.shape, *chunk):
                continue  # "ok!!", "ciao...": no leetspeak to undo, no gate to open
            if match.group() in "D$!":
                leet.add(chunk)
            if match.group() == "D":
                glued.add(chunk)
            if match.group() in "-.*$!":
                odd.add(chunk)
        self.glued = sorted(glued)
        # Two letters, or a symbol: "sh1t", "a$$", but not "3B", "10h30" or "5e".
        leet = {
            (a, b)
            for a, b in leet
            if shape.count("L", a + 1, b + 1) >= _LEET_LETTERS or "$" in shape[a + 1 : b + 1]
        }
        if leet or odd:
            self.gates = self._gates(shape, leet | odd)
        return sorted(leet)

    def chunk_at(self, position: int) -> tuple[int, int]:
        """The whitespace-separated chunk of ``folded`` around ``position``."""
        end = self.shape.find(" ", position)
        return self.shape.rfind(" ", 0, position) + 1, end if end >= 0 else len(self.shape)

    def _gates(self, shape: str, chunks: set[tuple[int, int]]) -> dict[str, list[int]]:
        """Where in ``shape`` each gate of ``GATES`` opens (most messages: nowhere).

        ``shape``: the shape with a space at either end; ``chunks``: those with an
        odd place. Only they are read, not the whole text.
        """
        opened: dict[str, list[int]] = {}
        for start, end in sorted(chunks):
            piece = shape[start : end + 2]  # the chunk, a space on either side
            for gate, pattern in GATES.items():
                for match in pattern.finditer(piece):
                    opened.setdefault(gate, []).append(start + match.start() - 1)
        return opened

    def spelled(self) -> bool:
        """Whether letters may be spelled out one by one somewhere ("f u c k").

        Asked only of a message in which the lexicon found a "pair" key: the
        words of one character of the shape are words of ``padded`` too.
        """
        shape = f" {self.shape} "
        return _SPELLED_PAIR.search(shape) is not None and _SPELLED_OUT.search(shape) is not None

    def token_at(self, position: int) -> int:
        """The index of the token at ``position`` of ``padded``."""
        if self._spaces is None:
            # Each token and its space after it: sums of their lengths, the
            # space in front first (a list made in C, not a loop over matches).
            lengths = map(add, map(len, self.tokens), repeat(1))
            self._spaces = list(accumulate(lengths, initial=0))
        return bisect_right(self._spaces, position) - 1

    @property
    def tokens(self) -> list[str]:
        if self._tokens is None:
            self._tokens = self.padded.split()
        return self._tokens

    def words_between(self, separator: re.Pattern[bytes]) -> list[int]:
        """How many tokens each part of ``folded`` between ``separator``'s matches
        holds, counted as ``padded`` was made (``separator`` matches no letter or digit)."""
        parts = separator.split(self.folded.encode("ascii"))
        return [len(part.translate(_SEPARATE).split()) for part in parts]

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Each token's span in ``folded``."""
        if self._spans is None:
            self._spans = [m.span() for m in _ALNUM.finditer(self.folded)]
        return self._spans

    def variants(self, joined: list[int], stretched: bool, spelled: bool) -> list[Variant]:
        """The other readings of this message, as the lexicon found it needs them.

        ``joined``: where in ``shape`` there is punctuation inside a word;
        ``stretched``: whether a letter is three times in a row somewhere;
        ``spelled``: whether there may be letters spelled out one by one.
        """
        found: list[Variant] = []
        for start, end in sorted({self.chunk_at(p) for p in joined}):
            parts = _ALNUM.findall(self.folded, start, end)
            if len(parts) > 1:
                # The tokens before the chunk, counted as ``padded`` was made.
                first = len(self.folded[:start].encode("ascii").translate(_SEPARATE).split())
                found.append(Variant("".join(parts), first, first + len(parts) - 1, False))
        if stretched:
            for match in _STRETCHED_WORD.finditer(self.padded):
                token = self.token_at(match.start())
                found += [Variant(v, token, token, False) for v in unstretched(match.group())]
            found += [
                Variant(v, joined.first, joined.last, False)
                for joined in list(found)
                for v in unstretched(joined.text)
            ]
        if not (spelled or joined):
            return found
        for match in _SPELLED.finditer(self.padded):
            first = self.token_at(match.start())
            letters = unleet(match.group().replace(" ", ""))
            found.append(Variant(letters, first, first + len(letters) - 1, True))
        return found

    def tokens_in(self, start: int, end: int) -> tuple[int, int]:
        """The first and last token inside ``folded[start:end]``."""
        if self._starts is None:
            self._starts = [start for start, _ in self.spans]
        return bisect_right(self._starts, start - 1), bisect_right(self._starts, end - 1) - 1

    def parted(self, first: int, last: int, marks: str) -> bool:
        """Whether one of ``marks`` stands between tokens ``first`` and ``last``
        (an emoji reads as ``:name:``, so ":" marks it)."""
        between = self.folded[self.spans[first][1] : self.spans[last][0]]
        return any(mark in between for mark in marks)

    def excerpt(self, first: int, last: int) -> str:
        """The pupil's own text of tokens ``first`` to ``last``: the whole chunks they touch."""
        start, end = self.source_span(first, last)
        while start > 0 and not self.source[start - 1].isspace():
            start -= 1
        while end < len(self.source) and not self.source[end].isspace():
            end += 1
        return self.source[start:end]

    def source_span(self, first: int, last: int) -> tuple[int, int]:
        """Where tokens ``first`` to ``last`` stand in ``source``: from the first
        one's first character to past the last one's last."""
        return self.original(self.spans[first][0]), self.original(self.spans[last][1] - 1) + 1

    def tokens_before(self, position: int) -> list[str]:
        """The tokens whose text begins before ``position`` of ``source``."""
        count = sum(1 for start, _ in self.spans if self.original(start) < position)
        return self.tokens[:count]

    def original(self, position: int) -> int:
        """The index in ``source`` of the character that ``folded[position]`` comes from."""
        if self.source.isascii():
            return position
        if self._uneven is None:
            self._uneven = _uneven_folds(self.source)
        starts, indexes, lengths = self._uneven
        last = bisect_right(starts, position) - 1
        if last < 0:
            return position
        start, index, length = starts[last], indexes[last], lengths[last]
        if position < start + length:
            return index
        return index + 1 + position - start - length


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _uneven_folds(source: str) -> tuple[list[int], list[int], list[int]]:
    """The characters of ``source`` that fold to other than one character ("ß"
    to two, a zero-width space to none): where each one's folding starts in
    ``folded``, its index in ``source`` and its folding's length. Folding is per
    character, and every other character folds to one, so these few say where
    any character of ``folded`` comes from (``Stream.original``) without a
    folding of each character of a long text."""
    starts, indexes, lengths = [], [], []
    shift = 0  # how much longer the folded text is so far
    for match in _NOT_ASCII.finditer(source):
        length = _fold_length(match.group())
        if length != 1:
            index = match.start()
            starts.append(index + shift)
            indexes.append(index)
            lengths.append(length)
            shift += length - 1
    return starts, indexes, lengths


@lru_cache(maxsize=4096)
def _fold_length(char: str) -> int:
    return len(fold(char))


def _unleet_chunks(text: str, chunks: list[tuple[int, int]]) -> str:
    """``text`` with these chunks read as leetspeak (same length: one letter per character)."""
    pieces, position = [], 0
    for start, end in chunks:
        core = text[start:end].strip(_EDGES)
        offset = text.index(core, start)
        pieces += [text[position:offset], unleet(core)]
        position = offset + len(core)
    return "".join(pieces) + text[position:]


_CODE_PAGES = _code_pages()


def _beyond_code_pages() -> re.Pattern[str]:
    """A character that none of the code pages of ``_CODE_PAGES`` encodes."""
    known = {chr(code) for code in range(128)}
    for codec in _CODEPAGE_NAMES:
        for code in range(128, 256):
            try:
                known.add(bytes([code]).decode(codec))
            except UnicodeDecodeError:
                continue
    return re.compile("[^" + "".join(sorted(re.escape(char) for char in known)) + "]")


_BEYOND_CODE_PAGES = _beyond_code_pages()


# What a finding's excerpt comes with (its kind): carried along as it is.
_K = TypeVar("_K")


def as_written(
    found: Iterable[tuple[_K, str]], again: Stream, stream: Stream
) -> list[tuple[_K, str]]:
    """``found``, excerpts of ``again`` (the message read another way: a lesson's
    quotations left out, dictated marks put in, digit words read as digits), as
    the pupil wrote them in ``stream``: from the first of an excerpt's words to
    the last, and whatever stands between them. The two readings' words are
    matched once, in order; a word read another way stands where its neighbours
    put it."""
    found = list(found)
    if not found or not again.tokens or not stream.tokens:
        return found
    same: dict[int, int] = {}
    matcher = SequenceMatcher(None, again.tokens, stream.tokens, autojunk=False)
    for block in matcher.get_matching_blocks():
        same.update((block.a + k, block.b + k) for k in range(block.size))
    return [(kind, _written(excerpt, again, stream, same)) for kind, excerpt in found]


def _written(excerpt: str, again: Stream, stream: Stream, same: dict[int, int]) -> str:
    at = again.source.find(excerpt)
    if at < 0:
        return excerpt
    end = at + len(excerpt)
    inside = [
        i
        for i in range(len(again.tokens))
        if (span := again.source_span(i, i))[1] > at and span[0] < end
    ]
    if not inside:
        return excerpt
    first, last = inside[0], inside[-1]
    before = [same[i] for i in range(first, -1, -1) if i in same]
    after = [same[i] for i in range(last, len(again.tokens)) if i in same]
    start = same.get(first, before[0] + 1 if before else 0)
    stop = same.get(last, after[0] - 1 if after else len(stream.tokens) - 1)
    return stream.excerpt(start, stop) if start <= stop else excerpt
