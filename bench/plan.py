"""Which socket goes where: server, space, login, and what it sends.

A workload is ``sockets_per_space`` sockets in each space. Socket ``j`` of a
space logs in as member ``j mod members`` (so several sockets may share one
login; member 0 is the teacher). The senders of each traffic a space has are
its last sockets, the first traffic's before the next one's (pupils, whose
texts the server screens, as most texts in a class are). Sockets go to the
server URLs in turn, so two server processes share every space and Redis has
to carry each message between them. A socket that types into its space's
shared page opens that page before the run.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from bench.seed import SeededSpace, SeedLogin
from bench.traffic import PAGE, POST, Traffic


@dataclass(frozen=True)
class SocketPlan:
    number: int
    url: str
    space_id: int
    login: SeedLogin | None  # None: the baseline server, which has no accounts
    traffic: Traffic | None  # what it sends; None: it only listens
    thread_id: int | None  # the thread its space's posts reply to
    page_id: int | None = None  # the shared page its space's typists type into

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SocketPlan:
        login = SeedLogin(**data["login"]) if data["login"] else None
        traffic = Traffic.from_json(data["traffic"]) if data["traffic"] else None
        return cls(
            data["number"],
            data["url"],
            data["space_id"],
            login,
            traffic,
            data["thread_id"],
            data["page_id"],
        )

    @property
    def types(self) -> bool:
        """Whether it types into its space's shared page."""
        return self.traffic is not None and self.traffic.content.flow == PAGE


def anonymous_spaces(count: int) -> list[SeededSpace]:
    """Spaces for a server without accounts (the baseline): ids only, and a space's
    id for its thread and its page (the baseline has no forums and no pages: a
    reply or a page's update goes to the room of that id)."""
    return [SeededSpace(space_id, (), space_id, space_id) for space_id in range(1, count + 1)]


def socket_plans(
    spaces: list[SeededSpace],
    sockets_per_space: int,
    traffic: tuple[Traffic, ...],
    urls: list[str],
) -> list[SocketPlan]:
    plans: list[SocketPlan] = []
    for index, space in enumerate(spaces):
        senders = [t for t in traffic if t.in_space(index) for _ in range(t.senders)]
        if len(senders) > sockets_per_space:
            raise ValueError("more senders than sockets in a space")
        if space.thread_id is None and any(t.content.flow == POST for t in senders):
            raise ValueError("posts need a thread in their space: seed the spaces with threads")
        if space.page_id is None and any(t.content.flow == PAGE for t in senders):
            raise ValueError("typing needs a page in its space: seed the spaces with pages")
        first_sender = sockets_per_space - len(senders)
        for j in range(sockets_per_space):
            number = len(plans)
            login = space.logins[j % len(space.logins)] if space.logins else None
            sends = senders[j - first_sender] if j >= first_sender else None
            url = urls[number % len(urls)]
            plans.append(
                SocketPlan(number, url, space.id, login, sends, space.thread_id, space.page_id)
            )
    return plans


def split(plans: list[SocketPlan], parts: int) -> list[list[SocketPlan]]:
    """Deal the sockets out like cards, so every process gets a share of every space;
    but a space whose page is typed into goes whole to one process, whose sockets
    time each other's updates (see bench.pages)."""
    typed = sorted({plan.space_id for plan in plans if plan.types})
    part_of = {space_id: index % parts for index, space_id in enumerate(typed)}
    dealt: list[list[SocketPlan]] = [[] for _ in range(parts)]
    for plan in plans:
        if plan.space_id in part_of:
            dealt[part_of[plan.space_id]].append(plan)
    rest = [plan for plan in plans if plan.space_id not in part_of]
    for part in range(parts):
        dealt[part] += rest[part::parts]
    return dealt
