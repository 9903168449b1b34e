"""Keeping one process's in-memory cache in step with the other processes sharing its store.

Every replica (and every uvicorn worker) holds its own FAISS indexes; the store is shared. A hit is
always confirmed against the store, so an entry deleted elsewhere is never served; what this module
adds is that an entry stored elsewhere is *served* here, and that memory drops what was deleted.

- **PostgreSQL**: a thread holds its own psycopg connection with ``LISTEN arbiter_cache``. The
  store NOTIFYs every insert and delete in the writing transaction (:mod:`arbiter.cache.store`);
  PostgreSQL delivers them at commit, in commit order. Notifications of this process (same
  origin) or of another schema are skipped; ``add`` reads the new rows by id, ``del`` and
  ``where`` forget locally. Propagation is a few milliseconds. When the connection drops, the
  thread reconnects with backoff and reconciles memory with the store (notifications sent while
  it was away are lost); it does the same right after connecting the first time, after LISTEN, so
  nothing committed in between is missed.
- **SQLite** (several workers on one file): no notifications, so a poll every ``poll_s`` reads the
  newest id; rows above the last seen newest one are added. SQLite reuses the id of a deleted last
  row, so when the previously newest row is gone or belongs to another decision the poll
  reconciles instead. Deletions reach memory by a reconcile every ``resync_s`` (they are never
  served in between: hits are confirmed in the store).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any

from arbiter.cache.semantic import SemanticCache
from arbiter.cache.store import CHANNEL, CacheStore

log = logging.getLogger(__name__)

POLL_S = 0.5  # SQLite: how often the newest id is read
RESYNC_S = 30.0  # SQLite: how often memory is reconciled with the store (deletions of other processes)
IDLE_CHECK_S = 10.0  # PostgreSQL: an idle listener checks its connection this often
BACKOFF_S = (0.1, 5.0)  # PostgreSQL: first and longest wait before reconnecting


class CacheSync:
    """A daemon thread applying other processes' cache changes to ``cache``; :meth:`start`, :meth:`stop`."""

    def __init__(self, cache: SemanticCache, *, poll_s: float = POLL_S, resync_s: float = RESYNC_S,
                 idle_check_s: float = IDLE_CHECK_S) -> None:
        if cache.store is None:
            raise ValueError("CacheSync needs a cache with a store")
        self.cache = cache
        self.store: CacheStore = cache.store
        self.postgres = self.store.engine.dialect.name == "postgresql"
        self.poll_s = poll_s
        self.resync_s = resync_s
        self.idle_check_s = idle_check_s
        self.ready = threading.Event()  # following: LISTEN active (PostgreSQL) or first poll done, memory reconciled
        self.connects = 0  # PostgreSQL: successful (re)connections
        self.applied = 0  # notifications (or polls) that changed memory
        self.listener_pid: int | None = None  # PostgreSQL: the backend pid of the listening connection
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> CacheSync:
        """Start the thread (idempotent)."""
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="arbiter-cache-sync", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the thread and close its connection (returns within about a second)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self.ready.clear()

    def _run(self) -> None:
        if self.postgres:
            self._listen_forever()
        else:
            self._poll_forever()

    # -- PostgreSQL --------------------------------------------------------------------------------

    def _connect(self) -> Any:
        import psycopg

        engine = self.store.engine
        args, kwargs = engine.dialect.create_connect_args(engine.url)
        kwargs.pop("context", None)
        # A silently dead server is noticed by TCP keepalives, not only by the next query.
        for key, value in (("connect_timeout", 5), ("keepalives", 1), ("keepalives_idle", 5),
                           ("keepalives_interval", 2), ("keepalives_count", 3)):
            kwargs.setdefault(key, value)
        return psycopg.connect(*args, autocommit=True, **kwargs)

    def _listen_forever(self) -> None:
        backoff = BACKOFF_S[0]
        while not self._stop.is_set():
            try:
                with self._connect() as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listener_pid = int(conn.info.backend_pid)
                    # After LISTEN: whatever was committed before is in the store, whatever after is notified.
                    self.cache.sync_from_store()
                    self.connects += 1
                    self.ready.set()
                    backoff = BACKOFF_S[0]
                    self._listen(conn)
            except Exception as exc:  # connection lost, server restarting, a failed read
                self.ready.clear()
                if self._stop.is_set():
                    return
                log.warning("cache sync: listener failed (%s); reconnecting in %.1f s", type(exc).__name__, backoff)
                self._stop.wait(backoff)
                backoff = min(backoff * 2, BACKOFF_S[1])

    def _listen(self, conn: Any) -> None:
        namespace = self.store.namespace()
        idle_since = time.monotonic()
        while not self._stop.is_set():
            batch = [n.payload for n in conn.notifies(timeout=0.5, stop_after=1)]
            if not batch:
                if time.monotonic() - idle_since > self.idle_check_s:
                    conn.execute("SELECT 1")  # raises if the connection is gone
                    idle_since = time.monotonic()
                continue
            while len(batch) < 1000:  # a burst: take what has already arrived, apply it at once
                more = [n.payload for n in conn.notifies(timeout=0)]
                if not more:
                    break
                batch.extend(more)
            idle_since = time.monotonic()
            self.apply(batch, namespace)

    def apply(self, payloads: list[str], namespace: str) -> None:
        """Apply notification payloads, in order; changes of this process or another schema are skipped."""
        adds: list[int] = []
        for raw in payloads:
            try:
                msg = json.loads(raw)
                if msg.get("o") == self.store.origin or msg.get("s") != namespace:
                    continue
                if "where" in msg:
                    where = msg["where"]
                    self.cache.forget_where(tenant=where.get("tenant"), tool=where.get("tool"),
                                            below_version=where.get("below_version"),
                                            expired_at=where.get("expired_at"))
                dropped = [int(i) for i in msg.get("del", ())]
                if dropped:
                    self.cache.forget_local(dropped)
                    gone = set(dropped)
                    adds = [i for i in adds if i not in gone]
                adds.extend(int(i) for i in msg.get("add", ()))
            except (ValueError, TypeError, AttributeError) as exc:
                log.warning("cache sync: ignoring a malformed notification (%s)", type(exc).__name__)
                continue
            self.applied += 1
        if adds:
            # The rows are read now: anything deleted by a later commit is already gone from the store.
            self.cache.add_from_store(adds)

    # -- SQLite --------------------------------------------------------------------------------------

    def _poll_forever(self) -> None:
        newest: tuple[int, str] | None = None
        last_sync = 0.0
        while not self._stop.is_set():
            try:
                if not self.ready.is_set():
                    newest = self.store.newest()
                    self.cache.sync_from_store()  # after reading the newest id: later rows are polled
                    last_sync = time.monotonic()
                    self.ready.set()
                else:
                    newest = self.poll(newest)
                    if time.monotonic() - last_sync > self.resync_s:
                        self.cache.sync_from_store()
                        last_sync = time.monotonic()
            except Exception as exc:  # a locked or busy database: try again on the next tick
                log.warning("cache sync: poll failed: %s", type(exc).__name__)
            self._stop.wait(self.poll_s)

    def poll(self, seen: tuple[int, str] | None) -> tuple[int, str] | None:
        """One SQLite poll given the newest ``(id, decision id)`` seen last time; returns the new one."""
        newest = self.store.newest()
        if newest == seen:
            return seen
        if seen is None or self.store.decision_of(seen[0]) == seen[1]:
            # The previously newest row is still there, so every row inserted since has a higher id.
            if self.cache.add_from_store(self.store.ids_after(seen[0] if seen else 0)):
                self.applied += 1
        else:
            # It was deleted (its id may now be another entry's): compare everything.
            added, forgotten = self.cache.sync_from_store()
            if added or forgotten:
                self.applied += 1
        return newest
