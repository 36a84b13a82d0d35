"""Numbers written in words, read as the digits they stand for.

A phone number spelt out ("tre quattro sette, uno due tre ...", "zéro six,
douze, trente-quatre", "double seven", "dreiundzwanzig") is a phone number.
The words of each language come from ``wordlists/numbers/<lang>.txt``; the
words a language writes as one ("ventitré", "dreihundertsiebenundvierzig")
are made from them here, by the ``[compound]`` rules of its file, so every
number up to 999 is one key of the lexicon.

A *run* is a stretch of number words and digit groups, maybe with joining
words ("and", "e", "und", "et", "y") between them; it is read group by group
the way people say numbers: "three four seven" is 3, 4, 7; "forty seven" is 47;
"trois cent quarante-sept" is 347; "soixante-dix-huit" is 78.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple, cast

from twinspace.moderation.screening.lexicon import Entry, Hit, Hits, parse
from twinspace.moderation.screening.tokens import Stream
from twinspace.moderation.screening.wordlists import Entry as ListEntry
from twinspace.moderation.screening.wordlists import Lists

_HUNDRED = 100
# "quatre-vingt(s)": four twenties, French for eighty; "dix-sept": ten-seven.
_FRENCH = "fr"
# "tre volte uno" is 111; "venti volte" is no digit group.
_MOST_REPEATS = 9
_LARGEST_DIGIT = 9
_DIGITS_OR_LETTERS = re.compile(r"\d+|[a-z]+")
_TENS = range(20, 100, 10)
# A digit said again after one of these ("siedemset... nie, 7 0 0", "seven, no,
# eight") takes the place of the number word or digit said just before.
_CORRECTIONS = frozenset(
    {"no", "not", "sorry", "nie", "non", "nein", "cioe", "scusa", "pardon", "perdon", "znaczy"}
)


class Word(NamedTuple):
    """What one number word is worth."""

    value: int  # 0-999; 100 for "hundred"
    repeat: int = 1  # "double" 2, "triple" 3 (value 0)
    multiplier: bool = False  # "hundred": multiplies the unit before it
    language: str = ""
    times: bool = False  # "tre volte uno": the unit before it is a repeat ("111")


class Run(NamedTuple):
    digits: str
    first: int  # tokens of the stream
    last: int
    words: int  # how many of its tokens are words, not digits


class NumberWords:
    def __init__(self, lists: Lists) -> None:
        self.joiners: frozenset[str] = frozenset()
        self.maths = _stems_of(lists["maths"])
        self.operators = _stems_of(lists["operator"])
        self.powers = _stems_of(lists["power"])
        self.calls = _stems_of(lists["call"])  # "ruf", "call", "chiamami"
        self.apart = _stems_of(lists["apart"])  # "zu", "past", "alle": scores and times
        # A club's number on its poster or website: a public number (personal.py)
        self.posted = _stems_of(lists["posted"])  # "poster", "volantin*", "*plakat"
        self.owners = _stems_of(lists["owner"])  # "club*", "*verein", "palestr*"
        self.mine = _stems_of(lists["mine"])  # "my", "mnie", "chiamami"
        # The same owners by the language of their file: a shop's fixed line is
        # read against the mobiles of that language's countries (personal.py)
        self.owners_by_language = _stems_by_language(lists["owner"])
        self.mine_by_language = _stems_by_language(lists["mine"])
        self.posted_by_language = _stems_by_language(lists["posted"])
        # A trip's programme, timetable or brochure: a museum's or a hostel's
        # fixed line printed there is public, a mobile is not (personal.py)
        self.printed = _stems_of(lists["printed"])  # "programm*", "folleto*"
        self.printed_by_language = _stems_by_language(lists["printed"])
        # A school's or a trip's service phone, kept by a teacher for emergencies:
        # public, a mobile too, unless the writer makes it theirs (personal.py)
        self.services_by_language = _stems_by_language(lists["service"])  # "schulhandy*"
        self.urgent_by_language = _stems_by_language(lists["urgent"])  # "notfall*", "eltern"
        self.teachers_by_language = _stems_by_language(lists["teacher"])  # "herr*", "prof*"
        # ... or a number given to the whole class for a trip, to call a named
        # teacher if there is a problem: "appelez", "chiamate", "dzwońcie" (personal.py)
        self.outings_by_language = _stems_by_language(lists["outing"])  # "gita", "ausflug*"
        self.class_calls_by_language = _stems_by_language(lists["class_call"])  # "llamad"
        # ... or a host family's number on an exchange, which the teacher has on
        # her list too: "la profe también lo tiene apuntado" (personal.py)
        self.hosts_by_language = _stems_by_language(lists["host"])  # "gasteltern"
        self.noted_by_language = _stems_by_language(lists["noted"])  # "on her list"
        self.private = _stems_of(lists["private"])  # "only for you", "text me"
        # An office's e-mail address said to be on a school's website (personal.py)
        self.offices = _stems_of(lists["office"])  # "segreteria", "sekretariat"
        # ... or named as the office's official one: "offizielle Adresse", "correo oficial"
        self.official = _stems_of(lists["official"])
        self.official_by_language = _stems_by_language(lists["official"])
        # An office's opening hours, said between its name and its line (personal.py)
        self.hours = _stems_of(lists["hours"])  # "besetzt", "open", "czynne"
        # An institution's desk named with its public details: "club office",
        # "Geschäftsstelle", "segreteria", "recepcja" (personal.py, Phones.desk)
        self.desks_by_language = _stems_by_language(lists["desk"])
        self.desk_mails = _stems_of(lists["desk_mail"])  # "newsletter", "stampa"
        # A creator's business e-mail said to be on the channel's page: "Impressum
        # von seinem Kanal", "nella bio del suo canale" (personal.py, Phones.channel)
        self.channels = _stems_of(lists["channel"])  # "kanal*", "youtube*"
        self.channel_pages = _stems_of(lists["channel_page"])  # "impressum", "bio"
        self.business_mails = _stems_of(lists["business_mail"])  # "business", "kontakt"
        # ... named a business one or read by a manager, the creator's "my" beside it
        self.business_said = _stems_of(lists["business_said"])  # "manager*", "pro"
        self.possessives = _stems_of(lists["possessive"])  # "my", "mein", "mon"
        self.homes = _stems_of(lists["homes"])  # "home address", "wohnt", "mieszka"
        self.no_home = _stems_of(lists["no_home"])  # "no", "keine", "nie"
        # A teacher who passes the questions on to the desk: "alle Fragen über mich"
        self.relays = _stems_of(lists["relay"])
        # A phone told as a riddle: "then", "poi", "dann"; "txt", "vorwahl" (personal.py)
        self.chains = _stems_of(lists["chain"])
        self.lines = _stems_of(lists["line"]) | self.calls
        self.quantities = frozenset(w for e in lists["quantity"] for w in parse(e.text)[0].split())
        # Words a tablet's dictation writes for a digit it heard ("for" for 4),
        # read as that digit only between two digits or number words of a run
        self.misheard = {
            parse(word)[0]: _meaning(value, e.language)
            for e in lists["misheard"]
            for word, _, value in [e.text.rpartition(" ")]
        }
        self.entries: list[tuple[str, Entry]] = []
        by_language: dict[str, dict[str, Word]] = {}
        joiners: set[str] = set()
        compounding: dict[str, set[str]] = {}  # forms used only inside compounds ("ein")
        for entry in lists["words"]:
            text, only_in_compounds = entry.text, entry.text.endswith(" compound")
            word, _, meaning = text.removesuffix(" compound").rpartition(" ")
            key = parse(word)[0]
            if meaning == "and":
                joiners.add(key)
                continue
            by_language.setdefault(entry.language, {})[key] = _meaning(meaning, entry.language)
            if only_in_compounds:
                compounding.setdefault(entry.language, set()).add(key)
        self.joiners = frozenset(joiners)
        # The words of single digits, for numbers typed half in words ("07seven00")
        self._digit_words = {
            key: str(word.value)
            for words in by_language.values()
            for key, word in words.items()
            if 0 <= word.value <= _LARGEST_DIGIT
            and word.repeat == 1
            and not word.times
            and not word.multiplier
        }
        # The words of tens, for a unit typed as a digit after them ("soixante3")
        self._tens_words = {
            key: word.value
            for words in by_language.values()
            for key, word in words.items()
            if word.value in _TENS and word.repeat == 1 and not word.times
        }
        for entry in lists["compound"]:
            words = by_language.setdefault(entry.language, {})
            words.update(_compounds(entry.text, words, entry.language))
        for language, words in by_language.items():
            for key, worth in words.items():
                if key not in compounding.get(language, ()):
                    self.entries.append((key, Entry("number", language, False, False, worth)))
        # Single number words, to count the parts of a number told as a riddle
        self.single = frozenset(key for key, _ in self.entries if " " not in key)
        # The words of a product, "times", "volte", "fois", "mal", "veces", "razy":
        # a number said so many times is a repeat, or a sum's (personal.py)
        self.times = frozenset(key for key, entry in self.entries if cast(Word, entry.value).times)

    def runs(self, stream: Stream, hits: Hits) -> Iterator[Run]:
        """Runs of number words (and digits among them): two words at least, or one
        word beside digits."""
        found = hits.get("number")
        if not found or not _worth_reading(stream, found):
            return
        words: dict[int, Word] = {}
        for hit in found:  # a number entry's value is its Word (see __init__)
            words.setdefault(stream.token_at(hit.start), cast(Word, hit.entry.value))
        tokens = list(stream.tokens)
        for index in [i for i, word in words.items() if word.times]:
            # "1 200 000 fois 3": between digits a times word multiplies, and joins nothing.
            if 0 < index < len(tokens) - 1 and (tokens[index - 1] + tokens[index + 1]).isdigit():
                del words[index]
        # From one number word to the next: the tokens between runs are never read.
        after = 0  # the token after the last run
        for index in sorted(words):
            if index < after:
                continue
            first = index
            while first > 0 and tokens[first - 1].isdigit():
                first -= 1
            last = index
            cursor = index + 1
            while cursor < len(tokens):
                token = tokens[cursor]
                if cursor in words or token.isdigit():
                    last = cursor
                elif token in self.misheard and _said_again(tokens, words, cursor + 1):
                    # "oh 7 7 double 9 for 5 6 1 2 3": "for" heard for a 4
                    words[cursor] = self.misheard[token]
                    last = cursor
                elif token in _CORRECTIONS and _said_again(tokens, words, cursor + 1):
                    # the piece said before the correction is not dialled
                    words.pop(last, None)
                    tokens[last] = token
                elif token not in self.joiners:
                    break
                cursor += 1
            count = sum(1 for i in range(first, last + 1) if i in words)
            # two words, or one among digits ("0176 neunhundert 43 21")
            if count >= 2 or (count and last > first):
                yield Run(_digits(tokens, words, first, last), first, last, count)
            after = last + 1

    def glued(self, stream: Stream) -> str | None:
        """``stream.raw`` with the digit words glued to digits read as digits
        ("07seven00" -> "07700"), or None when there are none."""
        raw, pieces, last = stream.raw, [], 0
        for start, end in stream.glued:
            runs = self._tens_and_units(_DIGITS_OR_LETTERS.findall(raw[start:end]))
            if not all(r.isdigit() or r in self._digit_words for r in runs):
                continue
            pieces += [raw[last:start], *(self._digit_words.get(r, r) for r in runs)]
            last = end
        return "".join([*pieces, raw[last:]]) if pieces else None

    def _tens_and_units(self, runs: list[str]) -> list[str]:
        """A word of tens and the unit typed after it as one number ("soixante3" -> "63")."""
        read: list[str] = []
        for run in runs:
            tens = self._tens_words.get(read[-1]) if read else None
            if tens is not None and len(run) == 1 and run.isdigit():
                read[-1] = str(tens + int(run))
            else:
                read.append(run)
        return read


def _said_again(tokens: list[str], words: dict[int, Word], index: int) -> bool:
    """A digit or a number word at ``index``: what a correction word is followed by."""
    return index < len(tokens) and (index in words or tokens[index].isdigit())


def _stems_of(entries: list[ListEntry]) -> frozenset[str]:
    """Single folded words; a trailing "*" makes the word a stem, a leading one
    an ending ("*verein": "Fechtverein", "Sportverein")."""
    return frozenset(
        ("*" if e.text.startswith("*") else "")
        + parse(e.text.strip("*"))[0]
        + ("*" if e.text.endswith("*") else "")
        for e in entries
    )


def _stems_by_language(entries: list[ListEntry]) -> dict[str, frozenset[str]]:
    """``_stems_of`` each language's entries apart (the stem of its data file)."""
    return {
        language: _stems_of([e for e in entries if e.language == language])
        for language in {e.language for e in entries}
    }


def _worth_reading(stream: Stream, found: list[Hit]) -> bool:
    """Two number words close together, or one next to digits; else no run can be a number."""
    if not found[1:] and not stream.digits:
        return False  # most often: one "un", "sei" or "one" in a line without digits
    padded = stream.padded
    hits = sorted(found)
    # At most one word between them: at most two spaces.
    if any(padded.count(" ", a.end, b.start) <= 2 for a, b in itertools.pairwise(hits)):
        return True
    return any(
        (hit.start >= 2 and padded[hit.start - 2].isdigit())
        or (hit.end + 1 < len(padded) and padded[hit.end + 1].isdigit())
        for hit in found
    )


def _digits(tokens: list[str], words: dict[int, Word], first: int, last: int) -> str:
    groups: list[str] = []
    current: int | None = None
    repeat = 1

    def close() -> None:
        nonlocal current, repeat
        if current is not None:
            groups.append(str(current) * repeat)
            current, repeat = None, 1

    for index in range(first, last + 1):
        token = tokens[index]
        word = words.get(index)
        if word is None:
            if token.isdigit():
                close()
                groups.append(token * repeat)
                repeat = 1
            continue  # a joining word
        if word.repeat > 1:
            close()
            repeat = word.repeat
            continue
        if word.times:
            # of a number word only: "dos veces... 21 - 4" is a sum
            if current is not None and 2 <= current <= _MOST_REPEATS and index + 1 in words:
                repeat, current = current, None
            continue
        if current is None:
            current = word.value
        elif joined := _joined(current, word):
            current = joined
        else:
            close()
            current = word.value
    close()
    return "".join(groups)


def _joined(current: int, word: Word) -> int | None:
    """``current`` and the next word read as one number, or None if they are two."""
    value, tens = word.value, current % _HUNDRED
    if word.multiplier and 1 <= current <= 9:  # "three hundred"
        return current * _HUNDRED
    if word.language == _FRENCH and current == 4 and value == 20:  # quatre-vingt
        return 80
    if current >= _HUNDRED and tens == 0 and current % _HUNDRED == 0 and 1 <= value < _HUNDRED:
        return current + value  # "trois cent" + "quarante"
    if (
        1 <= value <= 9
        and tens % 10 == 0
        and (tens >= 20 or (tens == 10 and word.language == _FRENCH))
    ):
        return current + value  # "forty" + "seven", "dix" + "sept"
    if tens in (60, 80) and 10 <= value <= 19 and word.language == _FRENCH:
        return current + value  # "soixante" + "dix", "quatre-vingt" + "douze"
    return None


def _meaning(text: str, language: str) -> Word:
    if text == "times":
        return Word(0, times=True, language=language)
    if text.startswith("x") and text[1:] == str(_HUNDRED):
        return Word(_HUNDRED, multiplier=True, language=language)
    if text.startswith("x"):
        return Word(0, repeat=int(text[1:]), language=language)
    return Word(int(text), language=language)


def _compounds(rule: str, words: dict[str, Word], language: str) -> dict[str, Word]:
    """The one-word numbers a ``[compound]`` rule makes of the language's words.

    ``tens+units`` ("ventitré"), ``tens+units elided`` (also "ventuno",
    dropping the vowel before a vowel), ``units+und+tens`` ("dreiundzwanzig":
    any part that is not a class is written as it is), ``units+hundred``
    ("trecento", "dreihundert"), ``hundreds+rest`` ("centotre",
    "trecentoquarantasette").
    """
    parts, _, option = rule.partition(" ")
    classes = {
        "units": {k: w for k, w in words.items() if 1 <= w.value <= 9 and w.repeat == 1},
        "tens": {k: w for k, w in words.items() if w.value in range(20, 100, 10)},
        "hundred": {k: w for k, w in words.items() if w.multiplier},
        "hundreds": {
            k: w
            for k, w in words.items()
            if w.value in range(_HUNDRED, 1000, _HUNDRED) and w.repeat == 1
        },
        "rest": {k: w for k, w in words.items() if 1 <= w.value < _HUNDRED and w.repeat == 1},
    }
    choices = [
        list(classes[part].items()) if part in classes else [(part, Word(0))]
        for part in parts.split("+")
    ]
    made: dict[str, Word] = {}
    for combination in itertools.product(*choices):
        keys = [key for key, _ in combination]
        values = [word.value for _, word in combination]
        value = values[0] * _HUNDRED if "hundred" in parts.split("+") else sum(values)
        made["".join(keys)] = Word(value, language=language)
        if option == "elided" and keys[0][-1] in "aeiou" and keys[-1][0] in "aeiou":
            made[keys[0][:-1] + "".join(keys[1:])] = Word(value, language=language)
    return made
