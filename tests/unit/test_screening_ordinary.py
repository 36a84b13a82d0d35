"""Ordinary messages are not held: a day's chat, posts and teachers' notes, written blind.

``screening_ordinary.py`` was written apart from the screening, as what a
partner-class platform ordinarily carries (not to tempt the rules). First
measured: the rules held none of its 360 messages, the rules with the second
opinion 4 (1.1 %, all the model's: talk of meals, water on a trip, a map of the
partner towns); after rows of such talk were written for the model (never these
messages), 1. The floor keeps that from drifting back.
"""

from __future__ import annotations

from tests.unit.screening_ordinary import MESSAGES
from twinspace.moderation.screening import Screener, Verdict

# At most one message in a hundred (three of the 360).
MAX_FALSE_HOLDS = 0.01


def test_ordinary_messages_are_not_held() -> None:
    screener = Screener(allowed_domains=["europa.eu"])
    texts = [text for messages in MESSAGES.values() for text in messages]
    held = [text for text in texts if screener.screen(text).verdict is not Verdict.allow]
    assert len(held) <= MAX_FALSE_HOLDS * len(texts), held


def test_every_language_has_sixty() -> None:
    assert {language: len(texts) for language, texts in MESSAGES.items()} == dict.fromkeys(
        ("en", "it", "fr", "de", "es", "pl"), 60
    )
