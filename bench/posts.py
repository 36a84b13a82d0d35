"""Forum posts as the editor makes them: paragraphs of pupils' sentences, some bold or
italic, some lists, all in one language (``bench.corpus``).

Every post opens with a paragraph, where the load generator puts its marker.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import NamedTuple

from bench import marker
from bench.corpus import DIGIT_SHARE, FIT_TRIES, Corpus
from bench.corpus.language import Language
from twinspace.forums.schemas import MAX_POST_CHARS

# A reply of 1 to 4 KB of HTML: a few paragraphs, what issue 10 asks the forum
# workload to send (the bytes of the HTML, the marker besides).
REPLY_BYTES = (1024, 4096)
# A long post fills what a post may hold (its words, without the markup), the
# marker included; it stops within a sentence or two of it.
LONG_POST_CHARS = MAX_POST_CHARS - marker.LONGEST
LONG_POST_SLACK = 300
# A paragraph of two to five sentences; a list of three to five items.
PARAGRAPH_SENTENCES = (2, 5)
LIST_ITEMS = (3, 5)
# After the first paragraph, a block is a list this often.
LIST_SHARE = 0.15
# A sentence is bold, or italic, this often each.
EMPHASIS_SHARE = 0.1
# Each block ends a line of the text screening reads: two line breaks between blocks.
BLOCK_BREAK = 2


class Block(NamedTuple):
    html: str
    chars: int  # what it adds to the post's words as screening reads them

    @property
    def html_bytes(self) -> int:
        return len(self.html.encode())


class PostWriter:
    """Posts of one corpus stream: deterministic for the corpus's seed."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus

    def reply(self) -> str:
        """1 to 4 KB of HTML."""
        low = self.corpus.rng.randint(*REPLY_BYTES)
        return self._post(low, REPLY_BYTES[1], lambda block: block.html_bytes)

    def long_post(self) -> str:
        """Just under 20,000 characters of words, leaving room for the marker."""
        low = LONG_POST_CHARS - LONG_POST_SLACK
        return self._post(low, LONG_POST_CHARS, lambda block: block.chars)

    def _post(self, low: int, high: int, size: Callable[[Block], int]) -> str:
        """Blocks until the post measures at least ``low``, never more than ``high``.

        When a block does not fit, the next tried is a one-sentence paragraph.
        """
        language = self.corpus.language()
        blocks: list[Block] = []
        total = tries = 0
        while total < low and tries < FIT_TRIES:
            if tries:
                block = self._paragraph(language, 1)
            elif blocks and self.corpus.rng.random() < LIST_SHARE:
                block = self._list(language)
            else:
                block = self._paragraph(language, self.corpus.rng.randint(*PARAGRAPH_SENTENCES))
            if total + size(block) <= high:
                blocks.append(block)
                total += size(block)
            else:
                tries += 1
        return "".join(block.html for block in blocks)

    def _sentence(self, language: Language) -> str:
        return self.corpus.sentence(language, self.corpus.rng.random() < DIGIT_SHARE)

    def _emphasised(self, sentence: str) -> str:
        escaped = html.escape(sentence, quote=False)
        draw = self.corpus.rng.random()
        if draw < EMPHASIS_SHARE:
            return f"<strong>{escaped}</strong>"
        if draw < 2 * EMPHASIS_SHARE:
            return f"<em>{escaped}</em>"
        return escaped

    def _paragraph(self, language: Language, sentences: int) -> Block:
        drawn = [self._sentence(language) for _ in range(sentences)]
        inner = " ".join(self._emphasised(s) for s in drawn)
        return Block(f"<p>{inner}</p>", sum(map(len, drawn)) + len(drawn) - 1 + BLOCK_BREAK)

    def _list(self, language: Language) -> Block:
        drawn = [self._sentence(language) for _ in range(self.corpus.rng.randint(*LIST_ITEMS))]
        items = "".join(f"<li>{self._emphasised(s)}</li>" for s in drawn)
        return Block(f"<ul>{items}</ul>", sum(len(s) + BLOCK_BREAK for s in drawn))
