"""Which socket goes where: server, space, login, and whether it sends.

A workload is ``sockets_per_space`` sockets in each space. Socket ``j`` of a
space logs in as member ``j mod members`` (so several sockets may share one
login; member 0 is the teacher), the last ``senders`` sockets of each space
send (pupils, whose lines the server screens, as most lines in a class are),
and sockets go to the server URLs in turn, so two server processes share every
space and Redis has to carry each message between them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from bench.seed import SeededSpace, SeedLogin


@dataclass(frozen=True)
class SocketPlan:
    number: int
    url: str
    space_id: int
    login: SeedLogin | None  # None: the baseline server, which has no accounts
    sender: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SocketPlan:
        login = SeedLogin(**data["login"]) if data["login"] else None
        return cls(data["number"], data["url"], data["space_id"], login, data["sender"])


def anonymous_spaces(count: int) -> list[SeededSpace]:
    """Spaces for a server without accounts (the baseline): ids only."""
    return [SeededSpace(space_id, ()) for space_id in range(1, count + 1)]


def socket_plans(
    spaces: list[SeededSpace], sockets_per_space: int, senders: int, urls: list[str]
) -> list[SocketPlan]:
    if senders > sockets_per_space:
        raise ValueError("more senders than sockets in a space")
    plans = []
    for space in spaces:
        for j in range(sockets_per_space):
            number = len(plans)
            login = space.logins[j % len(space.logins)] if space.logins else None
            sender = j >= sockets_per_space - senders
            plans.append(SocketPlan(number, urls[number % len(urls)], space.id, login, sender))
    return plans


def split(plans: list[SocketPlan], parts: int) -> list[list[SocketPlan]]:
    """Deal the sockets out like cards, so every process gets a share of every space."""
    return [plans[part::parts] for part in range(parts)]
