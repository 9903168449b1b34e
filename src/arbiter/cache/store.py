"""Durable cache entries (SQLAlchemy Core, sync engine): the source of truth FAISS is rebuilt from.

Times are epoch seconds (double) so the cache's injectable clock and range deletes stay simple.
Results are stored as scrubbed JSON text; embeddings as raw float32 bytes of the entry's vector
(the concatenation of its semantic fields' vectors, scaled by 1/sqrt(n)).

On PostgreSQL every insert and delete also announces itself, in the same transaction, with
``pg_notify('arbiter_cache', ...)``: JSON ``{"o": origin, "s": schema, "add": [ids], "del": [ids]}``
or, for a large filtered delete, ``{"o", "s", "where": {filters}}``. PostgreSQL delivers it at
commit, in commit order, to every listener (:mod:`arbiter.cache.sync`), which skips its own origin
and other schemas. Payloads stay under PostgreSQL's 8000-byte limit (long id lists are split).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from arbiter.db.models import cache_entries, cache_spot_checks

_DELETE_CHUNK = 500  # keeps IN (...) lists under SQLite's variable limit
CHANNEL = "arbiter_cache"  # the PostgreSQL NOTIFY channel of cache changes
PAYLOAD_MAX = 7900  # bytes; PostgreSQL refuses NOTIFY payloads of 8000 bytes or more
NOTIFY_IDS_MAX = 5000  # a filtered delete of more entries is announced as its filter, not its ids


class CacheStore:
    """Reads and writes ``cache_entries`` on a sync :class:`~sqlalchemy.Engine`."""

    def __init__(self, engine: Engine, read_engine: Engine | None = None) -> None:
        self.engine = engine
        # Reads on their own engine: on SQLite the write engine takes the write lock at BEGIN, and a
        # hit must not queue behind the audit writer's commit.
        self.read_engine = read_engine or engine
        # Changes are announced to the other processes on PostgreSQL (NOTIFY), tagged with this
        # store's origin so a process skips its own.
        self.announce = engine.dialect.name == "postgresql"
        self.origin = uuid.uuid4().hex[:16]
        self.notify_ids_max = NOTIFY_IDS_MAX
        self._namespace: str | None = None

    def insert(self, row: dict[str, Any], replace_ids: Iterable[int] = ()) -> int:
        """Insert one entry (deleting ``replace_ids`` in the same transaction); returns its id."""
        replace = list(replace_ids)
        with self.engine.begin() as conn:
            self._delete(conn, replace)
            entry_id = _pk(conn.execute(sa.insert(cache_entries).values(**row)))
            self._announce(conn, add=[entry_id], delete=replace)
            return entry_id

    def get_result(self, entry_id: int, now: float, decision_id: str | None = None) -> _Found | None:
        """The stored result if the entry still exists and is unexpired (another replica may have
        dropped it), else ``None``; a found JSON ``null`` comes back as ``_Found(None)``.

        ``decision_id`` must match too when given: SQLite hands a deleted last row's id to the next
        insert, so an id alone may name another call's entry (another tenant's, even)."""
        # Built once (every hit asks): a new statement per call costs its construction and cache key.
        stmt, params = (_RESULT, {"id": entry_id, "now": now}) if decision_id is None else \
            (_RESULT_OF, {"id": entry_id, "now": now, "decision_id": decision_id})
        with self.read_engine.connect() as conn:
            row = conn.execute(stmt, params).first()
        return _Found(json.loads(row[0])) if row else None

    def delete(self, ids: Iterable[int]) -> None:
        """Delete entries by id."""
        ids = list(ids)
        if ids:
            with self.engine.begin() as conn:
                self._delete(conn, ids)
                self._announce(conn, delete=ids)

    def delete_entry(self, entry_id: int, decision_id: str) -> bool:
        """Delete one entry if it is still the one stored by ``decision_id`` (ids can be reused); returns
        whether it was there."""
        with self.engine.begin() as conn:
            gone = conn.execute(sa.delete(cache_entries).where(
                cache_entries.c.id == entry_id, cache_entries.c.decision_id == decision_id)).rowcount
            if gone:
                self._announce(conn, delete=[entry_id])
        return bool(gone)

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
            if len(ids) > self.notify_ids_max:
                where = {"tenant": tenant, "tool": tool, "below_version": below_version, "expired_at": expired_at}
                self._announce(conn, where={k: v for k, v in where.items() if v is not None})
            elif ids:
                self._announce(conn, delete=ids)
        return ids

    # -- change notifications (PostgreSQL) ---------------------------------------------------------

    def namespace(self, conn: sa.Connection | None = None) -> str:
        """The schema this store's tables resolve to (PostgreSQL; ``""`` elsewhere): listeners of
        other schemas in the same database ignore its notifications."""
        if self._namespace is None:
            if not self.announce:
                self._namespace = ""
            elif conn is not None:
                self._namespace = str(conn.execute(sa.text("SELECT coalesce(current_schema(), '')")).scalar_one())
            else:
                with self.read_engine.connect() as own:
                    return self.namespace(own)
        return self._namespace

    def _announce(self, conn: sa.Connection, *, add: list[int] | None = None, delete: list[int] | None = None,
                  where: dict[str, Any] | None = None) -> None:
        """NOTIFY the other processes of a change, inside the transaction making it."""
        if not self.announce:
            return
        base: dict[str, Any] = {"o": self.origin, "s": self.namespace(conn)}
        payloads = [_dumps(base | {"where": where})] if where is not None else _payloads(base, add or [], delete or [])
        for payload in payloads:
            conn.execute(sa.select(sa.func.pg_notify(CHANNEL, payload)))

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
        with self.read_engine.connect() as conn:
            result = conn.execution_options(yield_per=batch).execute(
                sa.select(*_ENTRY_COLUMNS).where(c.expires_at > now).order_by(c.last_used_at, c.id))
            yield from result

    def rows(self, ids: Iterable[int], now: float) -> list[sa.Row[Any]]:
        """The unexpired entries among ``ids`` (columns as :meth:`live`), least recently used first."""
        ids = list(ids)
        c = cache_entries.c
        found: list[sa.Row[Any]] = []
        with self.read_engine.connect() as conn:
            for start in range(0, len(ids), _DELETE_CHUNK):
                found.extend(conn.execute(sa.select(*_ENTRY_COLUMNS).where(
                    c.id.in_(ids[start:start + _DELETE_CHUNK]), c.expires_at > now)))
        found.sort(key=lambda r: (r.last_used_at, r.id))
        return found

    def live_ids(self, now: float, model_id: str | None = None) -> dict[int, str]:
        """``{id: decision id}`` of every unexpired entry (of ``model_id`` when given): enough to
        reconcile a process's memory with the store without reading the vectors."""
        c = cache_entries.c
        cond = [c.expires_at > now] + ([c.model_id == model_id] if model_id is not None else [])
        with self.read_engine.connect() as conn:
            return {int(r[0]): r[1] for r in conn.execute(sa.select(c.id, c.decision_id).where(*cond))}

    def newest(self) -> tuple[int, str] | None:
        """``(id, decision id)`` of the entry with the highest id, or ``None`` when there is none."""
        c = cache_entries.c
        with self.read_engine.connect() as conn:
            row = conn.execute(sa.select(c.id, c.decision_id).order_by(c.id.desc()).limit(1)).first()
        return (int(row[0]), row[1]) if row else None

    def decision_of(self, entry_id: int) -> str | None:
        """The source decision id of entry ``entry_id``, or ``None`` when there is no such entry."""
        with self.read_engine.connect() as conn:
            return conn.execute(sa.select(cache_entries.c.decision_id).where(
                cache_entries.c.id == entry_id)).scalar_one_or_none()

    def ids_after(self, entry_id: int) -> list[int]:
        """Ids above ``entry_id``, ascending."""
        c = cache_entries.c
        with self.read_engine.connect() as conn:
            return [int(r[0]) for r in conn.execute(sa.select(c.id).where(c.id > entry_id).order_by(c.id))]

    def count(self) -> int:
        """Number of stored entries, expired or not."""
        with self.read_engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(cache_entries)).scalar_one())

    # -- spot-check counts (arbiter.cache.spotcheck) -------------------------------------------------

    def add_spot_check(self, key: tuple[str, str, int], step: int, agree: bool, tolerance: float,
                       calibrated: float | None) -> list[SpotRow]:
        """Count one outcome at ``step`` of a tool version (one atomic upsert); returns all its rows."""
        params = {"tenant": key[0], "tool": key[1], "v": key[2], "step": step, "k": 0 if agree else 1,
                  "tol": tolerance, "cal": calibrated, "now": time.time()}
        with self.engine.begin() as conn:
            conn.execute(_SPOT_UPSERT, params)
            return _spot_rows(conn, key)

    def spot_check_counts(self, key: tuple[str, str, int]) -> list[SpotRow]:
        """A tool version's rows: (step, observations, disagreements, tolerance, calibrated)."""
        with self.read_engine.connect() as conn:
            return _spot_rows(conn, key)

    def spot_check_tallies(self, tenant: str | None = None) -> dict[tuple[str, str, int], list[SpotRow]]:
        """Every tool version's rows (of ``tenant``, when given)."""
        c = cache_spot_checks.c
        stmt = sa.select(c.tenant, c.tool, c.tool_version, c.step, c.observations, c.disagreements, c.tolerance,
                         c.calibrated)
        if tenant is not None:
            stmt = stmt.where(c.tenant == tenant)
        out: dict[tuple[str, str, int], list[SpotRow]] = {}
        with self.read_engine.connect() as conn:
            for r in conn.execute(stmt):
                out.setdefault((r[0], r[1], int(r[2])), []).append(
                    (int(r[3]), int(r[4]), int(r[5]), float(r[6]), None if r[7] is None else float(r[7])))
        return out


SpotRow = tuple[int, int, int, float, "float | None"]  # step, observations, disagreements, tolerance, calibrated
# Portable (SQLite 3.24+, PostgreSQL): one statement, so concurrent processes never lose a count.
_SPOT_UPSERT = sa.text(
    "INSERT INTO cache_spot_checks (tenant, tool, tool_version, step, observations, disagreements, tolerance, "
    "calibrated, updated_at) VALUES (:tenant, :tool, :v, :step, 1, :k, :tol, :cal, :now) "
    "ON CONFLICT (tenant, tool, tool_version, step) DO UPDATE SET "
    "observations = cache_spot_checks.observations + 1, disagreements = cache_spot_checks.disagreements + :k, "
    "tolerance = :tol, calibrated = coalesce(:cal, cache_spot_checks.calibrated), updated_at = :now")


def _spot_rows(conn: sa.Connection, key: tuple[str, str, int]) -> list[SpotRow]:
    c = cache_spot_checks.c
    rows = conn.execute(sa.select(c.step, c.observations, c.disagreements, c.tolerance, c.calibrated).where(
        c.tenant == key[0], c.tool == key[1], c.tool_version == key[2]))
    return [(int(r[0]), int(r[1]), int(r[2]), float(r[3]), None if r[4] is None else float(r[4])) for r in rows]


_c = cache_entries.c
_ENTRY_COLUMNS = [_c.id, _c.partition, _c.tenant, _c.tool, _c.tool_version, _c.allowlist_revision, _c.trust,
                  _c.model_id, _c.semantic_fields, _c.exact_digest, _c.arguments, _c.semantic_text, _c.embedding,
                  _c.decision_id, _c.created_at, _c.expires_at, _c.last_used_at]

_RESULT = sa.select(_c.result).where(_c.id == sa.bindparam("id"), _c.expires_at > sa.bindparam("now"))
_RESULT_OF = _RESULT.where(_c.decision_id == sa.bindparam("decision_id"))


def _dumps(message: dict[str, Any]) -> str:
    return json.dumps(message, separators=(",", ":"))


def _payloads(base: dict[str, Any], add: list[int], delete: list[int]) -> list[str]:
    """NOTIFY payloads announcing ``delete`` then ``add``, each under :data:`PAYLOAD_MAX` bytes
    (one payload when it fits, which is the case of every single insert)."""
    whole = _dumps(base | {k: v for k, v in (("del", delete), ("add", add)) if v})
    if len(whole) <= PAYLOAD_MAX:
        return [whole] if add or delete else []
    out: list[str] = []
    for key, ids in (("del", delete), ("add", add)):
        overhead = len(_dumps(base | {key: []}))
        chunk: list[int] = []
        size = overhead
        for i in ids:
            n = len(str(i)) + 1
            if chunk and size + n > PAYLOAD_MAX:
                out.append(_dumps(base | {key: chunk}))
                chunk, size = [], overhead
            chunk.append(i)
            size += n
        if chunk:
            out.append(_dumps(base | {key: chunk}))
    return out


def _pk(result: sa.CursorResult[Any]) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


class _Found:
    """A found result (which may itself be ``None``)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value
