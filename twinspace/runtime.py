"""What a running server holds: settings, database, broker, hub, presence, limits.

``create_app`` builds one ``Runtime`` and every service function receives it,
so tests build their own with their own settings and nothing is global.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from twinspace.config import Settings
from twinspace.i18n import Catalogues
from twinspace.moderation.ratelimit import RateLimiter, create_rate_limiter
from twinspace.moderation.screening import Screener
from twinspace.realtime.broker import Broker, create_broker
from twinspace.realtime.hub import Hub
from twinspace.realtime.presence import Presence, create_presence
from twinspace.redisconn import connect, is_redis
from twinspace.storage.blobs import BlobStore, FolderStore
from twinspace.storage.engine import create_engine, session_factory, writes_engine
from twinspace.storage.writer import Writer, create_writer

if TYPE_CHECKING:
    from twinspace.kinds import Registry


@dataclass
class Runtime:
    settings: Settings
    engine: AsyncEngine
    write_engine: AsyncEngine  # for ``writes``: see storage.engine.writes_engine
    db: async_sessionmaker[AsyncSession]  # reading
    writes: async_sessionmaker[AsyncSession]  # ``async with rt.writes.begin()`` to write
    writer: Writer  # content writes, batched: see writepath
    hasher: PasswordHasher
    limiter: RateLimiter
    screener: Screener
    catalogues: Catalogues
    broker: Broker
    hub: Hub
    presence: Presence
    registry: Registry  # the content kinds (twinspace.kinds)
    blobs: BlobStore  # the bytes of uploaded images, by their hash
    # The process's Redis connections, shared by broker, presence and limits (if Redis).
    redis: Redis | None = None
    # Names this process in presence entries, so each process refreshes its own.
    node_id: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    # What a feature keeps for as long as the process runs (the live documents of
    # the pages open here), by the feature's name.
    extensions: dict[str, object] = field(default_factory=dict)

    @classmethod
    def build(cls, settings: Settings, registry: Registry) -> Runtime:
        engine = create_engine(settings.database_url)
        write_engine = writes_engine(engine)
        db = session_factory(engine)
        shared = connect(settings.broker_url) if is_redis(settings.broker_url) else None
        broker = create_broker(settings.broker_url, settings.redis_namespace, shared)
        small = settings.argon2_memory_kib < 1024
        return cls(
            settings=settings,
            engine=engine,
            write_engine=write_engine,
            db=db,
            writes=session_factory(write_engine),
            writer=create_writer(settings.database_url, engine),
            hasher=PasswordHasher(
                time_cost=settings.argon2_time_cost,
                memory_cost=settings.argon2_memory_kib,
                parallelism=2 if small else 4,
            ),
            limiter=create_rate_limiter(settings.broker_url, settings.redis_namespace, shared),
            screener=Screener(),
            catalogues=Catalogues(settings.web_dir / "i18n"),
            broker=broker,
            hub=Hub(broker, db, settings.replay_limit, registry.latest),
            presence=create_presence(settings.broker_url, settings.redis_namespace, shared),
            redis=shared,
            registry=registry,
            blobs=FolderStore(settings.media_folder),
        )

    async def start(self) -> None:
        await self.broker.start()

    async def close(self) -> None:
        await self.hub.close()
        await self.broker.close()
        await self.presence.close()
        await self.limiter.close()
        await self.writer.close()
        if self.redis is not None:
            await self.redis.aclose(close_connection_pool=True)
        await self.write_engine.dispose()
        await self.engine.dispose()
