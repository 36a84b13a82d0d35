"""Personal data in a message: e-mail addresses, phone numbers, street addresses."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

import phonenumbers

from twinspace.moderation.screening.lexicon import Hits
from twinspace.moderation.screening.numbers import NumberWords, Run
from twinspace.moderation.screening.online import BARE_TLDS
from twinspace.moderation.screening.tokens import Stream, fold
from twinspace.moderation.screening.verdicts import Kind
from twinspace.moderation.screening.wordlists import Entry as ListEntry

Found = Iterator[tuple[Kind, str]]
_WORD = re.compile(r"[a-z0-9]+")


# A mail provider's name said in two words ("gee mail", "hot mail", "t online"):
# after a spoken "at" and before a known top-level domain it is an address.
_SPACED_PROVIDERS = r"(?:gee|g|hot|live)\s+ma(?:il|le)|t\s+online|out\s+look|ya\s+hoo"


class Emails:
    """Plain addresses, and spelled-out ones: "name at gmail dot com", "name(at)x.it"."""

    def __init__(self, at_words: Iterable[str], dot_words: Iterable[str]) -> None:
        at = self._spoken(at_words)
        dot = self._spoken(dot_words)
        self._pattern = re.compile(
            r"(?<![\w.+\-])[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+"
            # A spelled-out separator proves little on its own ("meet at school
            # dot ..."), so such an address must end in a known top-level domain.
            # A web address after a spoken "at" is a link ("look at www.school.eu").
            # A comma may come before a spoken "at", where the name was told in
            # words that are not its letters ("tom dot reed and my birth year, at
            # gmail dot com").
            rf"|(?<![\w.+\-'\u2019])[\w.+\-]+(?:@|,?{at}(?!www\.))"
            rf"(?:{_SPACED_PROVIDERS}|[\w\-]+)(?:(?:\.|{dot})[\w\-]+)*?"
            # ... and not go on as a link's path ("our blog is at europa.eu/schools")
            rf"(?:\.|{dot})(?:{BARE_TLDS})(?![\w'\u2019/])",
            re.IGNORECASE,
        )

    @staticmethod
    def _spoken(words: Iterable[str]) -> str:
        alternatives = "|".join(sorted({re.escape(w) for w in words}, key=lambda w: (-len(w), w)))
        if not alternatives:
            return "(?!)"  # no spelled-out form in these lists: never matches
        return rf"(?:\s*[(\[{{<]\s*(?:{alternatives})\s*[)\]}}>]\s*|\s+(?:{alternatives})\s+)"

    def find(self, text: str) -> Found:
        for match in self._pattern.finditer(text):
            yield Kind.email, match.group()


# The mail providers that pupils name when they tell an address in pieces:
# "sk8 dot boi then the at thing then outlook dot com", "puis l'arobase. puis
# gmail point com", "en gmail, la arroba ya sabes donde va" (round 54).
MAIL_PROVIDERS = frozenset(
    (  # noqa: SIM905 (a list of words reads best as words)
        "gmail googlemail outlook hotmail yahoo icloud gmx libero virgilio tiscali "
        "laposte wanadoo orange wp onet interia o2 proton protonmail aol"
    ).split()
)
# A spoken "at", a spoken "dot" and a provider's name this close together, in
# words, are an address told in pieces, whatever is said between them.
_PIECES_WITHIN = 14
# Spoken "at"s that are everyday words ("meet at the library", "bei mir") count
# only as "the at", "the at sign" or "the at thing".
_COMMON_AT = frozenset({"at", "bei", "ät"})
_NAMED_AT = frozenset({"sign", "thing", "symbol", "zeichen", "ding"})


def _spoken_at(tokens: list[str], at: int) -> bool:
    if tokens[at] not in _COMMON_AT:
        return True
    before = tokens[at - 1] if at > 0 else ""
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    return before in {"the", "das", "dem"} or after in _NAMED_AT


def in_pieces(tokens: list[str], ats: list[int], dots: list[int]) -> tuple[int, int] | None:
    """The first and last token of an e-mail told in pieces, if there is one:
    ``ats`` and ``dots`` the tokens where a spoken "at" and "dot" stand."""
    ats = [a for a in ats if _spoken_at(tokens, a)]
    if not ats or not dots:
        return None
    for provider, token in enumerate(tokens):
        if token not in MAIL_PROVIDERS:
            continue
        at = min(ats, key=lambda a: abs(a - provider))
        dot = min(dots, key=lambda d: abs(d - provider))
        if abs(at - provider) <= _PIECES_WITHIN and abs(dot - provider) <= _PIECES_WITHIN:
            return min(at, dot, provider), max(at, dot, provider)
    return None


# The partner countries of the eTwinning network, most frequent first: a number
# written without its country code is tried as a national number of each.
REGIONS = (  # noqa: SIM905 (a table of codes reads best as words)
    "IT FR DE ES PL GB PT GR RO TR UA NL BE AT CH IE SE DK FI NO IS CZ SK HU SI HR "
    "BG LT LV EE LU MT CY AL BA ME MK RS MD GE AM AZ JO LB TN"
).split()

# Digits with up to three separators between them ("347 - 123", "(030) 12",
# "347..123"), seven digits at least: Estonia's and Iceland's numbers, the
# shortest among the partner countries, have seven. Scores, times and prices
# have fewer. Commas are no separator: "8, 9, 7, 10" is a list of marks. An
# emoji (with its variation selector or joiners) counts as one separator:
# "0 7 7 🔥 0 0 9 🔥 1 2 3" is a number split to slip past a filter.
_SHORTEST = 7
# A number told a digit at a time: one word at most between two digits, and
# words between four pairs of them at least.
_WORDS_BETWEEN = 1
_WORDS_BETWEEN_LEAST = 4
# E.164: no phone number has more digits, country code included.
_LONGEST = 15
_EMOJI = "[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+"
# Pipes and bullets part groups as well ("0160 | 28 | 55", "07 \u2022 700").
_SEPARATORS = rf"(?:[\s.\-/()_|\u2010-\u2015\u00b7\u2022\u2023\u25aa\u25cf]|{_EMOJI})"
_CANDIDATE = re.compile(rf"[0-9](?:{_SEPARATORS}{{0,3}}[0-9]){{{_SHORTEST - 1},}}")
# Dates ("12.05.2024", "2024-05-12") and years written as a range
# ("2023-2024", "2023/24") are the digit runs most often mistaken for phone
# numbers; they are blanked out before a second search.
_NOT_PHONES = re.compile(
    r"(?<![\d.\-/])(?:\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?![.\-/]?\d)"
    r"|(?<!\d)(?:1[89]|20)\d\d\s*[-\u2013/]\s*(?:(?:1[89]|20)\d\d|\d\d)(?!\d)"
)
# Match scores: "25-23 25-20 25-18", "3:1 2:2".
_SCORES = re.compile(r"\d{1,2}\s*[-:]\s*\d{1,2}(?:\s+\d{1,2}\s*[-:]\s*\d{1,2})+")
# Quantities grouped in thousands ("38.000.000", "1 250 000"): a count, when it
# ends in thousands or a unit or a currency is next to it (see ``_quantity``).
_THOUSANDS = re.compile(r"\d{1,3}(?:[. '\u00a0\u202f]\d{3})+")
_CURRENCY = frozenset("€$£¥₺₴")  # and the złoty's "zł", two letters (``_quantity``)
# An operator between numbers makes a sum: "123456789 x 987654321", "= 1219..."
# (with the multiplication sign, the dot operator and the division sign too).
_SUM = re.compile(r"\d\s*[=+\u00d7\u00f7*]\s*\d")
_OPERATOR_AFTER = re.compile(r"\s*[xX*\u00d7\u00b7\u00f7=+:]\s*[\d(]")
_OPERATOR_BEFORE = re.compile(r"(?:[\d)]\s*[xX*\u00d7\u00b7\u00f7+:]|[*\u00d7\u00b7\u00f7=])\s*$")
# The words around a candidate that are read for maths or quantities.
_CONTEXT_CHARACTERS = 40


# "O7OO 9OO 321": the letter O typed for a zero among digits (of which a
# number so written still has a few), and "6OO 9l2": an l or an I for a one.
# Read only in a message with a capital O, or an "o", "l" or "I" touching a digit.
# The letters typed for a zero or a one, and the digits they stand for.
_LOOKALIKES, _LOOKALIKE_DIGITS = "OoIl", "0011"
_CANDIDATE_OR_O = re.compile(
    rf"[0-9Oo](?:{_SEPARATORS}{{0,3}}[0-9{_LOOKALIKES}]){{{_SHORTEST - 1},}}"
)
_LETTERS_FOR_DIGITS = "oil"  # as folding writes them
_DIGITS_AMONG_OS = 3
# A mobile or area prefix said apart from the rest ("06", "0157"), at
# most this many words before a number in words.
_PREFIX = re.compile(r"0\d{1,3}")
_PREFIX_WORDS = 3
_ZEROS = str.maketrans(_LOOKALIKES, _LOOKALIKE_DIGITS)
# Such letters on their own touching a digit ("6l2", ".o9", "6O1"): not a
# letter of a word ("lo", "il", "io" beside a number stay letters).
_LETTER_FOR_DIGIT = re.compile(
    rf"(?<![^\W\d_])(?:(?<=\d)[{_LOOKALIKES}]+|[{_LOOKALIKES}]+(?=\d))(?![^\W\d_])"
)
# One of those letters beside a digit, in or out of a word: what each of those has,
# found in a search that skips to those letters (the full pattern is tried at
# every character, ten times as long on a page).
_LETTER_BY_DIGIT = re.compile(rf"[{_LOOKALIKES}](?:(?<=\d[{_LOOKALIKES}])|(?=\d))")


def _lone_digit(token: str) -> bool:
    return len(token) == 1 and token.isdigit()


def letters_as_digits(text: str) -> str | None:
    """``text`` with each lone O, o, I or l touching a digit read as the digit it
    looks like, or None when there is none."""
    if _LETTER_BY_DIGIT.search(text) is None or _LETTER_FOR_DIGIT.search(text) is None:
        return None
    return _LETTER_FOR_DIGIT.sub(lambda m: m.group().translate(_ZEROS), text)


# The characters that NFKC reads as a plain digit: superscripts, subscripts,
# circled, full-width and mathematical digits ("⁰⁷", "⓪⑥"). Written out, as
# finding them among all of Unicode takes a second (a test checks the ranges).
FONT_DIGIT_RANGES = (
    (0x00B2, 0x00B3), (0x00B9, 0x00B9), (0x2070, 0x2070), (0x2074, 0x2079),
    (0x2080, 0x2089), (0x2460, 0x2473), (0x24EA, 0x24EA), (0x3251, 0x325F),
    (0x32B1, 0x32BF), (0xFF10, 0xFF19), (0x1D7CE, 0x1D7FF), (0x1FBF0, 0x1FBF9),
)  # fmt: skip
_FONT_DIGIT = re.compile(
    "[" + "".join(f"{chr(first)}-{chr(last)}" for first, last in FONT_DIGIT_RANGES) + "]"
)
# A digit that is a word of its own (in ``Stream.padded``, its space before it).
_LONE_DIGIT = re.compile(r" [0-9](?= )")


# An asterisk between every group of a number said in pieces is a separator,
# not a product ("piec 0 jeden * 23 * 4 cztery * 700"): three of them, no "=".
_STARS_AS_SEPARATORS = 3


# What parts the first word of an e-mail's name from the rest: "segreteria.x@", "info at".
_LOCAL_WORD = re.compile(r"[^a-z0-9]+")


def _mailbox_in(excerpt: str, stems: frozenset[str]) -> bool:
    """Whether the first word of an e-mail's name is one of ``stems`` ("segreteria",
    "business", "newsletter")."""
    return _stem(_LOCAL_WORD.split(fold(excerpt), 1)[0], stems)


def _is_sum(excerpt: str) -> bool:
    """An operator between numbers ("37 + 28 = 65"), unless asterisks part its groups."""
    if excerpt.count("*") >= _STARS_AS_SEPARATORS and "=" not in excerpt:
        excerpt = excerpt.replace("*", " ")
    return bool(_SUM.search(excerpt))


class Phones:
    """Phone numbers in digits, in words, or in both; not dates, sums or counts."""

    def __init__(self, numbers: NumberWords) -> None:
        self._numbers = numbers
        # For ``desk``: the writer's own words but a subject's "I" ("je l'écris en
        # lettres pour la dictée"), and a private line's phrases ("text me",
        # "don't tell") apart from its single words ("private"), which a denial
        # may take back ("keine Privatadressen", "no private numbers")
        self._mine_not_subject = {
            language: words - _SUBJECTS for language, words in numbers.mine_by_language.items()
        }
        self._private_said = frozenset(p for p in numbers.private if " " in p)
        self._private_words = numbers.private - self._private_said

    def find(self, stream: Stream, hits: Hits) -> Found:
        text, digits = stream.source, stream.digits
        if digits >= _DIGITS_AMONG_OS and not text.isascii() and _FONT_DIGIT.search(text):
            # Digits in another font (full-width, "⁰⁷⁸³²", "⓪⑥"), which folding
            # read as digits: the number is read in their plain forms.
            text = unicodedata.normalize("NFKC", text)
        candidates = None
        if digits >= _DIGITS_AMONG_OS and (
            "O" in text
            or any(c in stream.raw[a:b] for a, b in stream.glued for c in _LETTERS_FOR_DIGITS)
        ):
            candidates = _CANDIDATE_OR_O
        elif digits >= _SHORTEST:
            candidates = _CANDIDATE
        # Most messages with digits have no candidate at all: one search says so.
        if candidates is not None and (first := candidates.search(text)) is not None:
            yield from self._in_digits(text, candidates, first.start())
        if stream.glued and digits >= _DIGITS_AMONG_OS:
            spelled = self._numbers.glued(stream)  # "07seven00 900 one two three"
            if spelled is not None:
                yield from self._in_digits(spelled, _CANDIDATE)
        padded = stream.padded
        # Told a digit at a time, a number has a digit for each word, the first a 0.
        if (
            digits >= _SHORTEST
            and " 0 " in padded
            and len(_LONE_DIGIT.findall(padded)) >= _SHORTEST
        ):
            yield from self._word_between(stream)
        if "number" not in hits:
            return
        for run in self._numbers.runs(stream, hits):
            prefixed = self._prefixed(stream, run)
            if prefixed is not None:
                yield prefixed
                continue
            if not (_SHORTEST <= len(run.digits) <= _LONGEST) or _counting(run.digits, []):
                continue
            excerpt = stream.excerpt(run.first, run.last)
            # "due 12.05.2024": a number word before a date is no phone number,
            # nor one before a sum ("deux fois !! 37 + 28 = 65").
            if _NOT_PHONES.search(excerpt) or _is_sum(excerpt) or self._product(stream, run):
                continue
            if _valid(run.digits, run.digits.startswith("00")):
                yield Kind.phone, excerpt

    def _product(self, stream: Stream, run: Run) -> bool:
        """A sum in words: a number "times" another ("seven times eight", "sept
        fois huit", "siedem razy osiem") with an operator just before or after it
        ("... minus twelve", "... moins douze") or a word of maths in the message
        ("write the answer in words", "il risultato"). Read as a repeat it would
        make seven eights, a phone's length; a repeat in a number is told among
        its other parts, not beside a "minus"."""
        numbers, tokens = self._numbers, stream.tokens
        if not any(t in numbers.times for t in tokens[run.first : run.last + 1]):
            return False
        beside = [*tokens[max(0, run.first - 1) : run.first], *tokens[run.last + 1 : run.last + 2]]
        return any(_stem(w, numbers.operators) for w in beside) or _mentions(stream, numbers.maths)

    def posted(self, stream: Stream) -> bool:
        """A public number: said to be on the poster, flyer or website of a club,
        gym, school, shop or academy ("the judo club's number is on the poster by
        the changing rooms"), with no word of the writer's own anywhere in the
        message ("my number is on the flyer", "call me", "chiamami"). The writer's
        own words are those of the languages that name both the place and the
        print, and English's: German "im" ("im Flur", "im Programm") is no "I'm";
        of every language when no one language names both."""
        numbers = self._numbers
        if not (_mentions(stream, numbers.posted) and _mentions(stream, numbers.owners)):
            return False
        languages = _naming(stream, numbers.posted_by_language, numbers.owners_by_language)
        if not languages:
            return not _mentions(stream, numbers.mine)
        return not _own(stream, numbers.mine_by_language, languages)

    def office(self, stream: Stream, emails: list[tuple[Kind, str]]) -> bool:
        """A public e-mail address: an office's ("segreteria", "sekretariat",
        "office", "info" before its "at"), said to be on the school's or the
        class's website ("sul sito della classe", "na stronie klasy") or named as
        the office's official one ("the farm's official e-mail for your reports",
        "oficjalny adres"), with no word of the writer's own in the languages that
        name the website or the office ("my", "write me", "scrivimi"). A person's
        address is held, on a website or not."""
        numbers = self._numbers
        if not (_mentions(stream, numbers.posted) or _mentions(stream, numbers.official)):
            return False
        languages = _languages(stream.tokens, numbers.posted_by_language) | _languages(
            stream.tokens, numbers.official_by_language
        )
        if _own(stream, numbers.mine_by_language, languages):
            return False
        return all(_mailbox_in(excerpt, numbers.offices) for _, excerpt in emails)

    def channel(self, stream: Stream, emails: list[tuple[Kind, str]]) -> bool:
        """A creator's public business address: a streamer's or a youtuber's
        ("business@", "kontakt@", "pro@", "biznes@" before its "at"), said to be
        on the channel's or the profile's page (its about page, Impressum, bio or
        description), copied for a class project, with no word of the writer's
        own in any language ("my", "write me", "scrivimi"); a creator's "I don't
        read DMs" quoted is no such word. A person's address is held, on a
        channel or not, and so is "write to me at ..." (rounds 110 and 111).
        The creator's own "my" passes when the address is named a business one
        or its reader a manager ("my business email", "mon adresse pro", "lo lee
        mi mánager"), which also names the channel; "write me" is held still
        (rounds 112 and 113)."""
        numbers = self._numbers
        business = _mentions(stream, numbers.business_said)
        if not (
            (business or _mentions(stream, numbers.channels))
            and _mentions(stream, numbers.channel_pages)
        ):
            return False
        tokens = _not_titles(stream)
        if business:
            tokens = [t for t in tokens if not _stem(t, numbers.possessives)]
        if _own_among(tokens, self._mine_not_subject, set(self._mine_not_subject)):
            return False
        mails = numbers.business_mails | numbers.offices
        return all(_mailbox_in(excerpt, mails) for _, excerpt in emails)

    def printed(self, stream: Stream, found: list[tuple[Kind, str]]) -> bool:
        """A public number printed in a trip's programme, timetable or brochure:
        a museum, a hostel or a school named with it ("die nummer vom museum
        steht im programm, 030 ..."), no word of the writer's own in the
        languages that name both, and every number found a fixed line of those
        languages' countries; a show's phone-in line named as its studio's
        ("per chiamare in diretta ... il telefono dello studio della radio")
        too. A mobile said to be in the programme is held, as are "my" and
        "call me"."""
        numbers = self._numbers
        if not (_mentions(stream, numbers.printed) and _mentions(stream, numbers.owners)):
            return False
        languages = _naming(stream, numbers.printed_by_language, numbers.owners_by_language)
        if not languages or _own(stream, numbers.mine_by_language, languages):
            return False
        return _fixed_lines(languages, found)

    def riddle(self, stream: Stream, hits: Hits) -> Found:
        """A phone told as a riddle: its parts in digits, number words and clues
        chained by "then", "poi", "puis", "dann", "luego" or "potem" ("il mio num:
        tre tre otto, poi il numero di maglia di Totti, poi 4 5 6 2 8"), with two
        words of a phone, a message or the writer's own close by ("my number",
        "txt", "appelle moi", "vorwahl ... signal"), held even when the digits
        alone make no valid number. A recipe's grams, a sum's answer, a bus's
        route or times and a list of shirt numbers are none."""
        numbers, tokens = self._numbers, stream.tokens
        if "chain" not in hits or _CLOCK.search(stream.source):
            return
        parts = [i for i, t in enumerate(tokens) if t.isdigit() or t in numbers.single]
        for near in _clustered(parts):
            if len(near) < _RIDDLE_PARTS:
                continue
            # (a date's, a mark's, a share's or a sum's digits are none of its parts)
            dated = _no_phone_parts(stream, near[0], near[-1])
            for cluster in _clustered([i for i in near if i not in dated]):
                if len(cluster) >= _RIDDLE_PARTS and self._riddled(stream, cluster):
                    yield Kind.phone, stream.excerpt(cluster[0], cluster[-1])
                    return

    def _riddled(self, stream: Stream, cluster: list[int]) -> bool:
        numbers, tokens = self._numbers, stream.tokens
        around = tokens[max(0, cluster[0] - _RIDDLE_GAP) : cluster[-1] + _RIDDLE_GAP]
        # A chain word, but not the first half of a compound ("l'après-midi")
        inside = range(cluster[0], cluster[-1] + 1)
        if not any(_stem(tokens[i], numbers.chains) and not _hyphened(stream, i) for i in inside):
            return False
        told = sum(_stem(t, numbers.lines) for t in around) + any(
            _stem(t, numbers.mine) for t in around
        )
        # One word of a phone is enough when the riddle opens with a trunk's 0
        # ("handy is 0 1 6 zwei, dann ..."): no sum, score nor route starts so
        # (not a match's score: "0-1", "0:2")
        trunk = tokens[cluster[0]].startswith("0") and not _scored(stream, cluster[0])
        if told < _RIDDLE_TOLD - trunk or any(_stem(t, numbers.maths) for t in around):
            return False
        digits = [tokens[i] for i in cluster if tokens[i].isdigit()]
        # 200 g, 30 minuten, the 412 bus, bus 58, page 211: a recipe, a route or homework
        for index in cluster:
            after = tokens[index + 1] if index + 1 < len(tokens) else ""
            before = tokens[index - 1] if index else ""
            if after in numbers.quantities or after in _UNITS or _NOT_DIALLED & {before, after}:
                return False
        # Something of a phone: a trunk 0, a group of three digits or more, or
        # two number words ("seis, cuarenta y cinco"); shirt numbers have none
        return bool(digits) and (
            any(d.startswith("0") or len(d) >= _GROUP for d in digits)
            or len(cluster) - len(digits) >= 2
        )

    def listed(self, stream: Stream, found: list[tuple[Kind, str]]) -> bool:
        """A shop's or an institution's own line: a bakery, a chemist's, a museum,
        a club or a school named in the message, no word of the writer's own
        ("my", "call me", "chiamami"), and every number found a fixed line by
        its plan, a mobile in none of the countries of the owner's language ("the
        bakery near school is 030 1234567"), its opening hours told between them
        too ("the office is staffed on Tuesdays from 9 to 12, tel. 0341 ..."). A
        mobile said to be a shop's is still held: an adult can pass his own off
        as one."""
        numbers = self._numbers
        # The owner is named before the number, close to it ("call 020 7946 0018
        # after school" names no school's number)
        first = min(
            (at for _, excerpt in found if (at := stream.source.find(excerpt)) >= 0), default=-1
        )
        # ... or further back when the message gives its opening hours ("das
        # Sekretariat ist in den Ferien nur dienstags von 9 bis 12 besetzt, Tel. ..."):
        # an office's days and hours come between its name and its line
        reach = _OWNER_REACH_HOURS if _mentions(stream, numbers.hours) else _OWNER_REACH
        before = stream.tokens_before(first)[-reach:] if first > 0 else []
        languages = _languages(before, numbers.owners_by_language)
        # The writer's own words in the owner's languages and English ("i" and
        # "mi" are articles and pronouns of other languages)
        if _own_by_line(stream, numbers.mine_by_language, languages, numbers.lines, found):
            return False
        return _fixed_lines(languages, found)

    def service(self, stream: Stream) -> bool:
        """A school's or a trip's service phone: named as the school's or the
        trip's ("the school mobile", "Schulhandy", "il cellulare di servizio
        della scuola"), kept by a teacher named in the same language ("Mr Evans",
        "la prof.ssa Conti"), for emergencies, for parents or for a problem on the
        trip, and no word of the writer's own ("my", "call me") nor of a private
        line ("only for you", "text me", "don't tell"): public, as a school
        office's fixed line is, a mobile too. So is a number given to the whole
        class for a trip ("appelez", "chiamate", "llamad", "dzwońcie") to call a
        named teacher if there is a problem, or for an evening with the host
        families. So is a host family's number given to a pupil on an exchange
        in case of need, which the named teacher has on her list too ("my host
        dad gave me his number in case i get lost, Mrs Hartley has it on her
        list"): the pupil's "my" and "me" are about the family, so only a word
        of a private line ("text me", "don't tell", "solo per te") holds it. A
        pupil's or an adult's own mobile is held."""
        numbers = self._numbers
        hosts = _saying(stream, numbers.hosts_by_language)
        # Named as a service phone, or given to the whole class for a trip or
        # an evening with the host families, to call a named teacher if there
        # is a problem ("pour la sortie, en cas de problème appelez madame
        # Martin au ...", "chiamate la maestra Rossi")
        named = _saying(stream, numbers.services_by_language) | (
            (_saying(stream, numbers.outings_by_language) | hosts)
            & _saying(stream, numbers.class_calls_by_language)
        )
        # ... or a host family's, which the teacher has noted too
        noted = hosts & _saying(stream, numbers.noted_by_language)
        teachers = _languages(stream.tokens, numbers.teachers_by_language)
        urgent = _languages(stream.tokens, numbers.urgent_by_language)
        languages = named & teachers & urgent
        # ... a private line denied is none ("the troop's mobile, not anyone's
        # personal one", rounds 118 and 119)
        rest = _without_relays(stream.padded, numbers.relays)
        if languages and not _own(stream, numbers.mine_by_language, languages):
            return not _said_in(rest, numbers.private)
        return bool(noted & teachers & urgent) and not _said_in(rest, numbers.private)

    def desk(
        self,
        stream: Stream,
        hits: Hits,
        phones: list[tuple[Kind, str]],
        emails: list[tuple[Kind, str]],
        addresses: list[tuple[Kind, str]] | None = None,
    ) -> bool:
        """An institution's public details, named as its desk's: a club's or a
        school's office for registrations or letters ("Geschäftsstelle",
        "segreteria", "adres do korespondencji"), a hotel's front desk
        ("recepcja czynna całą dobę"), a press office, or a line with its owner
        in brackets after it ("976 ... (instituto)"). Its fixed lines (in digits
        or in words), its office e-mails ("info@", "segreteria@", "newsletter@")
        and its postal address are public, with no word of the writer's own
        ("my", "write me", "mi casa"), nothing private ("only for you", "don't
        tell") and no one's home told ("lives at", "home address"; "no home
        addresses" denies one). A mobile among them is held, unless named as the
        school's or the camp's service phone (``service``), and so is a person's
        e-mail beside the office's. A desk has one postal address and one line:
        a second address, or a second number but for a service phone, may be
        someone's own slipped in beside it, and is held."""
        numbers = self._numbers
        languages = _saying(stream, numbers.desks_by_language) | self._owned_after(stream, phones)
        # "my", "me", "mine", "call me" end the frame; so does a private line
        # said, or a word of one not denied
        worded = self._private_words
        # ... but for a relay to the desk, the writer's own line denied in it ("ring
        # the school office, not my own phone", "pas mon portable")
        rest = _without_relays(stream.padded, numbers.relays)
        if (
            not languages
            or _own_beside_relay(
                stream,
                rest,
                self._mine_not_subject,
                languages,
                numbers.lines,
                phones + emails + (addresses or []),
            )
            or _said_in(rest, self._private_said)
            or _homes_told(rest.split(), worded | numbers.homes, numbers.no_home, worded)
        ):
            return False
        offices = numbers.offices | numbers.desk_mails
        if not all(
            _mailbox_in(excerpt, offices) or school_mailbox(excerpt) for _, excerpt in emails
        ):
            return False
        if len(_places(stream.source, addresses or [])) > 1:
            return False
        if not phones:
            return True
        if self.service(stream):
            return True
        dialled = [(kind, self._dialled(stream, hits, excerpt)) for kind, excerpt in phones]
        return len(_places(stream.source, phones)) == 1 and _desk_lines(languages, dialled)

    def _owned_after(self, stream: Stream, phones: list[tuple[Kind, str]]) -> set[str]:
        """The languages of an owner named right after a number, in brackets or
        after a dash ("976 55 12 30 (instituto)")."""
        languages: set[str] = set()
        for _, excerpt in phones:
            at = stream.source.find(excerpt)
            if at < 0:
                continue
            after = stream.source[at + len(excerpt) : at + len(excerpt) + _OWNER_AFTER]
            if after.lstrip()[:1] not in ("(", "-", "\u2013"):
                continue
            words = _WORD.findall(fold(after))[:_OWNER_AFTER_WORDS]
            languages |= _languages(words, self._numbers.owners_by_language)
        return languages

    def _dialled(self, stream: Stream, hits: Hits, excerpt: str) -> str:
        """The digits of a number found, read from its words when it has none
        ("zéro quatre, soixante-dix-huit, ...")."""
        if any(c.isdigit() for c in excerpt):
            return excerpt
        for run in self._numbers.runs(stream, hits):
            if stream.excerpt(run.first, run.last) == excerpt:
                return run.digits
        return excerpt

    def _word_between(self, stream: Stream) -> Found:
        """A number told a digit at a time with a word between the digits, beside
        a word of calling or writing: "ruf 0 mich 1 doch 7 mal 2 an 5 wenn 8 du 3
        willst 9 4 0 6". Lists of marks, scores, sums and times also put a word
        between single digits, so the number must begin with a 0 (a trunk or an
        international prefix), be valid, have no word of maths, a quantity, a
        score or a time ("0 zu 1", "7 past 2") nor more than one operator between
        its digits, and a word of calling among them or just before them ("Mathe 2
        Deutsch 1 ..." has none)."""
        tokens, padded = stream.tokens, stream.padded
        reach = _WORDS_BETWEEN + 1  # from one digit of a number to the next
        # Each chain of lone digits that begins with a 0, read from that 0 only
        # (a page has thousands of words and few such zeros).
        at = padded.find(" 0 ")
        while at >= 0:
            first = stream.token_at(at + 1)
            if not any(_lone_digit(t) for t in tokens[max(0, first - reach) : first]):
                chain, index = [first], first + 1
                while index < len(tokens) and index - chain[-1] <= reach:
                    if _lone_digit(tokens[index]):
                        chain.append(index)
                    index += 1
                yield from self._chain(stream, chain)
            at = padded.find(" 0 ", at + 2)

    def _chain(self, stream: Stream, chain: list[int]) -> Found:
        tokens, numbers = stream.tokens, self._numbers
        digits = "".join(tokens[i] for i in chain)
        if not (_SHORTEST <= len(digits) <= _LONGEST) or not digits.startswith("0"):
            return
        between = [tokens[a + 1] for a, b in itertools.pairwise(chain) if b - a > 1]
        if len(between) < _WORDS_BETWEEN_LEAST:
            return  # digits in a row: the ordinary readings
        if any(
            _stem(w, numbers.maths) or _stem(w, numbers.quantities) or w in numbers.apart
            for w in between
        ):
            return
        if sum(_stem(w, numbers.operators) for w in between) > 1:
            return
        near = [*between, *tokens[max(0, chain[0] - 2) : chain[0]]]
        if not any(_stem(w, numbers.calls) for w in near):
            return
        if not _counting(digits, []) and _valid(digits, digits.startswith("00")):
            yield Kind.phone, stream.excerpt(chain[0], chain[-1])

    @staticmethod
    def _prefixed(stream: Stream, run: Run) -> tuple[Kind, str] | None:
        """A number in words with its prefix said apart, a few words before:
        "mon 06 c'est douze, 34, cinquante-six et 78"."""
        if len(run.digits) < _SHORTEST - 1:
            return None
        tokens = stream.tokens
        for index in range(run.first - 1, max(-1, run.first - 1 - _PREFIX_WORDS), -1):
            token, digits = tokens[index], tokens[index] + run.digits
            if (
                _PREFIX.fullmatch(token)
                and not _counting(digits, [])
                and _valid(digits, international=False)
            ):
                excerpt = stream.excerpt(index, run.last)
                if not (_NOT_PHONES.search(excerpt) or _is_sum(excerpt)):
                    return Kind.phone, excerpt
        return None

    def _in_digits(self, source: str, candidates: re.Pattern[str], start: int = 0) -> Found:
        """Phone numbers among the ``candidates`` of ``source``, the first at ``start`` or after."""
        for match in candidates.finditer(source, start):
            candidate, text = match.group(), source
            if any(c in candidate for c in _LOOKALIKES):
                # "O7OO 9OO 321", "9l2": read with zeros and ones, if it has digits of its own
                if sum(c.isdigit() for c in candidate) < _DIGITS_AMONG_OS:
                    continue
                candidate = candidate.translate(_ZEROS)
                text = source[: match.start()] + candidate + source[match.end() :]
            if _NOT_PHONES.fullmatch(candidate):
                continue  # a date or a school year: most messages' only candidate
            if _NOT_PHONES.search(candidate):
                # "12/05/2024 10 30": a date among more digits is blanked out,
                # and what is left is read again.
                start = match.start()
                masked = _NOT_PHONES.sub(lambda m: "_" * len(m.group()), candidate)
                for inner in _CANDIDATE.finditer(masked):
                    yield from self._phone(text, start + inner.start(), start + inner.end(), source)
            else:
                yield from self._phone(text, *match.span(), source)

    def _phone(self, text: str, start: int, end: int, shown: str) -> Found:
        candidate = text[start:end]
        plus = text[:start].rstrip(" (")
        international = plus.endswith("+") or candidate.startswith("00")
        # "+34 (0)660 ...": the "(0)" some write after a country code is not dialled
        digits = re.sub(r"\D", "", candidate.replace("(0)", "", 1) if international else candidate)
        if len(digits) > _LONGEST or self._not_a_phone(text, start, end, candidate, digits):
            return
        if _valid(digits, international):
            yield Kind.phone, shown[len(plus) - 1 if plus.endswith("+") else start : end]

    def _not_a_phone(self, text: str, start: int, end: int, candidate: str, digits: str) -> bool:
        if _SCORES.fullmatch(candidate) or _counting(digits, re.findall(r"\d+", candidate)):
            return True
        if _clock_spans(candidate):
            return True  # a rota's times: "9.00-11.30", "14:15 - 16:45"
        before, after = (
            text[max(0, start - _CONTEXT_CHARACTERS) : start],
            text[end : end + _CONTEXT_CHARACTERS],
        )
        if _OPERATOR_AFTER.match(after) or _OPERATOR_BEFORE.search(before):
            return True
        context_before, context_after = _WORD.findall(fold(before)), _WORD.findall(fold(after))
        words_before, words_after = context_before[-2:], context_after[:2]
        if any(_stem(w, self._numbers.maths) for w in [*context_before, *context_after]):
            return True  # "the answer to ... is 115226304"
        if self._power(context_before) or self._power(context_after):
            return True  # "2 hoch 20? kommt da 1 048 576 raus?"
        operators = self._numbers.operators
        if (
            words_before[-2:-1]
            and words_before[-2].isdigit()
            and _stem(words_before[-1], operators)
        ):
            return True  # "987654321 per 123456789"
        if words_after[1:] and words_after[1].isdigit() and _stem(words_after[0], operators):
            return True
        return self._quantity(candidate, digits, before, after, context_before + context_after)

    def _quantity(
        self,
        candidate: str,
        digits: str,
        before: str,
        after: str,
        context: list[str],
    ) -> bool:
        """A count of things: "38.000.000", "1000000000 points", "12.345.678 €"."""
        next_to = before.rstrip()[-1:] + after.lstrip()[:2]
        if any(c in _CURRENCY for c in next_to) or "zł" in next_to:
            return True
        if any(_stem(w, self._numbers.quantities) for w in context):
            return True  # "the population of Italy was 58 850 717"
        return digits.endswith("000") and (
            bool(_THOUSANDS.fullmatch(candidate)) or candidate.isdigit()
        )

    def _power(self, words: list[str]) -> bool:
        """A number raised to another, said in words between them: "2 to the power of 20"."""
        for first, word in enumerate(words):
            if not word.isdigit():
                continue
            for at in range(first + 1, min(first + 4, len(words))):
                if _stem(words[at], self._numbers.powers) and any(
                    w.isdigit() for w in words[at + 1 : at + 3]
                ):
                    return True
        return False


def _stem(word: str, listed: frozenset[str]) -> bool:
    """``word`` is listed, begins with a listed stem ("club*") or has a listed
    ending ("*verein") after at least two letters of its own."""
    if word in listed:
        return True
    stems, endings = _open_ends(listed)
    if stems and word.startswith(stems):
        return True
    return (
        bool(endings)
        and word.endswith(endings)
        and any(len(word) > len(end) + 1 and word.endswith(end) for end in endings)
    )


def _naming(
    stream: Stream, prints: dict[str, frozenset[str]], owners: dict[str, frozenset[str]]
) -> set[str]:
    """The languages in which the message names both a print (a poster, a
    programme) and a place that owns a public number (a club, a museum)."""
    return _languages(stream.tokens, prints) & _languages(stream.tokens, owners)


def _languages(tokens: list[str], by_language: dict[str, frozenset[str]]) -> set[str]:
    """The languages whose list has a word among ``tokens``."""
    return {
        language
        for language, listed in by_language.items()
        if any(_stem(t, listed) for t in tokens)
    }


def _saying(stream: Stream, by_language: dict[str, frozenset[str]]) -> set[str]:
    """The languages whose list has a phrase said in the message (``_says``)."""
    return {language for language, listed in by_language.items() if _says(stream, listed)}


def _says(stream: Stream, phrases: frozenset[str]) -> bool:
    """Whether the message says one of ``phrases``, folded words in a row; a
    trailing "*" lets the last word go on ("schulhandy*": "Schulhandys")."""
    return _said_in(stream.padded, phrases)


def _said_in(padded: str, phrases: frozenset[str]) -> bool:
    """``_says`` in these padded words."""
    return any((f" {p[:-1]}" if p.endswith("*") else f" {p} ") in padded for p in phrases)


def _desk_lines(languages: set[str], found: list[tuple[Kind, str]]) -> bool:
    """Every number found a fixed line: of these languages' countries
    (``_fixed_lines``), or dialled with its country's code and a fixed line
    there ("+43 5412 6200", a hotel's front desk abroad)."""
    national = [(kind, excerpt) for kind, excerpt in found if not excerpt.lstrip().startswith("+")]
    return all(
        _international_fixed(excerpt) for _, excerpt in found if excerpt.lstrip().startswith("+")
    ) and (not national or _fixed_lines(languages, national))


def _international_fixed(excerpt: str) -> bool:
    digits = "+" + "".join(c for c in excerpt if c.isdigit())
    try:
        number = phonenumbers.parse(digits, None)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in _INSTITUTIONAL
    )


def _places(text: str, found: list[tuple[Kind, str]]) -> list[tuple[int, int]]:
    """The separate places in ``text`` of what was found: overlapping excerpts
    ("Sportplatz 4", "Am Sportplatz 4, 21335 Lüneburg") are one."""
    spans = sorted(
        (at, at + len(excerpt)) for _, excerpt in found if (at := text.find(excerpt)) >= 0
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _homes_told(
    tokens: list[str],
    homes: frozenset[str],
    denials: frozenset[str],
    private: frozenset[str] = frozenset(),
) -> bool:
    """Whether someone's home is told ("lives at", "home address", "wohnt"),
    not denied by a word just before it ("no home addresses", "keine
    Privatadressen", "nie podajemy adresów domowych")."""
    # A home phrase of several words denied as a whole ("niente spedizioni a
    # indirizzi privati") denies its own words too: its "privati" is no home told
    covered = _denied_spans(tokens, homes, denials, private)
    for phrase in homes:
        for at, end in _phrase_places(tokens, phrase):
            before = tokens[max(0, at - _DENIAL_REACH) : at]
            inside = any(start <= at and end <= stop for start, stop in covered)
            if not inside and not any(_stem(t, denials) for t in before):
                return True
    return False


def _phrase_places(tokens: list[str], phrase: str) -> Iterator[tuple[int, int]]:
    """Where a phrase of folded words stands among ``tokens`` (its first token
    and the one after its last); a trailing "*" lets its last word go on."""
    words = phrase.removesuffix("*").split()
    if not words:
        return
    opened, size = phrase.endswith("*"), len(words)
    for at in range(len(tokens) - size + 1):
        window = tokens[at : at + size]
        last = window[-1] == words[-1] or (opened and window[-1].startswith(words[-1]))
        if last and window[:-1] == words[:-1]:
            yield at, at + size


def _denied_in_two(before: list[str], denials: frozenset[str]) -> bool:
    """A denial of two words among ``before`` ("don t", "bitte keine")."""
    return any(f"{a} {b}" in denials for a, b in itertools.pairwise(before))


def _denied_spans(
    tokens: list[str], homes: frozenset[str], denials: frozenset[str], private: frozenset[str]
) -> list[tuple[int, int]]:
    """The places of the home phrases of several words denied by a word just
    before them ("no private addresses", "niente ... indirizzi privati"); a
    phrase with a word of a private line in it ("private numbers") is denied a
    little further back, by the verb's negation ("never give out private
    numbers", "don't hand out private numbers")."""
    spans: list[tuple[int, int]] = []
    for phrase in homes:
        words = phrase.removesuffix("*").split()
        if len(words) < 2:
            continue
        reach = _DENIAL_REACH + 2 if any(_stem(w, private) for w in words) else _DENIAL_REACH
        for at, end in _phrase_places(tokens, phrase):
            before = tokens[max(0, at - reach) : at]
            if any(_stem(t, denials) for t in before) or _denied_in_two(before, denials):
                spans.append((at, end))
    return spans


def _without_relays(padded: str, relays: frozenset[str]) -> str:
    """The padded words without the phrases of a relay to the desk, the
    longest first ("no es mi telefono personal" before "no es mi telefono")."""
    for phrase in sorted(relays, key=lambda p: (-len(p), p)):
        padded = padded.replace(f" {phrase} ", " ")
    return padded


def _own_beside_relay(
    stream: Stream,
    rest: str,
    mine: dict[str, frozenset[str]],
    languages: set[str],
    lines: frozenset[str],
    found: list[tuple[Kind, str]],
) -> bool:
    """A word of the writer's own (``_own``), but for the "me" of a teacher who
    passes the questions on to the desk ("alle Fragen bitte über mich",
    "questions through me"): ``rest`` is the padded words without the relay's
    phrases (``_without_relays``), so "my", "call me" or "write to me" elsewhere
    still end the frame."""
    if rest == stream.padded:  # no relay said
        return _own_by_line(stream, mine, languages, lines, found)
    return _own_among(rest.split(), mine, languages)


def _fixed_lines(languages: set[str], found: list[tuple[Kind, str]]) -> bool:
    """Every number found a fixed line by its plan, a mobile in none of the
    countries of these languages (``_HOMES``) that its grouping fits."""
    homes = tuple(region for language in sorted(languages) for region in _HOMES.get(language, ()))
    if not homes:
        return False
    for _, excerpt in found:
        digits = "".join(c for c in excerpt if c.isdigit())
        if not _fixed_line(digits, _grouped_as(excerpt, digits, homes)):
            return False
    return True


def _grouped_as(excerpt: str, digits: str, homes: tuple[str, ...]) -> tuple[str, ...]:
    """The countries among ``homes`` whose way of writing the number begins with
    the group it is written with: "0761 45 23 90" is Freiburg's area code as a
    German writes it, where a Swiss mobile is written "076 145 23 90". A number
    written in one run, or that no country writes so, keeps them all."""
    first = _FIRST_GROUP.match(excerpt)
    if first is None or first.group(1) == digits:
        return homes
    fitting = tuple(region for region in homes if _national_group(digits, region) == first.group(1))
    return fitting or homes


# The first group of digits of a number written with a trunk 0, before a space,
# a slash, a dot or a dash
_FIRST_GROUP = re.compile(r"\s*\(?(0\d+)\)?[\s/.\-]")


@lru_cache(maxsize=1024)
def _national_group(digits: str, region: str) -> str | None:
    """The first group of the number as its country writes it nationally."""
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None
    written = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    group = re.match(r"\(?(\d+)", written)
    return group.group(1) if group else None


def _own(stream: Stream, mine: dict[str, frozenset[str]], languages: set[str]) -> bool:
    """A word of the writer's own in these languages or English's core ("my",
    "me"): "call me", "mein", "chiamami"."""
    return _own_among(_not_titles(stream), mine, languages)


# The end of a sentence: its mark and the space after it
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def _own_by_line(
    stream: Stream,
    mine: dict[str, frozenset[str]],
    languages: set[str],
    lines: frozenset[str],
    found: list[tuple[Kind, str]],
) -> bool:
    """``_own``, but only in a sentence with what was found (a number, an
    e-mail, an address) or a word of a line ("call", "Tel", "numero"): a
    sentence of the writer's own apart from the number and its owner ("passed
    my theory!!", "mi madre paga el bono") tells nothing of whose line it is."""
    tokens = _not_titles(stream)
    if not _own_among(tokens, mine, languages):
        return False
    source = stream.source
    spans = [(at, at + len(e)) for _, e in found if (at := source.find(e)) >= 0]
    if not spans:
        return True
    titled = set(tokens)
    start = 0
    for end in [m.start() for m in _SENTENCE_END.finditer(source)] + [len(source)]:
        first, last = len(stream.tokens_before(start)), len(stream.tokens_before(end))
        words = [t for t in stream.tokens[first:last] if t in titled]
        if (
            any(at < end and start < stop for at, stop in spans)
            or any(_stem(t, lines) for t in words)
        ) and _own_among(words, mine, languages):
            return True
        start = end
    return False


def _own_among(tokens: list[str], mine: dict[str, frozenset[str]], languages: set[str]) -> bool:
    """``_own`` among these words."""
    words = frozenset(
        {"my", "me", "mine", "myself"}.union(*(mine.get(lang, ()) for lang in languages))
    )
    return any(_stem(t, words) for t in tokens)


# A French "M." before a capitalised name is Monsieur, not an elided "m'"
# ("M. Klein vous donnera les badges")
_MONSIEUR = re.compile(r"(?<![\w'\u2019])M\.\s+[A-Z]")


def _not_titles(stream: Stream) -> list[str]:
    """The message's tokens, without the "m" of a French "M. Klein" when every
    lone "m" of the message is one."""
    tokens = stream.tokens
    if "m" in tokens and len(_MONSIEUR.findall(stream.source)) >= tokens.count("m"):
        return [t for t in tokens if t != "m"]
    return tokens


def _mentions(stream: Stream, listed: frozenset[str]) -> bool:
    """Whether a word of the message passes ``_stem``: its words are looked at one
    by one only where its text has one of the list's endings (a stem begins a
    word of ``padded`` right after a space)."""
    tokens = stream.tokens
    if not listed.isdisjoint(tokens):
        return True
    stems, endings = _open_ends(listed)
    padded = stream.padded
    if tokens and any(f" {stem}" in padded for stem in stems):
        return True
    return any(f"{end} " in padded for end in endings) and any(_stem(t, listed) for t in tokens)


@lru_cache(maxsize=64)
def _open_ends(listed: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A word list's stems ("club*" -> "club") and endings ("*verein" -> "verein"),
    found once per list: every word of a message with digits may be tried
    against them, and a loop over a list of a hundred and fifty owners for each
    cost a line with digits tens of microseconds."""
    return (
        tuple(w[:-1] for w in listed if w.endswith("*")),
        tuple(w[1:] for w in listed if w.startswith("*")),
    )


# A line break that no street pattern crosses: their spaces are spaces within
# a line, but for the "bis" or "ter" of a house number, which may follow it on
# the next line (``Addresses._NUMBER``).
_LINE_BREAK = re.compile(r"\n(?!\s*(?:bis|ter)\b)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
# A postal code has five digits (``Addresses._POSTCODE_SHAPE``).
_POSTCODE_DIGITS = 5


def _parts_with_digits(text: str) -> list[tuple[int, int]]:
    """The parts of ``text`` between line breaks that hold a digit, as a house number needs.

    The street patterns start with a name, so they are tried at every word: in
    a long text, only the few lines with a number are worth it.
    """
    parts, start = [], 0
    for line_break in _LINE_BREAK.finditer(text):
        if _DIGIT.search(text, start, line_break.start()):
            parts.append((start, line_break.start()))
        start = line_break.end()
    if _DIGIT.search(text, start):
        parts.append((start, len(text)))
    return parts


def _numbers(text: str, start: int, end: int) -> list[int]:
    """Where the runs of digits of ``text[start:end]`` start."""
    return [match.start() for match in _DIGITS.finditer(text, start, end)]


# What comes between a street's name and its house number, read backwards
# (``_Street``): a comma, a space within a line, or both.
_SEPARATOR_BACKWARDS = r"(?:[^\S\n]*,|[^\S\n]+)"


def _backwards(words: Iterable[str], spaced: bool = False) -> str:
    """Street-type words as they read backwards, longest first; ``spaced``: each
    with the space after it that a name needs (none needed after "ul." or "c/")."""

    def alternatives(chosen: Iterable[str]) -> str:
        return "|".join(re.escape(w[::-1]) for w in sorted(chosen, key=len, reverse=True))

    if not spaced:
        return alternatives(words)
    marked = [w for w in words if w[-1] in "./"]
    spaced_words = [w for w in words if w[-1] not in "./"]
    return "|".join(
        [f"[^\\S\\n]+(?:{alternatives(spaced_words)})"] * bool(spaced_words)
        + [f"[^\\S\\n]*(?:{alternatives(marked)})"] * bool(marked)
    )


class _Street:
    """How the matches of one street pattern are looked for in a part of a text.

    A pattern that starts with the house number (``gate`` None) is tried only
    where a run of digits starts, not at every character. The others end with
    the house number, and are searched only in a part where their ``gate``
    matches backwards from the start of a run of digits: the text read from
    the number back, as far as the street-type word before it.
    """

    def __init__(self, gate: str | None) -> None:
        self._gate = None if gate is None else re.compile(gate, re.IGNORECASE)

    def possible(self, backwards: str, numbers: list[int]) -> bool:
        """Whether a part whose runs of digits start at ``numbers`` may hold a
        match; ``backwards``: the whole text reversed."""
        if self._gate is None:
            return True
        length = len(backwards)
        return any(self._gate.match(backwards, length - number) for number in numbers)

    def search(
        self, pattern: re.Pattern[str], text: str, position: int, end: int, numbers: list[int]
    ) -> re.Match[str] | None:
        """The first match of ``pattern`` in ``text[position:end]``, as its ``search`` finds it."""
        if self._gate is not None:
            return pattern.search(text, position, end)
        # Its match starts with the first digit of a run (not after a letter or a digit)
        for number in numbers:
            if number >= position and (match := pattern.match(text, number, end)) is not None:
                return match
        return None


def _after_abbreviations(abbreviations: Iterable[str]) -> list[re.Pattern[str]]:
    """Per mark that ends an abbreviation ("ul.", "c/"), the mark after one of them.

    The mark first, so that the search skips to the few dots and slashes; then
    the abbreviation before it, and no letter before that ("terminal."): one
    look behind per length of abbreviation, not one per abbreviation.
    """
    by_mark: dict[str, dict[int, list[str]]] = {}
    for abbreviation in abbreviations:
        by_length = by_mark.setdefault(abbreviation[-1], {})
        by_length.setdefault(len(abbreviation), []).append(re.escape(abbreviation))
    patterns = []
    for mark, by_length in by_mark.items():
        behind = "|".join(
            f"(?<![a-z](?:{'|'.join(same)}))(?<={'|'.join(same)})" for same in by_length.values()
        )
        patterns.append(re.compile(f"{re.escape(mark)}(?:{behind})"))
    return patterns


def _counting(digits: str, groups: list[str]) -> bool:
    """Counting ("1 2 3 4 5 6 7 8 9 10", "123456789", "100 200 300 400") is no phone number."""
    if len(groups) > 2:
        steps = {b - a for a, b in itertools.pairwise(int(g) for g in groups)}
        if len(steps) == 1:
            return True
    differences = {int(b) - int(a) for a, b in itertools.pairwise(digits)}
    return differences in ({1}, {-1})


@lru_cache(maxsize=4096)
def _valid(digits: str, international: bool) -> bool:
    """A valid number of a partner country, read with or without its country code.

    Written with a partner country's code ("+44 7700 900 456"), a number of
    that country's length is enough: the ranges kept for films and examples
    are not valid, and an evader may well use them.
    """
    if international:
        return _possible("+" + digits.removeprefix("00"))
    return any(_parses(digits, region) for region in REGIONS)


# A phone told as a riddle (Phones.riddle): two words of a phone, a message or
# the writer's own, four parts at least (digit groups and number words), and no
# clock time nor unit of a recipe, a distance or a race
_RIDDLE_TOLD = 2
_RIDDLE_PARTS = 4
_RIDDLE_GAP = 12
_CLOCK = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
# A date ("13.6.2025", "4/10/26", "am 13.2."), a day and a month or a mark
# ("6/9", "4/10"), a share ("75 %") or a sum with its result ("52 - 36 = 16"): a
# birthday, a mark and a vote told round a match's "0-6" or "then I turn 15" are
# no number's parts.
_NO_PHONE_PART = re.compile(
    r"\d(?:(?<![\d.]\d)\d?([./])\d{1,2}\1(?:\d{4}|\d{2})(?![\d.]\d)|(?<![\d.]\d)\d?\.\d{1,2}\.(?!\d))"
    r"|\d(?<![\d/]\d)\d?/\d{1,2}(?![\d/])"
    r"|\d+(?:[.,]\d+)?[^\S\n]?%"
    r"|\d+(?:[^\S\n]*[-+*/:x][^\S\n]*\d+)+[^\S\n]*=[^\S\n]*\d+"
)
# What follows a score's first number: a dash or a colon and one or two digits.
_SCORE_AFTER = re.compile(r"[^\S\n]?[-:][^\S\n]?\d{1,2}(?![\d:.-])")
_GROUP = 3
_ROUTES = frozenset(
    {
        "bus",
        "buses",
        "tram",
        "line",
        "route",
        "linea",
        "autobus",
        "corriera",
        "ligne",
        "tramway",
        "linie",
        "strassenbahn",
        "tranvia",
        "linia",
        "tramwaj",
    }
)
# A book's page or an exercise: "page 211, exercises 7 and 26", homework, not a
# phone's parts (the words as folding writes them: "Übung" is "ubung")
_REFERENCES = frozenset(
    {
        "page",
        "pages",
        "exercise",
        "exercises",
        "pagina",
        "pagine",
        "esercizio",
        "esercizi",
        "exercice",
        "exercices",
        "seite",
        "seiten",
        "aufgabe",
        "aufgaben",
        "ubung",
        "ubungen",
        "paginas",
        "ejercicio",
        "ejercicios",
        "strona",
        "stronie",
        "strony",
        "zadanie",
        "zadania",
        "cwiczenie",
        "cwiczenia",
    }
)
_UNITS = frozenset(
    {
        "g",
        "gr",
        "ml",
        "cl",
        "dl",
        "l",
        "kg",
        "km",
        "m",
        "cm",
        "mm",
        "min",
        "mins",
        "minute",
        "minutes",
        "minuti",
        "minuten",
        "minutos",
        "minut",
        "sec",
        "h",
        "hours",
        "ore",
        "heures",
        "stunden",
        "horas",
        "godzin",
        "grad",
        "gradi",
        "degres",
        "grados",
        "stopni",
        "ovo",
        "uova",
        "oeufs",
        "eier",
        "huevos",
        "jajka",
        "eggs",
        "cups",
        "tazze",
        "tasse",
        "tassen",
        "tazas",
        "szklanki",
    }
)
_NOT_DIALLED = _ROUTES | _REFERENCES

# The countries whose mobiles a shop's number in each language must not be
# (Phones.listed): French alone for French, Belgium's mobiles begin as French
# fixed lines do.
_HOMES = {
    "en": ("GB", "IE"),
    "it": ("IT",),
    "fr": ("FR",),
    "de": ("DE", "AT", "CH"),
    "es": ("ES",),
    "pl": ("PL",),
}


# Numbers that reach a person, not a counter: mobiles, pagers, personal numbers
_PERSONAL = {
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    phonenumbers.PhoneNumberType.PAGER,
    phonenumbers.PhoneNumberType.PERSONAL_NUMBER,
    phonenumbers.PhoneNumberType.VOIP,
}

# How a country's mobiles begin after the trunk 0 where its plan keeps a range
# for films that the library reads as no number ("07700 900 461" is still no
# bakery's); elsewhere the library's own types decide
_MOBILE_LEADS = {"GB": ("7",)}

# How many characters and words after a number may name its owner in brackets
_OWNER_AFTER = 30
_OWNER_AFTER_WORDS = 2
# The words of the writer's own that only say who writes ("I", "je", "ich")
_SUBJECTS = frozenset({"i", "im", "je", "j", "ich", "io", "yo", "ja"})
# How many words before a home may deny it ("nie podajemy adresów domowych")
_DENIAL_REACH = 3

# How many words before a number may name the shop whose number it is
_OWNER_REACH = 10
# ... and how many when its opening hours are told between them
_OWNER_REACH_HOURS = 24


_INSTITUTIONAL = frozenset(
    {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.TOLL_FREE}
)


@lru_cache(maxsize=1024)
def _fixed_line(digits: str, homes: tuple[str, ...]) -> bool:
    """A fixed line in a partner country, and nothing but a fixed line in
    ``homes`` (a mobile, a pager or a personal number there is no shop's). A
    freephone line (a helpline's "0800 1111", "900 20 20 10") counts as fixed:
    it belongs to an institution, never to a pupil or a passing adult."""
    if not _SHORTEST <= len(digits) <= _LONGEST or digits.startswith("00"):
        return False
    types = {region: _type(digits, region) for region in REGIONS}
    national = digits.removeprefix("0")
    return (
        not _INSTITUTIONAL.isdisjoint(types.values())
        and not any(types[region] in _PERSONAL for region in homes if region in types)
        and not any(
            national.startswith(lead) for region in homes for lead in _MOBILE_LEADS.get(region, ())
        )
    )


def _type(digits: str, region: str) -> int | None:
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.number_type(number) if phonenumbers.is_valid_number(number) else None


def _parses(number: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def _possible(number: str) -> bool:
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return False
    if parsed.country_code is None:
        return False
    region = phonenumbers.region_code_for_country_code(parsed.country_code)
    return region in REGIONS and phonenumbers.is_possible_number(parsed)


# The parts of a block of flats that follow a house number ("klatka 3", "2nd
# floor", "interno 5", "3e étage"): the lexicon finds them as words, and a
# message with none (nearly every one) is not searched for such an address.
FLAT_PARTS = (  # noqa: SIM905 (a list of words reads best as words)
    "klatka klatce klatki pietro piętro pietrze piętrze mieszkanie mieszkania "
    "floor flat apartment apt piano interno scala étage etage escalier appartement appt "
    "stock stiege wohnung piso planta escalera puerta portal "
    # ... and as young pupils spell them by ear ("im 3 stok", "au 2 étaj")
    "stok stokwerk flor etaj etaje pjano pizo pientro"
).split()

# A home told by its building instead of its number: "I live on Kwiatowa, the
# yellow block behind the shop, staircase B, 2nd floor, door on the left";
# "abito in via Garibaldi, dopo il bar, citofono Bianchi, terzo piano" (round
# 54). Beside a home word, three parts of a building, or two with a street's
# word or a place told by what it is behind or after, make an address.
BUILDING_PARTS = frozenset(
    FLAT_PARTS
    + (  # noqa: SIM905 (a list of words reads best as words)
        "intercom buzzer staircase stairwell door citofono campanello porta palazzina "
        "interphone digicode sonnette porte batiment klingel tur tuer hausflur "
        "portero telefonillo timbre domofon drzwi blok bloku"
    ).split()
)
_BESIDE = frozenset(
    (  # noqa: SIM905 (a list of words reads best as words)
        "behind after next opposite dopo dietro accanto davanti derriere apres cote "
        "hinter neben gegenuber detras despues enfrente junto za obok naprzeciwko kolo"
    ).split()
)
_BUILDING_PARTS_LEAST = 3


def described_home(tokens: list[str], street: bool) -> bool:
    """Whether a message that speaks of a home tells where it is by its building."""
    parts = {t for t in tokens if t in BUILDING_PARTS}
    if len(parts) >= _BUILDING_PARTS_LEAST:
        return True
    return len(parts) == _BUILDING_PARTS_LEAST - 1 and (street or any(t in _BESIDE for t in tokens))


class Addresses:
    """A street-type word next to a street name and a house number.

    Entries come from the ``[street]`` sections (see ``wordlists``). The house
    number may come after the street ("via Roma 12", "Hauptstraße 5", "Baker St
    221b") or before it ("10 rue de la Paix", "123 Main Street"). After the
    street, the number must end the phrase (end of text, punctuation, a postal
    code, a capitalised town, a flat or floor ("m. 4", "interno 3"), maybe after
    a short word: "12 a Milano"), so "in piazza con 3 amici" is no address, and
    must not follow a time word ("ci vediamo in piazza alle 5"). A name, a
    house number and a postal code with a town make an address without a
    street-type word ("Lindenhof 4, 80331 München").

    A school's address is no secret ("our school is in via Roma 12"): an
    address just after a ``[school]`` word passes, unless the message speaks of
    a home (a ``[home]`` word: "I live", "casa mia").
    """

    _NAME = r"[^\W\d_][\w'\u2019\-]+"  # two letters at least: not "44 av. J.-C."
    # "12", "4a", "3/4", "18 bis": the French "bis" and "ter" number a second house.
    # Not a share or a sum ("45 %", "56 : 7", "39 + 17 = 56", "22 - 15 = 7":
    # "notre classe est allée au planétarium 39 + 17" went there, it lives
    # nowhere; a dash alone may join a house's numbers, "12-14"); the parts of a
    # street's name and number stay on one line ("allée au château\n\n56 : 7" is
    # two things).
    _NUMBER = (
        r"\d{1,4}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?(?:\s+(?:bis|ter)\b)?"
        r"(?![\w:%]|[.,]\d|[^\S\n]*[%:=+*\u00d7\u00f7]|[^\S\n]*-[^\S\n]*\d+[^\S\n]*=)"
    )
    _NEXT_WORD = re.compile(r"(?:[^\W\d_]{1,3}\s+)?([^\W\d_])")
    # A postal code in a text's shape (``tokens.Stream.shape``, every digit read
    # as "D"): five digits ("20121"), or two, a dash and three ("00-950"), with
    # no digit or dash on either side. The search skips to the digits.
    _POSTCODE_SHAPE = re.compile(r"D(?<![D-]D)(?:DDDD|D-DDD)(?![D-])")
    # The inward half of a British postcode ("2AB"), a word of its own.
    _INWARD_SHAPE = re.compile(r"D(?<![^ ]D)LL(?![^ ])")
    # Either of them: one search tells that a line has neither (nearly all do).
    _POSTCODE_OR_INWARD = re.compile(r"D(?:(?<![D-]D)(?:DDDD|D-DDD)(?![D-])|(?<![^ ]D)LL(?![^ ]))")
    # A short part between the number and the code ("2. Stock links", "3ºB").
    _WITH_POSTCODE = re.compile(
        rf"(?<![\w.])(?P<name>[^\W\d_a-z][\w'\u2019\-]*(?:\s+{_NAME}){{0,3}}?)\s+(?P<n>{_NUMBER})"
        r"(?:,\s*[^,\n]{1,20},)?,?\s+"
        r"(?:\d{5}|\d{2}-\d{3})\s+[^\W\d_a-z][\w\-]*"
        rf"|(?<![\w.,])(?P<n2>{_NUMBER}),?\s+[^\W\d_a-z][\w'\u2019\-]*(?:\s+{_NAME}){{0,3}}?,?\s+"
        r"(?:\d{5}|\d{2}-\d{3})\s+[^\W\d_a-z][\w\-]*"
    )
    # A house number, a capitalised name and a British postcode ("3 The Green,
    # Oxford OX1 2AB"), for streets named with no street-type word.
    _WITH_UK_POSTCODE = re.compile(
        rf"(?<![\w.,])(?P<n>{_NUMBER}),?\s+[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){{0,3}},?\s+"
        r"(?:[A-Z][\w\-]*,?\s+)?[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b"
    )
    # "my house is no. 27 on Elm Road", "casa mia è al numero 27 di via Olmi",
    # "numer 27 na Wiązowej": read only in a message that speaks of a home.
    _NUMBERED = re.compile(
        r"\b(?:no|n[º°o]|nr|number|numero|numéro|nummer|número|numer)\.?\s*(?P<n>\d{1,4}[a-zA-Z]?)"
        r"\s+(?:on|in|at|of|di|della|del|in der|an der|de la|de|na|en|przy)\s+"
        r"(?P<name>(?:[^\W\d_]+\s+){0,2}[^\W\d_][\w'\u2019\-]+)",
        re.IGNORECASE,
    )
    # "mieszkam na Lipowej 8, klatka 3": beside a home word, a capitalised name
    # and a number, then within a few words the parts of a block of flats (a
    # stairwell, a floor, a flat, a door: ``FLAT_PARTS``), as people give their
    # address without the street's word or its abbreviation.
    _WITH_FLAT = re.compile(
        r"\b(?:na|przy|on|in|at|via|in der|an der|rue|en|calle)\s+"
        r"(?P<name>[^\W\d_][\w'\u2019\-]+)\s+(?P<n>\d{1,4}[a-zA-Z]?)\b"
        rf"(?=[^\n]{{0,30}}?\b(?:{'|'.join(FLAT_PARTS)})\b)",
        re.IGNORECASE,
    )
    # A map's plus code ("8CMH+4Q Getafe", "9F4MGC2X+3V"): four or eight of its
    # twenty characters, a plus and two or three more, as the maps write it (upper
    # case); a digit and a letter both before the plus, so that "2345+67" is a sum.
    _PLUS_CODE = re.compile(
        r"(?<![\w+])(?P<n>(?:[2-9CFGHJMPQRVWX]{4}){1,2}\+[2-9CFGHJMPQRVWX]{2,3})(?![\w+])"
        r"(?P<town>[^\S\n]+[A-Z][\w\-]+)?"
    )
    # Its end, which a search finds by skipping to the "+": a message without
    # one (nearly every message with a sum in it) is not searched from every letter.
    _PLUS_CODE_END = re.compile(r"\+[2-9CFGHJMPQRVWX]{2,3}(?![\w+])")
    # A Polish estate's block and flat said in words with "przez" for the slash:
    # "na os. Tysiąclecia trzy przez czterdzieści jeden", beside a home word. The
    # number words are the number files' (``numbers/<lang>.txt``), read folded.
    _ESTATE = r"(?<![\w.])os(?:\.|iedle|iedlu)?\s+(?P<name>[a-z][\w\-]+(?:\s+[a-z][\w\-]+)?)\s+"
    _SLASH_WORDS = r"(?:przez|slash|ukosnik)"
    _SLASH_WORD = re.compile(_SLASH_WORDS)  # what a message must have to be searched
    # How far before an address a school word makes it the school's.
    _SCHOOL_REACH = 60
    # How far from a school's address a home word makes it someone's home.
    _HOME_REACH = 60

    def __init__(
        self,
        entries: Iterable[ListEntry],
        time_words: Iterable[str],
        door_words: Iterable[str],
        school_words: Iterable[str],
        number_words: Iterable[str] = (),
    ) -> None:
        self._time_words = frozenset(w.lower() for w in time_words)
        spoken = sorted({fold(w) for w in number_words if w.isalpha()}, key=len, reverse=True)
        word = f"(?:{'|'.join(map(re.escape, spoken))})" if spoken else None
        self._spelled_estate = (
            re.compile(
                rf"{self._ESTATE}(?P<n>{word}(?:\s+{word}){{0,2}})\s+{self._SLASH_WORDS}"
                rf"\s+{word}(?:\s+{word}){{0,2}}\b"
            )
            if word
            else None
        )
        self._door_words = frozenset(w for d in door_words for w in _WORD.findall(fold(d)))
        self._school_words = frozenset(w for s in school_words for w in _WORD.findall(fold(s)))
        # (language, where, capitalised) -> type words
        types: dict[tuple[str, str, bool], list[str]] = {}
        # Abbreviations with their mark ("ul.", "c/"), folded -> their languages
        self._abbreviations: dict[str, set[str]] = {}
        for entry in entries:
            first, _, second = entry.text.partition(" ")
            if first.endswith((".", "/")) and not first.startswith("~"):
                self._abbreviations.setdefault(fold(first), set()).add(entry.language)
            if second in ("~", "^"):
                types.setdefault((entry.language, "before", second == "^"), []).append(first)
            elif first in ("~", "^"):
                types.setdefault((entry.language, "after", first == "^"), []).append(second)
            elif first.startswith("~") and not second:
                types.setdefault((entry.language, "compound", False), []).append(first[1:])
            else:
                raise ValueError(f"street entry {entry.text!r} has no ~ or ^ for the name")
        self._abbreviated_patterns = _after_abbreviations(self._abbreviations)
        build = {"before": self._before, "after": self._after, "compound": self._compound}
        # By language, as the lexicon tells which languages' street words a
        # message has: the pattern, which name words must be capitalised
        # ("some", "all" or ""), and how its matches are looked for (``_Street``).
        self._patterns: dict[str, list[tuple[re.Pattern[str], str, _Street]]] = {}
        for (language, where, capitalised), words in types.items():
            rule = ("some" if where == "before" else "all") if capitalised else ""
            for pattern, gate in build[where](words):
                compiled = re.compile(pattern, re.IGNORECASE)
                street = _Street(gate)
                self._patterns.setdefault(language, []).append((compiled, rule, street))

    @staticmethod
    def _alternatives(words: list[str]) -> str:
        return "|".join(sorted(map(re.escape, words), key=len, reverse=True))

    # In the patterns below, ``[^\S\n]`` is a space within one line.
    def _before(self, words: list[str]) -> list[tuple[str, str | None]]:
        name, number = self._NAME, self._NUMBER
        name_backwards = r"[\w'\u2019\-]+[^\W\d_]"
        # "ul." and "c/" may touch the name ("ul.Długa"); a word needs a space.
        kinds = "|".join(
            re.escape(w) + (r"[^\S\n]*" if w[-1] in "./" else r"[^\S\n]+")
            for w in sorted(words, key=len, reverse=True)
        )
        return [
            (
                rf"(?<![\w.])(?:{kinds})(?P<name>{name}(?:[^\S\n]+{name}){{0,3}}?)(?:,[^\S\n]*|[^\S\n]+)(?P<n>{number})",
                # the name's words backwards (the first letter last), then the word
                rf"{_SEPARATOR_BACKWARDS}{name_backwards}(?:[^\S\n]+{name_backwards}){{0,3}}"
                rf"(?:{_backwards(words, spaced=True)})",
            ),
            (
                rf"(?<![\w.,])(?P<n>{number}),?[^\S\n]+(?:{kinds})(?P<name>{name}(?:[^\S\n]+{name}){{0,3}})",
                None,
            ),
        ]

    def _after(self, words: list[str]) -> list[tuple[str, str | None]]:
        name, number, kinds = self._NAME, self._NUMBER, self._alternatives(words)
        return [
            (
                rf"(?<![\w.])(?P<name>{name}(?:[^\S\n]+{name}){{0,2}}?)[^\S\n]+(?:{kinds})\b\.?(?:,[^\S\n]*|[^\S\n]+)"
                rf"(?P<n>{number})",
                rf"{_SEPARATOR_BACKWARDS}\.?(?:{_backwards(words)})[^\S\n]",
            ),
            (
                rf"(?<![\w.,])(?P<n>{number}),?[^\S\n]+(?P<name>{name}(?:[^\S\n]+{name}){{0,2}}?)[^\S\n]+(?:{kinds})\b",
                None,
            ),
        ]

    def _compound(self, words: list[str]) -> list[tuple[str, str | None]]:
        kinds = self._alternatives(words)
        return [
            (
                rf"\b(?P<name>[^\W\d_]+)(?:{kinds})\.?(?:,[^\S\n]*|[^\S\n]+)(?P<n>{self._NUMBER})",
                rf"{_SEPARATOR_BACKWARDS}\.?(?:{_backwards(words)})[^\W\d_]",
            )
        ]

    def find(self, stream: Stream, hits: Hits, every: bool = False) -> Found:
        """Addresses in a message the lexicon has read: ``hits`` tell the languages
        of its street words, whether a home word is in it, whether the letters of
        a street abbreviation are a word of it ("ul", "c") and whether a part of a
        block of flats is. ``every``: a school's address too, to count the places
        a message gives (``Phones.desk``)."""
        text, shape = stream.source, stream.shape
        home = "home" in hits
        if (
            home
            and "number" in hits
            and self._spelled_estate is not None
            and self._SLASH_WORD.search(stream.raw)
        ):
            # "mieszkam na os. Tysiaclecia trzy przez czterdziesci jeden"
            estate = self._spelled_estate.search(stream.raw)
            if estate is not None:
                yield Kind.address, estate.group()
                return
        if home and described_home(stream.tokens, "street" in hits):
            yield Kind.address, stream.excerpt(0, len(stream.tokens) - 1)
            return
        if not stream.digits:
            return
        if "+" in text and self._PLUS_CODE_END.search(text):
            for code in self._PLUS_CODE.finditer(text):
                before = code["n"].partition("+")[0]
                if not (any(c.isdigit() for c in before) and any(c.isalpha() for c in before)):
                    continue
                # a home word, or a town after it and no school word before it
                if home or (code["town"] and not self._at_school(text, code.start())):
                    yield Kind.address, code.group()
                    return
        languages = {hit.entry.language for hit in hits.get("street", ())}
        marked = "street-mark" in hits
        found: list[tuple[int, str]] = []
        if marked:
            # An abbreviation with its mark ("ul.") is a word of the lexicon's
            # stream without it ("ul"): most lines have none, and no search.
            languages |= self._abbreviated(stream.raw)
        # Each part with digits, and where its runs of digits start.
        parts = (
            [(start, end, _numbers(text, start, end)) for start, end in _parts_with_digits(text)]
            if languages
            else []
        )
        backwards = text[::-1] if languages else ""
        # In the data files' order (by name), not the set's: the order of the
        # findings must not change with the process's hash seed. (Most lines
        # with digits have no street word: nothing to sort.)
        for language in sorted(languages) if languages else ():
            for pattern, rule, street in self._patterns.get(language, ()):
                for start, end, numbers in parts:
                    if not street.possible(backwards, numbers):
                        continue
                    position = start
                    while match := street.search(pattern, text, position, end, numbers):
                        # "i live at 23 willow road": beside a home word, no capital needed
                        if self._is_address(text, match, "" if home else rule):
                            found.append((match.start("n"), match.group()))
                            position = match.end()
                        else:
                            # "come to Baker St 221b" first matches from "come": try
                            # again from the next character, hence the next word.
                            position = match.start() + 1
        digits = shape.replace("N", "D")
        postcode = inward = False
        if self._POSTCODE_OR_INWARD.search(digits):
            # Five digits at least, or no postal code's shape.
            postcode = stream.digits >= _POSTCODE_DIGITS and bool(
                self._POSTCODE_SHAPE.search(digits)
            )
            inward = bool(self._INWARD_SHAPE.search(digits))
        if postcode:
            found += [
                (m.start("n") if m["n"] else m.start("n2"), m.group())
                for m in self._WITH_POSTCODE.finditer(text)
            ]
        if home:
            found += [
                (m.start("n"), m.group())
                for m in self._NUMBERED.finditer(text)
                if m["name"].split()[-1][0].isupper()
            ]
        if home and "flat-part" in hits:
            found += [
                (m.start("n"), m.group())
                for m in self._WITH_FLAT.finditer(text)
                if m["name"][0].isupper()
            ]
        if inward:
            found += [(m.start("n"), m.group()) for m in self._WITH_UK_POSTCODE.finditer(text)]
        for number, excerpt in found:
            # A school's address, unless a home word is said beside it: in a long
            # post, "please come to the main gate" three sentences on is no home
            if (
                every
                or not self._at_school(text, number)
                or self._home_near(stream, hits, number, number + len(excerpt))
            ):
                yield Kind.address, excerpt

    def _abbreviated(self, raw: str) -> set[str]:
        """The languages of the street abbreviations in ``raw`` (folded), with their mark."""
        found: set[str] = set()
        for pattern in self._abbreviated_patterns:
            first = pattern.search(raw)  # most messages have none: no iterator for them
            if first is None:
                continue
            for match in pattern.finditer(raw, first.start()):
                word = raw[: match.end()].rsplit(" ", 1)[-1].lstrip("([\"'")
                found |= self._abbreviations.get(word, set())
        return found

    def _home_near(self, stream: Stream, hits: Hits, start: int, end: int) -> bool:
        """Whether a home word comes shortly before ``start`` or after ``end``, an
        address's bounds in the pupil's text (where the words of a hit stand).
        A home word inside an allowed phrase, a public venue's name ("la Casa de
        la Cultura"), tells no home, nor does one in a rule not to write it ("please
        don't write your home address on the envelope", rounds 116 and 117)."""
        allowed = [(h.start, h.end) for h in (*hits.get("allow", ()), *hits.get("never_share", ()))]
        for hit in hits.get("home", ()):
            if allowed and hit.inside(allowed):
                continue
            first, last = stream.token_at(hit.start), stream.token_at(hit.end - 1)
            home_start, home_end = stream.source_span(first, last)
            if home_end > start - self._HOME_REACH and home_start < end + self._HOME_REACH:
                return True
        return False

    def _at_school(self, text: str, start: int) -> bool:
        """Whether a school word comes shortly before ``start``, the address's house number."""
        before = fold(text[max(0, start - self._SCHOOL_REACH) : start])
        return not self._school_words.isdisjoint(_WORD.findall(before))

    def _is_address(self, text: str, match: re.Match[str], rule: str) -> bool:
        names = match["name"].split()
        if rule == "some" and not any(w[0].isupper() for w in names):
            return False
        if rule == "all" and not all(w[0].isupper() for w in names):
            return False
        if match.end("n") != match.end():
            return True
        return names[-1].lower() not in self._time_words and self._ends_phrase(text, match.end())

    def _ends_phrase(self, text: str, position: int) -> bool:
        rest = text[position:].lstrip(" \t")
        if not rest or not rest[0].isalpha():
            return True
        door = _WORD.match(fold(rest[:12]))
        if door is not None and door.group() in self._door_words:
            return True
        following = self._NEXT_WORD.match(rest)
        return following is not None and following.group(1).isupper()


# The labels of a school's domain: "stmarys.sch.uk", "icdante.edu.it",
# "college-jferry.fr", "iesmiguelhernandez.es", "sp12.krakow.pl"
_SCHOOL_LABEL = re.compile(
    r"(?:sch|edu|educ|school|schule|scuola|college|colegio|lycee|liceo|instituto|istituto|"
    r"szkola|gimnazjum|gymnasium|gymnazjum|ac|educa)$"
    r"|^(?:college|lycee|liceo|ies|ceip|iis|itis|schule|gymnasium|gym|gesamtschule|grundschule|"
    r"realschule|szkola|sp\d+|zs\d+|lo\d+)"
    r"|(?:schule|school|scuola|college|lycee|szkola|gymnasium)"
)
# What a school address may not have beside it: the writer's private side.
_NOT_WORK = frozenset({"private", "secret", "secret_strong", "delete", "elsewhere", "chat"})


def school_domain(hits: Hits, text: str, at: int) -> bool:
    """The "@" at ``at`` opens a school's mail domain, not an account: the
    address named as the school's and only its ending given ("your school
    email, the one ending @stmarys.sch.uk", "la mail della scuola, quella
    @icverdi.edu.it"), nothing private or secret beside it."""
    if "school_mail" not in hits or not _NOT_WORK.isdisjoint(hits):
        return False
    domain = _MAIL_DOMAIN.match(text, at)
    if domain is None:
        return False
    return any(_SCHOOL_LABEL.search(label) for label in _named_labels(domain.group(1)))


def _named_labels(domain: str) -> list[str]:
    """A mail domain's labels but its last (".uk", ".org"): where a school
    names itself ("stmarys.sch.uk", "clg-jeanmoulin-lyon.fr")."""
    return [label for label in re.split(r"[.\-]", domain.lower()) if label][:-1]


# An "@" and a domain of two labels or more, with no name before it
_MAIL_DOMAIN = re.compile(r"@((?:[^\W_][\w\-]*\.)+[^\W\d_]{2,})\b")


def school_mail(hits: Hits, emails: list[tuple[Kind, str]]) -> bool:
    """A school's or a teacher's work address, named as such ("email the charts
    to my school address", "mon adresse du collège", "szkolny adres"), every
    address found on a school's domain, and nothing private or secret beside
    it. A pupil's or an adult's own address elsewhere is held, named or not."""
    if "school_mail" not in hits or not _NOT_WORK.isdisjoint(hits) or not emails:
        return False
    for _, excerpt in emails:
        labels = _named_labels(excerpt.rpartition("@")[2].strip(".,;:!? "))
        if not any(_SCHOOL_LABEL.search(label) for label in labels):
            return False
    return True


# A mailbox's name: one word before its "@", or a club's words joined by a dash
# ("esports-ag@", "club-ajedrez@"), no person's "first.last"
_MAILBOX = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?\d*")
# The labels of a school's domain besides ``_SCHOOL_LABEL``'s: an academy's, a
# French "collège" abbreviated ("clg-jeanmoulin", "clg.ac-lyon.fr")
_ACADEMY_LABEL = re.compile(r"academy|akademie|accademia|academia|akademia|^clg$")


def school_mailbox(excerpt: str) -> bool:
    """A school's own mailbox named in an institution's details: a school
    paper's or a club's ("herald@hillside-academy.org.uk", "glos@sp5.krakow.pl",
    "esports-ag@goethe-gymnasium.de"), one word, or two joined by a dash, before
    its "@" on a school's domain. A person's address ("first.last@")
    is no mailbox, and a pupil's or an adult's own elsewhere is held."""
    local, _, domain = excerpt.strip(".,;:!? ").partition("@")
    if not _MAILBOX.fullmatch(local):
        return False
    return any(
        _SCHOOL_LABEL.search(label) or _ACADEMY_LABEL.search(label)
        for label in _named_labels(domain)
    )


# Times of day from one to another, a rota's or a timetable's ("9.00-11.30",
# "14:15 - 16:45"), one after another
_CLOCK_SPAN = re.compile(r"(\d{1,2})[.:h](\d{2})\s*[-\u2013]\s*(\d{1,2})[.:h](\d{2})")


def _clock_spans(candidate: str) -> bool:
    """Whether ``candidate`` is only spans of clock times, each hour of the day
    and each minute a multiple of five: a rota's, never a number dialled."""
    spans = list(_CLOCK_SPAN.finditer(candidate))
    if not spans or "".join(_CLOCK_SPAN.split(candidate)[::5]).strip(" ,;/") != "":
        return False
    return all(
        int(span[1]) < 24
        and int(span[3]) < 24
        and int(span[2]) % 5 == 0
        and int(span[4]) % 5 == 0
        and int(span[2]) < 60
        and int(span[4]) < 60
        for span in spans
    )


def _clustered(parts: list[int]) -> list[list[int]]:
    """Token indexes in runs whose neighbours are at most ``_RIDDLE_GAP`` apart: the
    parts of one number stand close together, a clue between them at most."""
    clusters: list[list[int]] = []
    for index in parts:
        if clusters and index - clusters[-1][-1] <= _RIDDLE_GAP:
            clusters[-1].append(index)
        else:
            clusters.append([index])
    return clusters


# Read on either side of a riddle's parts: a date's or a sum's other half.
_PART_MARGIN = 16


def _no_phone_parts(stream: Stream, first: int, last: int) -> set[int]:
    """The tokens of the dates, marks, shares and sums (``_NO_PHONE_PART``) around
    tokens ``first`` to ``last``, read in their part of the text alone (a long
    post's every digit would cost a search)."""
    start = max(0, stream.spans[first][0] - _PART_MARGIN)
    end = stream.spans[last][1] + _PART_MARGIN
    found: set[int] = set()
    for match in _NO_PHONE_PART.finditer(stream.folded, start, end):
        low, high = stream.tokens_in(*match.span())
        found.update(range(low, high + 1))
    return found


def _hyphened(stream: Stream, index: int) -> bool:
    """Whether token ``index`` is joined to the next by a hyphen ("apres-midi")."""
    spans = stream.spans
    if index + 1 >= len(spans):
        return False
    end = spans[index][1]
    return spans[index + 1][0] == end + 1 and stream.folded[end] == "-"


def _scored(stream: Stream, index: int) -> bool:
    """Whether token ``index`` opens a match's score ("0-1", "0:2")."""
    return _SCORE_AFTER.match(stream.folded, stream.spans[index][1]) is not None
