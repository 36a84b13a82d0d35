"""Settings read from the environment (``TWINSPACE_*``) with embedded defaults.

The defaults need no server at all: a SQLite file and an in-process broker in a
data folder beside the working directory. A URL chooses each engine, so moving a
school network to PostgreSQL and Redis is a change of two variables.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
WEB_DIR = PROJECT_ROOT / "web"


@dataclass(frozen=True)
class Limit:
    """At most ``count`` in a window of ``seconds``."""

    count: int
    seconds: int

    @classmethod
    def parse(cls, text: str) -> Limit:
        count, seconds = text.split("/")
        return cls(int(count), int(seconds))


# Content writes per user and action. 30 chat lines in 10 s is beyond any
# typist (one line every 2 s is fast) but stops scripts, stuck keys and floods.
# 20 images a minute: a pupil trying photos for a card takes a few; a script
# filling the disk is stopped after 100 MB a minute. The same 30 in 10 s holds
# for all a pupil does in a live session together (lines, reactions,
# questions, votes, hands): three taps a second for ten seconds.
# 20 teacher registrations an hour from one address (counted per address: the
# caller has no account yet): a school's staff registering together on a
# training day fits; a script that makes accounts and argon2 hashes does not.
# 20 forum posts a minute (replies, threads and edits each), 60 reactions, 10
# reports and 20 postcard steps (write, edit, send, discard): far more than
# anyone writes by hand, and a script's flood of posts (each screened, stored
# and sent to the whole space), cards or reports (each in a teacher's list)
# stops there.
DEFAULT_CONTENT_LIMITS = {
    "chat.send": Limit(30, 10),
    "media.upload": Limit(20, 60),
    "live.take_part": Limit(30, 10),
    "teacher.register": Limit(20, 60 * 60),
    "forum.reply": Limit(20, 60),
    "forum.thread_create": Limit(20, 60),
    "forum.react": Limit(60, 60),
    "report.create": Limit(10, 60),
    "postcard.write": Limit(20, 60),
}


def _env(name: str, default: str) -> str:
    return os.environ.get(f"TWINSPACE_{name}", default)


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    broker_url: str
    secret_key: str
    host: str = "127.0.0.1"
    port: int = 8000
    allowed_origins: tuple[str, ...] = ()
    web_dir: Path = WEB_DIR
    # argon2id cost: RFC 9106's second recommended profile (t=3, 64 MiB, p=4),
    # about 50 ms a hash on a 2-core machine: slow for a guesser, fast enough
    # for a teacher creating a class of 30 pupils in one go. A host may raise it
    # (TWINSPACE_ARGON2_TIME_COST, _MEMORY_KIB); tests lower it, to test faster.
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    # A school day plus a margin: pupils log in each lesson on shared tablets,
    # so a session should not outlive the day by much.
    session_hours: int = 12
    # Forwarded for https deployments behind a proxy: cookies get Secure.
    secure_cookies: bool = False
    # A client that missed more events than this reloads over HTTP instead of
    # replaying: a lesson of a busy class chat is a few hundred events, so this
    # covers a lost connection or a closed laptop lid, not a holiday. It must
    # stay well below outbox_frames: a replay lands in the outbox all at once.
    replay_limit: int = 500
    # Frames a socket may have waiting to be sent. At 64 frames/s of a busy room
    # this is 16 s of backlog; a socket further behind is closed (4008) and
    # resumes from its last seq instead of growing memory without bound. The
    # frames are shared (encoded once), so a slot costs a pointer, not a copy.
    outbox_frames: int = 1024
    # How often each process refreshes its presence entries (they live 60 s) and
    # checks that its sockets' sessions and memberships still hold: a logged-out
    # or removed user's open socket closes within this many seconds.
    maintenance_seconds: float = 20.0
    # Prefix of every Redis key and channel: several deployments (or test runs)
    # can share one Redis without hearing each other.
    redis_namespace: str = "ts"
    # Sites pupils may link to without a teacher's review (and their subdomains).
    link_allowlist: tuple[str, ...] = ("europa.eu", "etwinning.net", "wikipedia.org")
    # Where uploaded images are kept (storage.blobs); None: "media" in data_dir.
    # Several server hosts share one: a shared volume mounted here on each.
    media_dir: Path | None = None
    content_limits: Mapping[str, Limit] = field(
        default_factory=lambda: dict(DEFAULT_CONTENT_LIMITS)
    )

    def __post_init__(self) -> None:
        if self.replay_limit >= self.outbox_frames:
            raise ValueError("replay_limit must be below outbox_frames (a replay fills the outbox)")

    @classmethod
    def from_env(cls) -> Settings:
        data_dir = Path(_env("DATA_DIR", "data")).resolve()
        default_db = f"sqlite+aiosqlite:///{data_dir / 'twinspace.db'}"
        origins = tuple(o.strip() for o in _env("ALLOWED_ORIGINS", "").split(",") if o.strip())
        return cls(
            data_dir=data_dir,
            database_url=_env("DATABASE_URL", default_db),
            broker_url=_env("BROKER_URL", "memory://"),
            secret_key=_env("SECRET_KEY", "") or load_or_create_secret(data_dir),
            host=_env("HOST", "127.0.0.1"),
            port=int(_env("PORT", "8000")),
            allowed_origins=origins,
            media_dir=Path(_env("MEDIA_DIR", str(data_dir / "media"))).resolve(),
            redis_namespace=_env("REDIS_NAMESPACE", "ts"),
            link_allowlist=tuple(
                d.strip().lower()
                for d in _env("LINK_ALLOWLIST", "europa.eu,etwinning.net,wikipedia.org").split(",")
                if d.strip()
            ),
            secure_cookies=_env("SECURE_COOKIES", "0") == "1",
            argon2_time_cost=int(_env("ARGON2_TIME_COST", "3")),
            argon2_memory_kib=int(_env("ARGON2_MEMORY_KIB", "65536")),
            content_limits={
                **DEFAULT_CONTENT_LIMITS,
                "chat.send": Limit.parse(_env("CHAT_RATE", "30/10")),
                "media.upload": Limit.parse(_env("UPLOAD_RATE", "20/60")),
                "forum.reply": Limit.parse(_env("FORUM_RATE", "20/60")),
                "forum.thread_create": Limit.parse(_env("FORUM_RATE", "20/60")),
            },
        )

    @property
    def distributed(self) -> bool:
        """Several processes can serve one network: shared events and database."""
        return self.broker_url.startswith(
            ("redis://", "rediss://")
        ) and not self.database_url.startswith("sqlite")

    @property
    def media_folder(self) -> Path:
        return self.media_dir or self.data_dir / "media"

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    def origin_allowed(self, origin: str, scheme: str, host: str) -> bool:
        """Same-origin (scheme and host) is always allowed; other origins only when listed."""
        return origin == f"{scheme}://{host}" or origin in self.allowed_origins


def load_or_create_secret(data_dir: Path) -> str:
    """Keep a generated secret in the data folder so restarts keep sessions valid."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    key = secrets.token_urlsafe(48)
    path.write_text(key)
    path.chmod(0o600)
    return key
