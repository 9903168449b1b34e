"""Two processes' caches on one store, each with its own engine, store and sync thread (arbiter.cache.sync).

On PostgreSQL the sync listens to NOTIFY; on SQLite it polls. Real embedder, real databases, no mocks.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine, create_engine

from arbiter.cache import CacheStore, OnnxEmbedder, PartitionKey, SemanticCache, default_embedder
from arbiter.cache.keys import canonical, exact_digest, split_arguments
from arbiter.cache.store import PAYLOAD_MAX, _payloads
from arbiter.cache.sync import CacheSync
from arbiter.db.models import cache_entries
from arbiter.settings import normalize_database_url
from arbiter.types import Agent, Tool, ToolAnnotations, Trust

Clock = Any  # tests/cache/conftest.py's manual clock

BOUND_S = 1.0  # the promise: a change made by one process reaches the others within a second

SEARCH = Tool(tenant="acme", name="search_kb", input_schema={}, annotations=ToolAnnotations(readOnlyHint=True),
              cache={"enabled": True, "ttl_s": 60, "threshold": 0.95, "semantic_fields": ["query"]})
GET_ORDER = Tool(tenant="acme", name="get_order", input_schema={}, annotations=ToolAnnotations(readOnlyHint=True),
                 cache={"enabled": True, "ttl_s": 60})
UPDATE_ORDER = Tool(tenant="acme", name="update_order", input_schema={}, risk="write",
                    cache={"invalidates": [{"tool": "get_order", "match": ["order_id"]}]})
AGENT = Agent(id="a1", name="bot", tenant="acme", trust=Trust.STANDARD, allowlist="main")
Q1 = {"query": "How do I reset my password?", "limit": 5}
Q2 = {"query": "How can I reset my password?", "limit": 5}


@dataclass
class Replica:
    engine: Engine
    cache: SemanticCache
    sync: CacheSync

    def close(self) -> None:
        self.sync.stop()
        self.engine.dispose()


def _replica(url: str, embedder: OnnxEmbedder, clock: Clock) -> Replica:
    engine = create_engine(normalize_database_url(url))
    cache = SemanticCache(embedder, CacheStore(engine), clock=clock)
    cache.load_from_store()
    # SQLite: poll fast and reconcile often so deletions are visible within the test's bound too.
    sync = CacheSync(cache, poll_s=0.05, resync_s=0.3).start()
    assert sync.ready.wait(10)
    return Replica(engine, cache, sync)


@pytest.fixture
def pair(engine: Engine, db_url: str, embedder: OnnxEmbedder, clock: Clock) -> Iterator[tuple[Replica, Replica]]:
    a, b = _replica(db_url, embedder, clock), _replica(db_url, embedder, clock)
    yield a, b
    a.close()
    b.close()


def within(bound: float, condition: Callable[[], Any]) -> float:
    """Seconds until ``condition()`` is true; fails if it is still false after ``bound`` seconds."""
    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > bound:
            pytest.fail(f"not within {bound} s")
        time.sleep(0.005)
    return time.perf_counter() - start


def test_an_entry_stored_by_one_replica_is_served_by_the_other(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    assert b.cache.lookup_call(SEARCH, AGENT, "rev1", Q2) is None
    assert a.cache.store_call(SEARCH, AGENT, "rev1", Q1, {"answer": 42}, "dec-a1")
    within(BOUND_S, lambda: len(b.cache) == 1)
    # Served by B from its own index: a paraphrase, so the vector came across too.
    hit = b.cache.lookup_call(SEARCH, AGENT, "rev1", Q2)
    assert hit is not None and hit.value == {"answer": 42} and hit.source_decision_id == "dec-a1"
    # And the other way round; a process never re-adds its own entries.
    assert b.cache.store_call(GET_ORDER, AGENT, "rev1", {"order_id": "A1"}, {"status": "shipped"}, "dec-b1")
    within(BOUND_S, lambda: len(a.cache) == 2)
    assert a.cache.lookup_call(GET_ORDER, AGENT, "rev1", {"order_id": "A1"}).value == {"status": "shipped"}  # type: ignore[union-attr]
    assert len(b.cache) == 2 and b.cache.stats()["partitions"] == 2


def test_the_same_call_stored_again_replaces_the_entry_everywhere(pair: tuple[Replica, Replica]) -> None:
    a, b = pair
    a.cache.store_call(GET_ORDER, AGENT, "rev1", {"order_id": "A1"}, "old", "dec-1")
    within(BOUND_S, lambda: len(b.cache) == 1)
    a.cache.store_call(GET_ORDER, AGENT, "rev1", {"order_id": "A1"}, "new", "dec-2")
    within(BOUND_S, lambda: b.cache.lookup_call(GET_ORDER, AGENT, "rev1", {"order_id": "A1"}) is not None
           and b.cache.lookup_call(GET_ORDER, AGENT, "rev1", {"order_id": "A1"}).source_decision_id == "dec-2")  # type: ignore[union-attr]
    assert len(b.cache) == 1


@pytest.mark.parametrize("how", ["tenant", "tool", "all", "write_through", "expiry"])
def test_an_invalidation_reaches_the_other_replica(pair: tuple[Replica, Replica], clock: Clock, how: str) -> None:
    a, b = pair
    a.cache.store_call(SEARCH, AGENT, "rev1", Q1, "answer", "dec-1")
    a.cache.store_call(GET_ORDER, AGENT, "rev1", {"order_id": "A1"}, "A1", "dec-2")
    a.cache.store_call(GET_ORDER, AGENT, "rev1", {"order_id": "B2"}, "B2", "dec-3")
    within(BOUND_S, lambda: len(b.cache) == 3)
    if how == "tenant":
        assert a.cache.invalidate(tenant="acme") == 3
        left = 0
    elif how == "tool":
        assert a.cache.invalidate(tenant="acme", tool="get_order") == 2
        left = 1
    elif how == "all":
        assert a.cache.invalidate() == 3
        left = 0
    elif how == "write_through":
        assert a.cache.after_call(UPDATE_ORDER, {"order_id": "A1", "status": "cancelled"}) == 1
        left = 2
    else:
        clock.advance(61)  # past the 60 s TTL; B's own memory still holds the entries
        assert len(b.cache) == 3
        assert a.cache.purge_expired() == 3
        left = 0
    took = within(BOUND_S, lambda: len(b.cache) == left)
    print(f"{how}: B's memory followed in {took * 1000:.1f} ms")
    assert b.cache.lookup_call(GET_ORDER, AGENT, "rev1", {"order_id": "A1"}) is None


@pytest.mark.postgres
def test_notifications_are_bounded_in_size_and_a_large_delete_is_sent_as_its_filter(
        pg_schema_url: str, embedder: OnnxEmbedder, clock: Clock) -> None:
    engine = create_engine(normalize_database_url(pg_schema_url))
    cache_entries.create(engine)
    a, b = _replica(pg_schema_url, embedder, clock), _replica(pg_schema_url, embedder, clock)
    try:
        # 3,000 entries written behind both caches' backs, then picked up by a reconcile.
        rows = [_row(f"o{i}", clock()) for i in range(3000)]
        with engine.begin() as conn:
            conn.execute(sa.insert(cache_entries), rows)
        assert a.cache.sync_from_store() == (3000, 0) and b.cache.sync_from_store() == (3000, 0)
        ids = sorted(a.cache.store.live_ids(clock()))  # type: ignore[union-attr]
        # Deleting 2,000 by id takes several notifications (each under 8000 bytes).
        a.cache.forget_local(ids[:2000])
        a.cache.store.delete(ids[:2000])  # type: ignore[union-attr]
        within(BOUND_S, lambda: len(b.cache) == 1000)
        # Above notify_ids_max a filtered delete is announced as the filter itself.
        a.cache.store.notify_ids_max = 10  # type: ignore[union-attr]
        assert a.cache.invalidate(tenant="acme") == 1000
        within(BOUND_S, lambda: len(b.cache) == 0)
    finally:
        a.close()
        b.close()
        engine.dispose()


def test_payloads_stay_under_the_notify_limit() -> None:
    base = {"o": "0123456789abcdef", "s": "t_0123456789ab"}
    big = list(range(10**12, 10**12 + 5000))
    payloads = _payloads(base, big[:10], big)
    assert len(payloads) > 5 and all(len(p.encode()) <= PAYLOAD_MAX for p in payloads)
    msgs = [json.loads(p) for p in payloads]
    assert [i for m in msgs for i in m.get("del", [])] == big
    assert [i for m in msgs for i in m.get("add", [])] == big[:10]
    assert _payloads(base, [7], [3]) == ['{"o":"0123456789abcdef","s":"t_0123456789ab","del":[3],"add":[7]}']
    assert _payloads(base, [], []) == []


@pytest.mark.postgres
def test_a_lost_listener_connection_reconnects_and_catches_up(pg_schema_url: str, embedder: OnnxEmbedder,
                                                              clock: Clock) -> None:
    engine = create_engine(normalize_database_url(pg_schema_url))
    cache_entries.create(engine)
    a, b = _replica(pg_schema_url, embedder, clock), _replica(pg_schema_url, embedder, clock)
    try:
        # Missed while B was not listening at all: picked up when it starts listening.
        b.sync.stop()
        a.cache.store_call(GET_ORDER, AGENT, "rev1", {"order_id": "A1"}, "A1", "dec-1")
        assert len(b.cache) == 0
        b.sync = CacheSync(b.cache).start()
        within(5, lambda: len(b.cache) == 1)
        # The listening connection is killed by the server: B reconnects (with backoff) and follows again.
        pid = b.sync.listener_pid
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        within(10, lambda: b.sync.connects == 2 and b.sync.ready.is_set())
        assert b.sync.listener_pid != pid
        a.cache.store_call(GET_ORDER, AGENT, "rev1", {"order_id": "B2"}, "B2", "dec-2")
        within(BOUND_S, lambda: len(b.cache) == 2)
        a.cache.invalidate(tenant="acme", tool="get_order")
        within(BOUND_S, lambda: len(b.cache) == 0)
    finally:
        a.close()
        b.close()
        engine.dispose()


@pytest.mark.postgres
def test_notifications_of_another_schema_or_malformed_ones_are_ignored(pg_schema_url: str, embedder: OnnxEmbedder,
                                                                       clock: Clock) -> None:
    engine = create_engine(normalize_database_url(pg_schema_url))
    cache_entries.create(engine)
    a = _replica(pg_schema_url, embedder, clock)
    try:
        a.cache.store_call(GET_ORDER, AGENT, "rev1", {"order_id": "A1"}, "A1", "dec-1")
        [entry_id] = a.cache.store.live_ids(clock())  # type: ignore[union-attr]
        with engine.connect() as conn:  # another deployment in another schema of the same database
            conn.execute(sa.text("SELECT pg_notify('arbiter_cache', :p)"),
                         {"p": f'{{"o": "elsewhere", "s": "other_schema", "del": [{entry_id}]}}'})
            conn.execute(sa.text("SELECT pg_notify('arbiter_cache', 'not json')"))
            conn.commit()
        ns = a.cache.store.namespace()  # type: ignore[union-attr]
        a.sync.apply(['{"o": "x", "s": "other_schema", "where": {}}', "[1]", "{"], ns)
        time.sleep(0.2)  # nothing is expected to happen: give the listener time to (not) act
        assert len(a.cache) == 1 and a.sync.ready.is_set()
        # The same message for this schema is applied.
        a.sync.apply([f'{{"o": "elsewhere", "s": "{ns}", "del": [{entry_id}]}}'], ns)
        assert len(a.cache) == 0
    finally:
        a.close()
        engine.dispose()


def test_sqlite_reused_ids_are_not_mistaken_for_the_old_entry(tmp_path: Any, embedder: OnnxEmbedder,
                                                               clock: Clock) -> None:
    """SQLite gives a new row the id of a deleted last row: the poll must notice the id changed hands."""
    url = f"sqlite:///{tmp_path / 'reuse.db'}"
    engine = create_engine(url)
    cache_entries.create(engine)
    a, b = _replica(url, embedder, clock), _replica(url, embedder, clock)
    b.sync.resync_s = 3600  # only the poll may fix it
    try:
        a.cache.store_call(GET_ORDER, AGENT, "rev1", {"order_id": "A1"}, "A1", "dec-1")
        within(BOUND_S, lambda: len(b.cache) == 1)
        [old] = a.cache.store.live_ids(clock())  # type: ignore[union-attr]
        a.cache.invalidate(tenant="acme")
        a.cache.store_call(GET_ORDER, AGENT, "rev1", {"order_id": "Z9"}, "Z9", "dec-2")
        assert list(a.cache.store.live_ids(clock())) == [old]  # type: ignore[union-attr]  # the id was reused
        within(BOUND_S, lambda: b.cache.lookup_call(GET_ORDER, AGENT, "rev1", {"order_id": "Z9"}) is not None)
        assert b.cache.lookup_call(GET_ORDER, AGENT, "rev1", {"order_id": "A1"}) is None and len(b.cache) == 1
    finally:
        a.close()
        b.close()
        engine.dispose()


def _row(order_id: str, now: float) -> dict[str, Any]:
    """A raw get_order entry for AGENT, as store_call writes it."""
    p = PartitionKey.for_call(GET_ORDER, AGENT, "rev1", default_embedder().model_id)
    exact, _ = split_arguments({"order_id": order_id}, ())
    return {"partition": p.digest, "tenant": p.tenant, "tool": p.tool, "tool_version": p.tool_version,
            "allowlist_revision": p.allowlist_revision, "trust": p.trust, "model_id": p.model_id,
            "semantic_fields": "[]", "exact_digest": exact_digest(exact, ()), "arguments": canonical(exact).decode(),
            "semantic_text": "{}", "embedding": None, "result": '"r"', "decision_id": f"dec-{order_id}",
            "created_at": now, "expires_at": now + 60, "last_used_at": now}
