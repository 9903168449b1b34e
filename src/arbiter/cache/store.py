"""Durable cache entries (SQLAlchemy Core, sync engine): the source of truth FAISS is rebuilt from.

Times are epoch seconds (double) so the cache's injectable clock and range deletes stay simple.
Results are stored as scrubbed JSON text; embeddings as raw float32 bytes of the entry's vector
(the concatenation of its semantic fields' vectors, scaled by 1/sqrt(n)).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from arbiter.db.models import cache_entries

_DELETE_CHUNK = 500  # keeps IN (...) lists under SQLite's variable limit


class CacheStore:
    """Reads and writes ``cache_entries`` on a sync :class:`~sqlalchemy.Engine`."""

    def __init__(self, engine: Engine, read_engine: Engine | None = None) -> None:
        self.engine = engine
        # Reads on their own engine: on SQLite the write engine takes the write lock at BEGIN, and a
        # hit must not queue behind the audit writer's commit.
        self.read_engine = read_engine or engine

    def insert(self, row: dict[str, Any], replace_ids: Iterable[int] = ()) -> int:
        """Insert one entry (deleting ``replace_ids`` in the same transaction); returns its id."""
        with self.engine.begin() as conn:
            self._delete(conn, list(replace_ids))
            return _pk(conn.execute(sa.insert(cache_entries).values(**row)))

    def get_result(self, entry_id: int, now: float) -> _Found | None:
        """The stored result if the entry still exists and is unexpired (another replica may have
        dropped it), else ``None``; a found JSON ``null`` comes back as ``_Found(None)``."""
        with self.read_engine.connect() as conn:
            row = conn.execute(sa.select(cache_entries.c.result).where(
                cache_entries.c.id == entry_id, cache_entries.c.expires_at > now)).first()
        return _Found(json.loads(row[0])) if row else None

    def delete(self, ids: Iterable[int]) -> None:
        """Delete entries by id."""
        ids = list(ids)
        if ids:
            with self.engine.begin() as conn:
                self._delete(conn, ids)

    @staticmethod
    def _delete(conn: sa.Connection, ids: list[int]) -> None:
        for start in range(0, len(ids), _DELETE_CHUNK):
            conn.execute(sa.delete(cache_entries).where(cache_entries.c.id.in_(ids[start:start + _DELETE_CHUNK])))

    def delete_where(self, *, tenant: str | None = None, tool: str | None = None,
                     below_version: int | None = None, expired_at: float | None = None) -> list[int]:
        """Delete entries matching every given filter (and all when none); returns their ids."""
        c = cache_entries.c
        cond: list[Any] = []
        if tenant is not None:
            cond.append(c.tenant == tenant)
        if tool is not None:
            cond.append(c.tool == tool)
        if below_version is not None:
            cond.append(c.tool_version < below_version)
        if expired_at is not None:
            cond.append(c.expires_at <= expired_at)
        with self.engine.begin() as conn:
            ids = [r[0] for r in conn.execute(sa.select(c.id).where(*cond))]
            self._delete(conn, ids)
        return ids

    def touch(self, last_used: dict[int, float]) -> None:
        """Record last-use times (batched by the cache; used to restore LRU order after a restart)."""
        if not last_used:
            return
        stmt = sa.update(cache_entries).where(cache_entries.c.id == sa.bindparam("b_id")).values(
            last_used_at=sa.bindparam("b_ts"))
        with self.engine.begin() as conn:
            conn.execute(stmt, [{"b_id": i, "b_ts": t} for i, t in last_used.items()])

    def live(self, now: float, batch: int = 5000) -> Iterator[sa.Row[Any]]:
        """Every unexpired entry, least recently used first."""
        c = cache_entries.c
        cols = [c.id, c.partition, c.tenant, c.tool, c.tool_version, c.allowlist_revision, c.trust, c.model_id,
                c.semantic_fields, c.exact_digest, c.arguments, c.semantic_text, c.embedding, c.decision_id,
                c.created_at, c.expires_at, c.last_used_at]
        with self.read_engine.connect() as conn:
            result = conn.execution_options(yield_per=batch).execute(
                sa.select(*cols).where(c.expires_at > now).order_by(c.last_used_at, c.id))
            yield from result

    def count(self) -> int:
        """Number of stored entries, expired or not."""
        with self.read_engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(cache_entries)).scalar_one())


def _pk(result: sa.CursorResult[Any]) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


class _Found:
    """A found result (which may itself be ``None``)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value
