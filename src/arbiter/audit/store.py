"""The audit writer: one thread group-commits concurrent records into one transaction each.

A caller's ``write`` returns only after the transaction holding its record has committed, so a
decision is never answered before it is durable; batching many callers into one commit means
durability does not cost one fsync per call. The hash chain is extended inside the transaction
under the store's write lock (``BEGIN IMMEDIATE`` on SQLite, an advisory transaction lock on
PostgreSQL), so several Arbiter processes can share one store and the chain stays linear.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from arbiter.audit.record import GENESIS_HASH, AuditRecordV1, chain_hash, encode_body
from arbiter.db.engine import Database
from arbiter.errors import AuditUnavailable

log = logging.getLogger(__name__)

_STOP = object()
# Any constant works; it only has to be the same in every Arbiter process sharing the database.
_PG_LOCK_KEY = 0x41524254
_COLUMNS = ("seq", "decision_id", "ts_us", "kind", "tenant", "agent_id", "tool", "verdict", "reason_codes",
            "call_id", "body", "prev_hash", "hash")
_HEAD_SQL = "SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1"
# A batch goes out as one multi-row INSERT (up to this many rows per statement; 13 parameters a row stays far
# below SQLite's and PostgreSQL's parameter limits). One statement rather than one ``executemany`` step per row
# matters: the SQLite driver releases and re-takes the GIL around every step, and under load each re-take waits
# for the event loop's thread (up to the 5 ms switch interval), which adds to every waiter's latency.
_MAX_ROWS = 256


def reason_codes(record: AuditRecordV1) -> str:
    """The space-delimited code list stored for ``reason`` filtering."""
    codes = [r.code for r in record.reasons] + [f.code for f in record.flags]
    return " " + " ".join(codes) + " " if codes else " "


class AuditStore:
    """Durable, append-only, hash-chained audit log with a group-committing writer thread."""

    def __init__(self, db: Database, *, batch_max: int = 256) -> None:
        self.db = db
        self.batch_max = batch_max
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.batches = 0  # commits made, for the benchmark's records-per-commit figure
        self.records = 0
        self.on_commit: Callable[[int, float, bool], None] | None = None  # (records, seconds, ok): metrics
        mark = "?" if db.write.dialect.paramstyle == "qmark" else "%s"
        self._row_sql = "(" + ", ".join([mark] * len(_COLUMNS)) + ")"
        self._insert_sql: dict[int, str] = {}  # rows -> statement text (the same text each time: driver-cached)

    def start(self) -> None:
        """Start the writer thread (idempotent)."""
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="arbiter-audit-writer", daemon=True)
                self._thread.start()

    def close(self) -> None:
        """Flush what is queued and stop the writer."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(_STOP)
            thread.join(timeout=30)

    async def write(self, record: AuditRecordV1, extra: Callable[[Connection], None] | None = None) -> AuditRecordV1:
        """Write a record and wait until it is durable. Raises :class:`AuditUnavailable`.

        ``extra`` runs inside the same transaction (a hold's pending approval is written with its record:
        both or neither).

        The waiter is a plain asyncio future: the writer resolves all the waiters of one event loop in a
        batch with a single ``call_soon_threadsafe`` after the commit (no per-record thread-safe future).
        """
        if self._thread is None:
            self.start()
        fut: asyncio.Future[AuditRecordV1] = asyncio.get_running_loop().create_future()
        self._queue.put((record, fut, extra))
        return await fut

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            batch = [item]
            stop = False
            while len(batch) < self.batch_max:
                try:
                    nxt = self._queue.get_nowait()
                except queue.Empty:
                    break
                if nxt is _STOP:
                    stop = True
                    break
                batch.append(nxt)
            self._commit(batch)  # type: ignore[arg-type]
            if stop:
                return

    def append(self, conn: Connection, records: list[AuditRecordV1]) -> None:
        """Extend the chain with ``records`` inside the caller's open write transaction.

        The caller's transaction holds the store's write lock (``BEGIN IMMEDIATE`` on SQLite; here, the
        advisory transaction lock on PostgreSQL) before the chain head is read, so the chain stays linear
        across processes. Plain SQL on the driver's cursor: this runs once per group commit.
        """
        cur = conn.connection.cursor()
        try:
            if self.db.dialect == "postgresql":
                cur.execute("SELECT pg_advisory_xact_lock(%s)", (_PG_LOCK_KEY,))
            cur.execute(_HEAD_SQL)
            head = cur.fetchone()
            seq, prev = (int(head[0]), str(head[1])) if head else (0, GENESIS_HASH)
            values: list[Any] = []
            for record in records:
                seq += 1
                record.seq, record.prev_hash = seq, prev
                body = encode_body(record)
                digest = chain_hash(prev, body)
                values += (seq, record.decision_id, _ts_us(record), record.kind, record.tenant, record.agent_id,
                           record.tool, record.verdict, reason_codes(record), record.call_id, body.decode(), prev,
                           digest)
                prev = digest
            width = len(_COLUMNS)
            for start in range(0, len(records), _MAX_ROWS):
                n = min(_MAX_ROWS, len(records) - start)
                cur.execute(self._insert(n), values[start * width:(start + n) * width])
        finally:
            cur.close()

    def _insert(self, rows: int) -> str:
        sql = self._insert_sql.get(rows)
        if sql is None:
            sql = self._insert_sql[rows] = (f"INSERT INTO audit_records ({', '.join(_COLUMNS)}) VALUES "
                                            + ", ".join([self._row_sql] * rows))
        return sql

    def _commit(self, batch: list[tuple[AuditRecordV1, asyncio.Future[AuditRecordV1], Any]]) -> None:
        error: Exception | None = None
        started = time.perf_counter()
        try:
            with self.db.write.begin() as conn:
                self.append(conn, [record for record, _, _ in batch])
                for _, _, extra in batch:
                    if extra is not None:
                        extra(conn)
        except Exception as exc:
            log.error("audit write failed: %s", type(exc).__name__)
            error = exc
        else:
            self.batches += 1
            self.records += len(batch)
        if self.on_commit is not None:
            self.on_commit(len(batch), time.perf_counter() - started, error is None)
        # Wake the waiters: one thread-safe callback per event loop for the whole batch.
        by_loop: dict[asyncio.AbstractEventLoop, list[tuple[AuditRecordV1, asyncio.Future[AuditRecordV1]]]] = {}
        for record, fut, _ in batch:
            by_loop.setdefault(fut.get_loop(), []).append((record, fut))
        for loop, items in by_loop.items():
            with contextlib.suppress(RuntimeError):  # that loop is closed: nobody is waiting any more
                loop.call_soon_threadsafe(_resolve, items, error)


def _unavailable(cause: Exception) -> AuditUnavailable:
    return AuditUnavailable("the decision could not be recorded durably; the call is denied",
                            details={"cause": type(cause).__name__})


def _resolve(items: list[tuple[AuditRecordV1, asyncio.Future[AuditRecordV1]]], error: Exception | None) -> None:
    """On the waiters' loop: resolve the futures of one committed (or failed) batch."""
    for record, fut in items:
        if fut.done():  # its task was cancelled while it waited; the record is committed all the same
            continue
        if error is None:
            fut.set_result(record)
        else:
            fut.set_exception(_unavailable(error))


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)


def _ts_us(record: AuditRecordV1) -> int:
    """The record's RFC 3339 ``ts`` in integer microseconds (exact: no float rounding)."""
    ts = datetime.fromisoformat(record.ts)
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=UTC)
    return (ts - _EPOCH) // _US
