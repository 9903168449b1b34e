"""The audit writer: one thread group-commits concurrent records into one transaction each.

A caller's ``write`` returns only after the transaction holding its record has committed, so a
decision is never answered before it is durable; batching many callers into one commit means
durability does not cost one fsync per call. The hash chain is extended inside the transaction
under the store's write lock (``BEGIN IMMEDIATE`` on SQLite, an advisory transaction lock on
PostgreSQL), so several Arbiter processes can share one store and the chain stays linear.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from concurrent.futures import Future
from datetime import datetime

from sqlalchemy import Connection, insert, select, text

from arbiter.audit.record import GENESIS_HASH, AuditRecordV1, chain_hash, encode_body
from arbiter.db.engine import Database
from arbiter.db.models import audit_records
from arbiter.errors import AuditUnavailable

log = logging.getLogger(__name__)

_STOP = object()
# Any constant works; it only has to be the same in every Arbiter process sharing the database.
_PG_LOCK_KEY = 0x41524254


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

    def submit(self, record: AuditRecordV1) -> Future[AuditRecordV1]:
        """Queue a record; the future resolves once it is committed (seq and hash filled in)."""
        if self._thread is None:
            self.start()
        fut: Future[AuditRecordV1] = Future()
        self._queue.put((record, fut))
        return fut

    async def write(self, record: AuditRecordV1) -> AuditRecordV1:
        """Write a record and wait until it is durable. Raises :class:`AuditUnavailable`."""
        return await asyncio.wrap_future(self.submit(record))

    def write_sync(self, record: AuditRecordV1, timeout: float = 30.0) -> AuditRecordV1:
        """Blocking :meth:`write`, for the CLI."""
        return self.submit(record).result(timeout=timeout)

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
        """Extend the chain with ``records`` inside the caller's open write transaction."""
        if self.db.dialect == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        head = conn.execute(
            select(audit_records.c.seq, audit_records.c.hash).order_by(audit_records.c.seq.desc()).limit(1)
        ).first()
        seq, prev = (head[0], head[1]) if head else (0, GENESIS_HASH)
        rows = []
        for record in records:
            seq += 1
            record.seq, record.prev_hash = seq, prev
            body = encode_body(record)
            prev = chain_hash(prev, body)
            rows.append({
                "seq": seq, "decision_id": record.decision_id, "ts_us": _ts_us(record),
                "kind": record.kind, "tenant": record.tenant, "agent_id": record.agent_id,
                "tool": record.tool, "verdict": record.verdict, "reason_codes": reason_codes(record),
                "call_id": record.call_id, "body": body.decode(), "prev_hash": record.prev_hash,
                "hash": prev,
            })
        conn.execute(insert(audit_records), rows)

    def _commit(self, batch: list[tuple[AuditRecordV1, Future[AuditRecordV1]]]) -> None:
        try:
            with self.db.write.begin() as conn:
                self.append(conn, [record for record, _ in batch])
        except Exception as exc:
            log.error("audit write failed: %s", type(exc).__name__)
            error = AuditUnavailable("the decision could not be recorded durably; the call is denied",
                                     details={"cause": type(exc).__name__})
            for _, fut in batch:
                fut.set_exception(error)
            return
        self.batches += 1
        self.records += len(batch)
        for record, fut in batch:
            fut.set_result(record)


def _ts_us(record: AuditRecordV1) -> int:
    return int(datetime.fromisoformat(record.ts.replace("Z", "+00:00")).timestamp() * 1_000_000)
