"""The screener: every detector over one message, one verdict."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from twinspace.moderation.screening import online, personal, tokens, wordlists
from twinspace.moderation.screening.verdicts import (
    Finding,
    Kind,
    Level,
    Screening,
    verdict_for,
)
from twinspace.moderation.screening.words import WordMatcher


class Screener:
    """Built once per process (word lists compiled), then ``screen`` is cheap.

    ``screen`` keeps no state between calls, so one screener serves every
    thread and task. ``allowed_domains`` here are the server's own (its host,
    "europa.eu"); a space may add more per call.
    """

    def __init__(self, data_dir: Path | None = None, allowed_domains: Iterable[str] = ()) -> None:
        lists = wordlists.load(data_dir or wordlists.DEFAULT_DIR)
        self._words = WordMatcher(lists)
        self._emails = personal.Emails(lists["email-at"], lists["email-dot"])
        self._addresses = personal.Addresses(lists["street"], lists["time"])
        self._allowed = frozenset(online.domain(d) for d in allowed_domains)

    def screen(
        self, text: str, level: Level = Level.standard, allowed_domains: Iterable[str] = ()
    ) -> Screening:
        allowed = self._allowed | {online.domain(d) for d in allowed_domains}
        emails = list(self._emails.find(text))
        # The domain of "name(at)school.it" is not a link of its own.
        links = [
            (kind, link)
            for kind, link in online.links(text, allowed)
            if not any(link in email for _, email in emails)
        ]
        found = [
            *self._words.find(tokens.stream(text)),
            *emails,
            *personal.phones(text),
            *self._addresses.find(text),
            *online.handles(text),
            *links,
        ]
        return Screening.of(
            Finding(kind, excerpt, verdict_for(kind, level)) for kind, excerpt in found
        )


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
