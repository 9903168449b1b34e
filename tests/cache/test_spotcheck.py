"""Spot checks: the schedule, the comparison of results, the tallies' suspension rule, and a
disagreement dropping the entry from memory and from the store (a second replica no longer serves it)."""

from __future__ import annotations

from typing import Any

import pytest

from arbiter.cache import CacheStore, OnnxEmbedder, SemanticCache
from arbiter.cache.spotcheck import SpotChecks, same_result
from arbiter.types import Agent, Tool, ToolAnnotations, Trust

Clock = Any  # tests/cache/conftest.py's manual clock
KEY = ("acme", "search_kb", 1)
AGENT = Agent(id="a1", name="bot", tenant="acme", trust=Trust.STANDARD, allowlist="main")


def _tool(**cache: Any) -> Tool:
    return Tool(tenant="acme", name="search_kb", input_schema={}, annotations=ToolAnnotations(readOnlyHint=True),
                cache={"enabled": True, "ttl_s": 60, "semantic_fields": ["query"], **cache})


def test_same_result_ignores_key_order_and_the_listed_keys_only() -> None:
    assert same_result({"a": 1, "b": [1, 2]}, {"b": [1, 2], "a": 1.0})  # canonical JSON: 1 == 1.0
    assert not same_result({"a": 1}, {"a": 2}) and not same_result([1, 2], [2, 1])
    ignore = (("took_ms",), ("meta", "request_id"), ("hits", "score"))
    fresh = {"took_ms": 3, "meta": {"request_id": "r1", "index": "kb"}, "hits": [{"id": 1, "score": 0.9}]}
    reused = {"took_ms": 9, "meta": {"request_id": "r2", "index": "kb"}, "hits": [{"id": 1, "score": 0.7}]}
    assert same_result(fresh, reused, ignore) and not same_result(fresh, reused)
    # Only the named keys are ignored: another difference under "meta" or in the hits still counts.
    assert not same_result(fresh, reused | {"meta": {"request_id": "r2", "index": "other"}}, ignore)
    assert not same_result(fresh, reused | {"hits": [{"id": 2, "score": 0.9}]}, ignore)
    assert same_result(None, None) and not same_result(None, {})


def test_every_nth_verified_hit_is_due() -> None:
    spots = SpotChecks()
    assert [spots.due(KEY, 3) for _ in range(7)] == [False, False, True, False, False, True, False]
    assert not any(spots.due(("acme", "other", 1), 0) for _ in range(50))  # 0: never
    # Tool versions count apart.
    assert [spots.due(("acme", "search_kb", 2), 2) for _ in range(2)] == [False, True]


@pytest.mark.parametrize(("checks", "disagreements", "tolerance", "suspended"), [
    (10, 1, 0.005, True),  # 1 in 10: the interval's lower bound (0.0051) is above 0.5%
    (50, 1, 0.005, False),  # 1 in 50 could be bad luck at 0.5% (lower bound 0.001)
    (50, 2, 0.005, True),
    (10, 1, 0.05, False),  # a tool tolerating 5% needs more evidence
    (200, 0, 0.001, False),  # agreement never suspends
])
def test_suspension_needs_evidence_above_the_tolerance(checks: int, disagreements: int, tolerance: float,
                                                       suspended: bool) -> None:
    spots = SpotChecks()
    outcomes = [False] * disagreements + [True] * (checks - disagreements)
    for agree in reversed(outcomes):  # the disagreements come last: the verdict is the final tally's
        tally = spots.record(KEY, agree, tolerance)
    assert (tally.checks, tally.disagreements) == (checks, disagreements)
    assert spots.suspended(KEY) is suspended and tally.suspended is suspended
    row = spots.snapshot()[0]
    assert row["rate"] == disagreements / checks and row["max_false_reuse"] == tolerance
    assert row["lower_95"] <= row["rate"] <= row["upper_95"] and row["suspended"] is suspended
    assert spots.snapshot("globex") == [] and not spots.suspended(("acme", "search_kb", 2))


def test_a_disagreement_drops_the_entry_here_and_in_the_store(embedder: OnnxEmbedder, store: CacheStore,
                                                              clock: Clock) -> None:
    tool = _tool(spot_check_every=1, spot_check_ignore=["took_ms"])
    cache = SemanticCache(embedder, store, clock=clock)
    replica = SemanticCache(embedder, CacheStore(store.engine), clock=clock)
    assert cache.store_call(tool, AGENT, "rev", {"query": "How do I reset my password?"},
                            {"answer": "Settings > Security", "took_ms": 3}, "dec-1")
    replica.load_from_store()
    asked = {"query": "How can I reset my password?"}
    hit = cache.lookup_call(tool, AGENT, "rev", asked)
    assert hit is not None and hit.stage == "verified" and cache.spot_check_due(tool)
    # The same answer, timed differently: agreement, and the entry stays.
    assert cache.record_spot_check(tool, hit, {"answer": "Settings > Security", "took_ms": 8}) is True
    assert cache.lookup_call(tool, AGENT, "rev", asked) is not None
    # Another answer: the entry goes, from this process and from the store (the replica's lookup
    # reads the store, so it stops serving it too).
    assert cache.record_spot_check(tool, hit, {"answer": "Ask IT"}) is False
    assert cache.lookup_call(tool, AGENT, "rev", asked) is None and store.count() == 0
    assert replica.lookup_call(tool, AGENT, "rev", asked) is None
    tally = cache.spot_checks.snapshot()[0]
    assert (tally["checks"], tally["disagreements"], tally["suspended"]) == (2, 1, True)
    assert cache.reuse_suspended(tool) and not replica.reuse_suspended(tool)  # tallies are per process
