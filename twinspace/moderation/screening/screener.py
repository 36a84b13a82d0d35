"""The screener: every detector over one message, one verdict.

A message is read once by the lexicon (every word list, cue and number word
of every language in one automaton); the costlier detectors then run only
where that reading, or one cheap look at the text, says they may find
something: the phone parser only on digit runs and number words, the
address patterns only next to a street word, the e-mail, link and handle
patterns only where there is an "@", a dot inside a word or a platform name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from twinspace.moderation.screening import (
    advice,
    fiction,
    grooming,
    lesson,
    online,
    personal,
    playful,
    quotes,
    wellbeing,
    wordlists,
)
from twinspace.moderation.screening.grooming import Grooming
from twinspace.moderation.screening.learned import MODEL_FILE, Model
from twinspace.moderation.screening.lexicon import Entry, Hits, Lexicon, parse
from twinspace.moderation.screening.numbers import NumberWords
from twinspace.moderation.screening.tokens import PAIRS, TRIPLES, Stream, as_written, words
from twinspace.moderation.screening.verdicts import (
    Finding,
    Kind,
    Level,
    Screening,
    Verdict,
    verdict_for,
)
from twinspace.moderation.screening.words import Words

# The word-list sections the lexicon reads; the others configure a detector.
_READ = ("abuse", "rude", "profanity", "allow", "insult", "target", "contact", "school", "home")


class Screener:
    """Built from compiled word lists (once per data folder and process), then ``screen``
    is cheap.

    ``screen`` keeps no state between calls (the second opinion remembers word
    weights, the same for every caller), so one screener serves every thread
    and task. ``allowed_domains`` here are the server's own (its host,
    "europa.eu"); a space may add more per call.
    """

    def __init__(
        self,
        data_dir: Path | None = None,
        allowed_domains: Iterable[str] = (),
        second_opinion: bool = True,
    ) -> None:
        detectors = _detectors(data_dir or wordlists.DEFAULT_DIR)
        self._lexicon = detectors.lexicon
        self._numbers = detectors.numbers
        self._words = detectors.words
        self._grooming = detectors.grooming
        self._phones = detectors.phones
        self._emails = detectors.emails
        self._addresses = detectors.addresses
        self._dictation = detectors.dictation
        # The learned model (learned.py), when the data folder has one and it is wanted.
        self._model = detectors.model if second_opinion else None
        self._allowed = frozenset(online.domain(d) for d in allowed_domains)

    def screen(
        self, text: str, level: Level = Level.standard, allowed_domains: Iterable[str] = ()
    ) -> Screening:
        stream = written = Stream(text)
        hits = self._lexicon.scan(stream.padded)
        context = self._context(stream)
        # A language lesson's quoted and translated phrases are mentions, not
        # what the writer says (lesson.py): the message is read without them.
        # So are the words a lesson on online safety quotes as warning signs
        # ("'if you loved me you would' are red flags", "'nie mów rodzicom'").
        warned = quotes.may_quote(text) and "safety_lesson" in context()
        if "lesson" in hits or "=" in text or "gloss" in hits or warned:
            plain = lesson.without_mentions(stream, hits, warned)
            if plain is not None:
                stream = Stream(plain)
                hits = self._lexicon.scan(stream.padded)
                context = self._context(stream)
        emails = self._find_emails(stream, hits)
        # An office's address said to be on the school's or the class's website,
        # or named as its official one, is public, and so is the office's postal
        # address given with it ("info@hof-brunner.de, Post an Hof Brunner, Dorfstraße 3").
        # ... and a creator's business address said to be on the channel's page
        # (its Impressum, bio or description), copied for a class project
        office = bool(emails) and (
            self._phones.office(stream, emails) or self._phones.channel(stream, emails)
        )
        # ... and so is a teacher's work address on the school's domain, named as such.
        public_mail = office or (bool(emails) and personal.school_mail(hits, emails))
        found = [
            *self._words.find(stream, hits),
            *self._grooming.find(stream, hits, context),
            *([] if public_mail else emails),
        ]
        # E-mails still held, which an institution's desk named with its public
        # details (a club's office for registrations, a hotel's front desk) may
        # make public, with its fixed lines and postal address (``Phones.desk``).
        held_mail = bool(emails) and not public_mail
        # Punctuation spelt out by dictation ("full stop", "Komma", "kropka"): the
        # message read again with the marks in their place, for the cues alone
        if "dictated" in hits:
            kinds = {kind for kind, _ in found}
            found += [
                (kind, excerpt) for kind, excerpt in self._dictated(stream) if kind not in kinds
            ]
        # A story's words, named as such (fiction.py): a character's secret or question.
        framed = fiction.framed(stream, hits)
        # What play and advice said as such spare, read only once something is
        # found (most lines find nothing, and the reading may take the second pass).
        play: frozenset[Kind] | None = None
        if found:
            play = _spared_by_play(hits, context)
            spared = (play | fiction.RULES_SPARED) if framed else play
            found = [(k, e) for k, e in found if k not in spared]
        # Numbers and addresses only where there are digits or number words (most lines have none).
        if stream.digits or "number" in hits:
            phones = (
                list(self._phones.find(stream, hits))
                # A number told as a riddle, its parts chained by "then", "poi", "dann"
                + list(self._phones.riddle(stream, hits))
                # Digit words glued to digits ("0six . 42 . dix-sept // 99 - zero3"),
                # read again as digits.
                or self._phones_in(stream, self._numbers.glued(stream) if stream.glued else None)
                # A letter typed for a digit ("06.2l.33.o9.84", "+48 6O1-2 trzy 4-5"),
                # read again as the digit.
                or self._phones_in(
                    stream, personal.letters_as_digits(stream.source) if stream.digits else None
                )
            )
            # A club's or a school's number said to be on its poster or website is public.
            # So is a bakery's or a museum's fixed line, with no word of the writer's own,
            # and a museum's or a hostel's fixed line printed in a trip's programme.
            public = phones and (
                self._phones.posted(stream)
                or self._phones.printed(stream, phones)
                or self._phones.listed(stream, phones)
                # ... and a school's or a trip's service phone, kept by a teacher
                # for emergencies, a mobile too, but never the writer's own
                or self._phones.service(stream)
                # ... and a character's made-up number in a story the message names
                or framed
            )
            addresses = [] if office else list(self._addresses.find(stream, hits))
            # (every address given counts, a school's too: a pupil's home beside
            # the club's is no desk's)
            if (phones or addresses or held_mail) and self._phones.desk(
                stream,
                hits,
                phones,
                emails,
                list(self._addresses.find(stream, hits, every=True)) if addresses else [],
            ):
                phones, addresses = [], []
                found = _without(found, Kind.email)
            if not public:
                found += phones
            found += addresses
        elif "home" in hits and not office:
            # ... or a home told by its building, without a number
            found += self._addresses.find(stream, hits)
        # ... an office's e-mail alone, named as its desk's ("newsletter@", "stampa@")
        elif held_mail and self._phones.desk(stream, hits, [], emails):
            found = _without(found, Kind.email)
        found += self._online(stream, hits, emails, allowed_domains, context)
        # The second opinion, where the rules saw no concern for a child's safety.
        if self._model is not None and not any(k.safeguarding for k, _ in found):
            opinion = self._model.find(stream)
            if (
                opinion is not None
                and not _FAMILIES.get(opinion[0], set()) & {k for k, _ in found}
                and not (framed and opinion[0] in fiction.OPINION_SPARED)
                and opinion[0] not in (_spared_by_play(hits, context) if play is None else play)
            ):
                found.append(opinion)
        if not found:
            return _CLEAN
        if stream is not written:  # a lesson: its excerpts as the pupil wrote them
            found = as_written(found, stream, written)
        return Screening.of(
            Finding(kind, excerpt, verdict_for(kind, level)) for kind, excerpt in found
        )

    def _context(self, stream: Stream) -> Callable[[], Hits]:
        """The lexicon's second pass over ``stream`` (the concepts that only veto
        or complete a rule), read the first time a check asks for it, then kept."""
        scan, padded = self._lexicon.scan_context, stream.padded
        kept: list[Hits] = []

        def context() -> Hits:
            if not kept:
                kept.append(scan(padded))
            return kept[0]

        return context

    def _dictated(self, stream: Stream) -> list[tuple[Kind, str]]:
        """The concerns of a message whose punctuation dictation spelt out as
        words, read with the marks instead: "meet me at the park comma just you"."""
        marks = self._dictation
        text = marks.pattern.sub(lambda m: marks.marks[" ".join(words(m.group()))], stream.folded)
        again = Stream(text)
        hits = self._lexicon.scan(again.padded)
        return as_written(self._grooming.find(again, hits, self._context(again)), again, stream)

    def _phones_in(self, stream: Stream, text: str | None) -> list[tuple[Kind, str]]:
        """The phone numbers in a message read again another way, if there is one,
        as the pupil wrote them."""
        if text is None:
            return []
        again = Stream(text)
        return as_written(self._phones.find(again, self._lexicon.scan(again.padded)), again, stream)

    def _find_emails(self, stream: Stream, hits: Hits) -> list[tuple[Kind, str]]:
        """An "@", or a spelled-out "at" with a dot in a word or a spelled-out "dot"."""
        text = stream.source
        if "@" in text or (
            "email-at" in hits and ("email-dot" in hits or "dotted" in stream.gates)
        ):
            found = list(self._emails.find(text))
            if found or "email-dot" not in hits:
                return found
            # ... or told in pieces, with other words between them
            ats = [stream.token_at(h.start) for h in hits["email-at"]]
            dots = [stream.token_at(h.start) for h in hits["email-dot"]]
            pieces = personal.in_pieces(stream.tokens, ats, dots)
            if pieces is not None:
                return [(Kind.email, stream.excerpt(*pieces))]
        return []

    def _online(
        self,
        stream: Stream,
        hits: Hits,
        emails: list[tuple[Kind, str]],
        allowed_domains: Iterable[str],
        context: Callable[[], Hits],
    ) -> Iterator[tuple[Kind, str]]:
        text = stream.source
        if "@" in text or "#" in text or "platform" in hits or "username" in hits:
            # A class's own account, kept by its teacher or shown with the parents'
            # consent ("our class account ... run by Mrs Kelly", "foto solo con il
            # consenso dei genitori"), is no one's own, while "add me", "my snap" or
            # a private account beside it still is. Only the handle right after the
            # account's name is the class's: another one further on may be anyone's.
            ends = (
                [
                    stream.source_span(stream.token_at(h.start), stream.token_at(h.end - 1))[1]
                    for h in context().get("school_account", ())
                ]
                if "account_kept" in hits and not {"add_me", "private"} & hits.keys()
                else []
            )
            for kind, handle in online.handles(text):
                # ... but a school's mail domain, named as such, is no account
                at = text.find(handle)
                kept = any(0 <= at - end <= _ACCOUNT_REACH for end in ends)
                if not (
                    handle.startswith("@") and (kept or personal.school_domain(hits, text, at))
                ):
                    yield kind, handle
        if "dotted" in stream.gates or "://" in text:
            allowed = self._allowed | {online.domain(d) for d in allowed_domains}
            for kind, link in online.links(text, allowed):
                # The domain of "name(at)school.it" is not a link of its own.
                if not any(link in email for _, email in emails):
                    yield kind, link


# How far after a class account's name (in characters) its handle may stand:
# "our class account @5kelly_greenhill", "il profilo della classe @3a_manzoni"
_ACCOUNT_REACH = 12


def _without(found: list[tuple[Kind, str]], kind: Kind) -> list[tuple[Kind, str]]:
    return [(k, e) for k, e in found if k is not kind]


def _spared_by_play(hits: Hits, context: Callable[[], Hits]) -> frozenset[Kind]:
    """The kinds play said as such spares (playful.py: a lost match joked
    about, Father Christmas kept from the little ones), and safety advice said
    as such (advice.py: a lesson's warning signs, first aid for someone else)."""
    return playful.spared(hits, context) | advice.spared(hits, context)


_CLEAN = Screening(Verdict.allow, (), None)
# What the model adds nothing to: where the rules found a word of abuse, the
# model's "rude"; where they found a number, an account or an invitation, the
# model's "private contact" (the rules read their form, and the space's level
# says what they mean: a relaxed space allows "add me on insta").
_FAMILIES = {
    Kind.rude: {Kind.abuse, Kind.rude, Kind.profanity},
    Kind.private_contact: {
        Kind.email,
        Kind.phone,
        Kind.address,
        Kind.social_handle,
        Kind.contact_invitation,
        Kind.external_link,
    },
}


class _Detectors(NamedTuple):
    """What a screener compiles from its data files; read-only once built."""

    lexicon: Lexicon
    numbers: NumberWords
    words: Words
    grooming: Grooming
    phones: personal.Phones
    emails: personal.Emails
    addresses: personal.Addresses
    model: Model | None  # the second opinion, when the data folder has one (learned.py)
    dictation: _Dictation  # punctuation spelt out by dictation, and its marks


class _Dictation(NamedTuple):
    pattern: re.Pattern[str]  # any of the words, in a folded text
    marks: dict[str, str]  # the words (folded, single spaces) -> their mark


# Compiling the six languages' data takes about a second (twelve thousand keys,
# every number up to 999 in words), and every app a test builds makes a
# screener: the detectors are built once per data folder and process, and
# shared, since nothing changes them after.
@lru_cache(maxsize=8)
def _detectors(data_dir: Path) -> _Detectors:
    data = wordlists.load(data_dir)
    lists = data.words
    numbers = NumberWords(data.numbers)
    entries = [*_entries(lists, _READ), *_entries(data.cues, wordlists.CUES)]
    # The cues and invitations as young pupils spell them by ear ("wot is ur
    # number", "dici ke è giulia"), each in its own language
    entries += _as_heard(
        [*_entries(lists, ("contact",)), *_entries(data.cues, wordlists.CUES)],
        lists["heard"],
        vocabulary=entries,
    )
    entries += _street_entries(lists["street"])
    entries += [
        (key, Entry("email-at", e.language, False, False)) for key, e in _keys(lists["email-at"])
    ]
    entries += [
        (key, Entry("email-dot", e.language, False, False)) for key, e in _keys(lists["email-dot"])
    ]
    flat_parts = sorted({parse(w)[0] for w in personal.FLAT_PARTS})  # "piętro" is "pietro"
    entries += [(key, Entry("flat-part", "", False, False)) for key in flat_parts]
    entries += [(parse(p)[0], Entry("platform", "", False, True)) for p in online.PLATFORMS]
    entries += [(parse(p)[0], Entry("platform", "", False, False)) for p in online.NICKNAMES]
    entries += [(parse(w)[0], Entry("username", "", False, False)) for w in online.NAMING]
    entries += numbers.entries
    # The words that chain a phone's riddle ("then", "poi"), read in the one pass.
    entries += _entries(data.numbers, ("chain",))
    entries += [(t, Entry("triple", "", True, True)) for t in TRIPLES]
    entries += [(p, Entry("pair", "", False, False)) for p in PAIRS]
    entries += _with_numbers(data.cues["for"], _CHILD_AGES, "young_age")
    entries += _with_numbers(data.cues["room_word"], _ROOM_NUMBERS, "room_no")
    dictation = _dictation(lists["dictated"])
    entries += [(key, Entry("dictated", "", False, False)) for key in dictation.marks]
    context = grooming.CONTEXT | wellbeing.CONTEXT
    # The words a lesson names as its topic are no one's own, in every reading.
    lexicon = Lexicon(entries, context=context, covering=wellbeing.NAMED_AS_TOPIC)
    return _Detectors(
        lexicon=lexicon,
        numbers=numbers,
        words=Words(lexicon, entries),
        grooming=Grooming(grooming.RULES + wellbeing.RULES, context),
        phones=personal.Phones(numbers),
        emails=personal.Emails(_texts(lists["email-at"]), _texts(lists["email-dot"])),
        addresses=personal.Addresses(
            lists["street"],
            _texts(lists["time"]),
            _texts(lists["door"]),
            _texts(lists["school"]),
            [e.text.split()[0] for e in data.numbers["words"]],
        ),
        model=Model(data_dir / MODEL_FILE) if (data_dir / MODEL_FILE).exists() else None,
        dictation=dictation,
    )


def _dictation(entries: Iterable[wordlists.Entry]) -> _Dictation:
    """The punctuation words of ``[dictated]`` ("full stop = ."), and a pattern
    that finds them as whole words in a folded text, longest first."""
    marks: dict[str, str] = {}
    for entry in entries:
        said, _, mark = entry.text.rpartition("=")
        key, mark = parse(said)[0], mark.strip()
        if not key or len(mark) != 1:
            raise ValueError(f"[dictated] entry {entry.text!r} is not 'words = mark'")
        marks[key] = mark
    alternatives = sorted(marks, key=len, reverse=True)
    body = "|".join(r"[^a-z0-9]+".join(map(re.escape, key.split())) for key in alternatives)
    pattern = re.compile(rf"(?<![a-z0-9])(?:{body or 'x^'})(?![a-z0-9])")
    return _Dictation(pattern, marks)


def _keys(entries: Iterable[wordlists.Entry]) -> Iterator[tuple[str, wordlists.Entry]]:
    for entry in entries:
        core = parse(entry.text)[0]
        if not core:
            raise ValueError(f"entry {entry.text!r} has no letters")
        yield core, entry


def _entries(lists: wordlists.Lists, sections: Iterable[str]) -> list[tuple[str, Entry]]:
    found = []
    for section in sections:
        for entry in lists[section]:
            core, open_start, open_end = parse(entry.text)
            if not core:
                raise ValueError(f"[{section}] entry {entry.text!r} has no letters")
            found.append((core, Entry(section, entry.language, open_start, open_end)))
    return found


# How many spellings by ear one cue or phrase may have: each heard word doubles
# them ("i wud be hapyer" has two), and a phrase seldom has more than three.
_MAX_HEARD = 16


def _as_heard(
    entries: list[tuple[str, Entry]],
    heard: Iterable[wordlists.Entry],
    vocabulary: Iterable[tuple[str, Entry]],
) -> list[tuple[str, Entry]]:
    """Each entry again with its words spelt as they are heard, in the entry's
    own language: "what is your number" as "wot is ur number", "dis rien" as
    "di rien", "chiede con chi" as "kiede cn ki". Only new keys. A one-word
    entry is read so only when its spelling is no word of another language's
    entries ("wen" for "wenn", but not "di" for "dis": Italian's "of")."""
    vocab: dict[str, set[str]] = {}
    for core, entry in vocabulary:
        vocab.setdefault(entry.language, set()).update(core.split())
    # The words of every language but each one
    others = {
        language: set().union(*(w for other, w in vocab.items() if other != language))
        for language in vocab
    }
    spellings: dict[str, list[tuple[str, str]]] = {}
    # Which of a language's spellings stand for each word: only those can change
    # an entry (trying each spelling on every entry was half of the screener's
    # start-up)
    spelling_of: dict[str, dict[str, set[int]]] = {}
    for line in heard:
        spoken, _, written = line.text.partition("=")
        said, meant = parse(spoken)[0], parse(written)[0]
        if not (said and meant):
            raise ValueError(f"[heard] entry {line.text!r} is not 'heard = written'")
        ordered = spellings.setdefault(line.language, [])
        for word in meant.split():
            spelling_of.setdefault(line.language, {}).setdefault(word, set()).add(len(ordered))
        ordered.append((f" {meant} ", f" {said} "))
    found = []
    seen = {(core, entry.tag, entry.language) for core, entry in entries}
    for core, entry in entries:
        alone = " " not in core
        forms = {f" {core} "}
        ordered = spellings.get(entry.language, [])
        for index in _spellings_for(core, ordered, spelling_of.get(entry.language, {})):
            if len(forms) >= _MAX_HEARD:
                break
            meant, said = ordered[index]
            forms |= {form.replace(meant, said) for form in forms if meant in form}
        for form in sorted(forms):
            key = (form.strip(" "), entry.tag, entry.language)
            if alone and key[0] in others.get(entry.language, ()):
                continue
            if key not in seen:
                seen.add(key)
                found.append((key[0], entry))
    return found


def _spellings_for(
    core: str, ordered: list[tuple[str, str]], spelling_of: dict[str, set[int]]
) -> list[int]:
    """The spellings (indices into ``ordered``, in its order) that may change
    ``core``: those standing for one of its words, or for a word another such
    spelling writes. The others find nothing to replace in any of its forms."""
    words, found = set(core.split()), set[int]()
    while True:
        more = set().union(*(spelling_of.get(word, ()) for word in words)) - found
        if not more:
            return sorted(found)
        found |= more
        words = {word for index in more for word in ordered[index][1].split()}


def _street_entries(entries: Iterable[wordlists.Entry]) -> list[tuple[str, Entry]]:
    """The street-type words, for telling whether the address patterns are worth running.

    Abbreviations ("ul.", "c/") are "street-mark" keys of their letters alone:
    as words, "c" and "al" are everywhere, so ``Addresses`` looks for them with
    their mark, but only in a line that has their letters as a word.
    """
    found = []
    for entry in entries:
        first = entry.text.partition(" ")[0]
        if first.endswith((".", "/")) and not first.startswith("~"):
            found.append((parse(first)[0], Entry("street-mark", entry.language, False, False)))
        word = entry.text.replace("~", " ").replace("^", " ").strip()
        compound = entry.text.startswith("~") and " " not in entry.text
        if word.endswith((".", "/")) and not compound:
            continue
        core = parse(word)[0]
        if core:
            found.append((core, Entry("street", entry.language, compound, False)))
    return found


# The ages at which a child is flattered as "mature for 13": as digits they are
# keys of their own ("for 13", "per 13"), so that every small number in a
# message ("page 12", "at 10:30") is not a hit to look at.
_CHILD_AGES = range(8, 18)
# A room told by its number ("room 12", "camera 9", "pokój 7") is a place in a
# hostel or a hotel: Italian's "camera" is a room, not a camera. Keys of their
# own too, as the ages are.
_ROOM_NUMBERS = range(1, 100)


def _with_numbers(
    words: Iterable[wordlists.Entry], numbers: range, tag: str
) -> list[tuple[str, Entry]]:
    """Each of ``words`` followed by each of ``numbers`` in digits, as a key of ``tag``."""
    return [
        (f"{parse(entry.text)[0]} {number}", Entry(tag, entry.language, False, False))
        for entry in words
        for number in numbers
    ]


def _texts(entries: Iterable[wordlists.Entry]) -> list[str]:
    return [entry.text for entry in entries]


def judge(found: Screening, level: Level, allowed_domains: Iterable[str]) -> Screening:
    """What ``found`` means in a space at ``level`` whose pupils may also link to
    ``allowed_domains``.

    ``found`` was screened at the strict level, where nothing found is allowed,
    so it holds every finding; the write path screens before its transaction,
    when the space's own level is not known yet, and judges inside it.
    """
    allowed = frozenset(online.domain(d) for d in allowed_domains)
    return Screening.of(
        Finding(f.kind, f.excerpt, verdict_for(f.kind, level))
        for f in found.findings
        if not (f.kind is Kind.external_link and online.allowed_link(f.excerpt, allowed))
    )
