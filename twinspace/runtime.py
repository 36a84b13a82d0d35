"""What a running server holds: settings, database, hasher, limits, catalogues.

``create_app`` builds one ``Runtime`` and every service function receives it,
so tests build their own with their own settings and nothing is global.
"""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from twinspace.config import Settings
from twinspace.i18n import Catalogues
from twinspace.moderation.ratelimit import MemoryRateLimiter
from twinspace.storage.engine import create_engine, session_factory


@dataclass
class Runtime:
    settings: Settings
    engine: AsyncEngine
    db: async_sessionmaker[AsyncSession]
    hasher: PasswordHasher
    limiter: MemoryRateLimiter
    catalogues: Catalogues

    @classmethod
    def build(cls, settings: Settings) -> Runtime:
        engine = create_engine(settings.database_url)
        return cls(
            settings=settings,
            engine=engine,
            db=session_factory(engine),
            hasher=PasswordHasher(
                time_cost=settings.argon2_time_cost,
                memory_cost=settings.argon2_memory_kib,
                parallelism=2 if settings.argon2_memory_kib < 1024 else 4,
            ),
            limiter=MemoryRateLimiter(),
            catalogues=Catalogues(settings.web_dir / "i18n"),
        )

    async def close(self) -> None:
        await self.engine.dispose()
