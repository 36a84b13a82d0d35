"""Login sessions: a random token in a cookie, a keyed hash of it in the database.

Storing only HMAC(secret key, token) means a copy of the database alone does
not let anyone act as a logged-in pupil.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import bindparam, delete, select

from twinspace.realtime.protocol import SessionsEnded
from twinspace.runtime import Runtime
from twinspace.storage.models import AccountStatus, Session, User, utcnow

COOKIE_NAME = "ts_session"


@dataclass(frozen=True)
class Viewer:
    """The authenticated user of one request or socket."""

    user: User
    csrf_token: str


def token_hash(rt: Runtime, token: str) -> str:
    return hmac.new(rt.settings.secret_key.encode(), token.encode(), hashlib.sha256).hexdigest()


async def open_session(rt: Runtime, user_id: int) -> tuple[str, str]:
    """Create a session; return (cookie token, CSRF token)."""
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    async with rt.writes.begin() as db:
        db.add(
            Session(
                token_hash=token_hash(rt, token),
                csrf_token=csrf,
                user_id=user_id,
                expires_at=utcnow() + timedelta(hours=rt.settings.session_hours),
            )
        )
    return token, csrf


# Every request and every socket's handshake asks this (the gateway's handshakes
# together): built once, so SQLAlchemy finds its compiled form without building
# and hashing it again.
_LIVE_SESSIONS = (
    select(User, Session.csrf_token, Session.token_hash)
    .join(Session, Session.user_id == User.id)
    .where(Session.token_hash.in_(bindparam("token_hashes", expanding=True)))
    .where(Session.expires_at > bindparam("now"))
)


async def resolve(rt: Runtime, token: str | None) -> Viewer | None:
    """The viewer behind a cookie token, if the session is live and the account active."""
    if not token:
        return None
    return (await resolve_many(rt, {token})).get(token)


async def resolve_many(rt: Runtime, tokens: set[str]) -> dict[str, Viewer | None]:
    """The viewer behind each of these tokens whose session is live and whose
    account is active, in one query; the other tokens are left out."""
    by_hash = {token_hash(rt, token): token for token in tokens if token}
    if not by_hash:
        return {}
    async with rt.db() as db:
        rows = (
            await db.execute(_LIVE_SESSIONS, {"token_hashes": list(by_hash), "now": utcnow()})
        ).all()
    return {
        by_hash[hashed]: Viewer(user=user, csrf_token=csrf)
        for user, csrf, hashed in rows
        if user.status is AccountStatus.active
    }


async def close_session(rt: Runtime, token: str) -> None:
    """Log out: the session's open sockets close at once, on every process."""
    hashed = token_hash(rt, token)
    async with rt.writes.begin() as db:
        await db.execute(delete(Session).where(Session.token_hash == hashed))
    await rt.broker.broadcast(SessionsEnded(token_hash=hashed).encode())


async def close_all_sessions(rt: Runtime, user_id: int) -> None:
    """Log a user out everywhere (suspension, password reset), sockets included.

    If the broker cannot tell the other processes, their check of every socket's
    session (``maintenance_seconds``) still closes them."""
    async with rt.writes.begin() as db:
        await db.execute(delete(Session).where(Session.user_id == user_id))
    await rt.broker.broadcast(SessionsEnded(user_id=user_id).encode())


async def still_valid(rt: Runtime, tokens: set[str]) -> set[str]:
    """Which of these cookie tokens still belong to a live session of an active account."""
    if not tokens:
        return set()
    by_hash = {token_hash(rt, token): token for token in tokens}
    async with rt.db() as db:
        live = await db.scalars(
            select(Session.token_hash)
            .join(User, User.id == Session.user_id)
            .where(Session.token_hash.in_(by_hash))
            .where(Session.expires_at > utcnow())
            .where(User.status == AccountStatus.active)
        )
        return {by_hash[h] for h in live}
