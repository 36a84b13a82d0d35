"""Settings read from the environment (``TWINSPACE_*``) with embedded defaults.

The defaults need no server at all: a SQLite file and an in-process broker in a
data folder beside the working directory. A URL chooses each engine, so moving a
school network to PostgreSQL and Redis is a change of two variables.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
WEB_DIR = PROJECT_ROOT / "web"


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
    # for a teacher creating a class of 30 pupils in one go.
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    # A school day plus a margin: pupils log in each lesson on shared tablets,
    # so a session should not outlive the day by much.
    session_hours: int = 12
    # Forwarded for https deployments behind a proxy: cookies get Secure.
    secure_cookies: bool = False

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
            secure_cookies=_env("SECURE_COOKIES", "0") == "1",
        )

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]

    def origin_allowed(self, origin: str, request_host: str) -> bool:
        """Same-origin is always allowed; other origins only when listed."""
        if origin in self.allowed_origins:
            return True
        host = origin.split("://", 1)[-1]
        return host == request_host


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
