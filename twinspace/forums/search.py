"""Full-text search of forum posts, in the database's own engine.

SQLite: the FTS5 index ``forum_search`` (migration 0006), kept by triggers.
PostgreSQL: ``to_tsvector('simple', search_text)`` under a GIN index. Both
match every word the reader typed, as a prefix ("riv" finds "river"), and
ignore accents where the engine can (FTS5's unicode61 folds them).
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

# Words of a query: letters and digits only, so nothing the reader types is
# taken for the engine's own query syntax. More than a few words narrow a
# school forum to nothing.
_WORD = re.compile(r"\w+")
MAX_WORDS = 8

_FILTER = """
    p.space_id = :space AND p.status = 'visible' AND p.deleted_at IS NULL
    AND t.status = 'visible' AND t.deleted_at IS NULL AND d.deleted_at IS NULL
"""
_JOINS = """
    JOIN forum_threads t ON t.id = p.thread_id
    JOIN forum_discussions d ON d.id = t.discussion_id
"""
_SQLITE = text(
    "SELECT p.id FROM forum_search JOIN forum_posts p ON p.id = forum_search.rowid"
    f"{_JOINS} WHERE forum_search MATCH :query AND {_FILTER}"
    " ORDER BY forum_search.rank LIMIT :limit"
)
_POSTGRES = text(
    "SELECT p.id FROM forum_posts p"
    f"{_JOINS} WHERE to_tsvector('simple', p.search_text) @@ to_tsquery('simple', :query)"
    f" AND {_FILTER}"
    " ORDER BY ts_rank(to_tsvector('simple', p.search_text), to_tsquery('simple', :query)) DESC,"
    " p.id DESC LIMIT :limit"
)


def words(query: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(query)][:MAX_WORDS]


async def matching_posts(db: AsyncSession, space_id: int, query: str, limit: int) -> list[int]:
    """Ids of the space's published posts with every word of ``query``, best first."""
    found = words(query)
    if not found:
        return []
    if db.get_bind().dialect.name == "sqlite":
        statement, match = _SQLITE, " ".join(f'"{w}"*' for w in found)
    else:
        statement, match = _POSTGRES, " & ".join(f"{w}:*" for w in found)
    rows = await db.execute(statement, {"space": space_id, "query": match, "limit": limit})
    return [row[0] for row in rows]
