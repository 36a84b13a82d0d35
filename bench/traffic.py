"""What the load generator sends: chat lines, forum posts or keys typed into a shared page;
which text, how often, from how many.

A workload is one or more traffics; each has its own senders (sockets of
their own) and its own flow in the tally, so chat latency is measured apart
from the latency of the posts written beside it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any, NamedTuple

from bench.corpus import Corpus
from bench.posts import PostWriter

# The flows the tally keeps apart.
CHAT, POST, PAGE = "chat", "post", "page"


class Content(StrEnum):
    # A chat line of the marker alone (about 30 letters): the line the figures
    # before the pupil corpus were measured with.
    short = "short"
    # A chat line: the marker, then a pupil's line of 20-300 characters.
    pupil = "pupil"
    # A forum reply: 1-4 KB of rich text.
    reply = "reply"
    # A forum post as long as a post may be: 20,000 characters of words.
    long = "long"
    # A key typed into the space's shared page (pupils' lines, a paragraph each;
    # see bench.pages): the rate is keys a second.
    page = "page"

    @property
    def flow(self) -> str:
        if self is Content.page:
            return PAGE
        return CHAT if self in (Content.short, Content.pupil) else POST


@dataclass(frozen=True)
class Traffic:
    content: Content
    senders: int  # per space that has them
    rate: float  # texts a second per sender
    every: int = 1  # the senders are in every n-th space (1: all, 5: the first of every five)

    def in_space(self, index: int) -> bool:
        return index % self.every == 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Traffic:
        return cls(Content(data["content"]), data["senders"], data["rate"], data["every"])


class Unsent(NamedTuple):
    """A text without its marker, which goes after ``head`` when the text is sent."""

    head: str
    rest: str

    def stamped(self, mark: str) -> str:
        return self.head + mark + self.rest


class Composer:
    """One sender's texts and frames.

    Its text comes from a corpus stream seeded with the socket's number, so the
    same plan sends the same texts to TwinSpace and to the baseline.
    """

    def __init__(self, content: Content, seed: int, space_id: int, thread_id: int | None) -> None:
        corpus = Corpus(seed)
        self.content = content
        self.corpus = corpus
        self.posts = PostWriter(corpus)
        self.space_id = space_id
        self.thread_id = thread_id

    def text(self) -> Unsent:
        if self.content is Content.short:
            return Unsent("", "")
        if self.content is Content.pupil:
            return Unsent("", " " + self.corpus.line())
        post = self.posts.reply() if self.content is Content.reply else self.posts.long_post()
        return Unsent("<p>", " " + post.removeprefix("<p>"))

    def frame(self, ref: str, text: str) -> str:
        """The command as a browser sends it (UTF-8 as it is, not escaped)."""
        if self.content.flow == CHAT:
            command = {
                "type": "chat.send",
                "id": ref,
                "space_id": self.space_id,
                "room": "general",
                "text": text,
            }
        else:
            command = {"type": "forum.reply", "id": ref, "thread_id": self.thread_id, "body": text}
        return json.dumps(command, ensure_ascii=False)
