"""Spot checks: the schedule, the comparison of results, the tallies' suspension rule, and a
disagreement dropping the entry from memory and from the store (a second replica no longer serves it)."""

from __future__ import annotations

from typing import Any

import pytest

from arbiter.cache import CacheStore, OnnxEmbedder, SemanticCache
from arbiter.cache.semantic import Rejection
from arbiter.cache.spotcheck import SpotChecks, learnt_bar, same_result
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


def test_a_result_repeating_its_own_request_is_the_same_answer() -> None:
    # A search API's answer echoes the query: each result's own query counts as the same value...
    fresh = {"query": "how can I reset my password", "hits": [{"title": "Reset your password"}]}
    reused = {"query": "How do I reset my password?", "hits": [{"title": "Reset your password"}]}
    echoes = (["how can I reset my password"], ["How do I reset my password?"])
    assert same_result(fresh, reused, (), echoes) and not same_result(fresh, reused)
    # ...but only its own, only as a whole value, and the rest must still agree.
    assert not same_result(fresh, reused, (), (["other"], ["How do I reset my password?"]))
    assert not same_result(fresh | {"hits": []}, reused, (), echoes)
    assert not same_result({"q": "about: how can I reset my password"}, {"q": "about: How do I reset my password?"},
                           (), echoes)


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
    assert cache.reuse_suspended(tool) and replica.reuse_suspended(tool)  # pooled through the store


def test_a_bar_is_learnt_step_by_step_from_each_steps_own_evidence() -> None:
    # At 0.5%, 598 agreeing observations make a step's 95% upper bound 0.4996%; 597 do not.
    assert learnt_bar({0.98: [597, 0]}, 0.99, 0.005) is None
    assert learnt_bar({0.98: [598, 0]}, 0.99, 0.005) == 0.98
    # Evidence at a lower step counts only when every step above it has its own.
    assert learnt_bar({0.97: [5000, 0]}, 0.99, 0.005) is None
    assert learnt_bar({0.98: [598, 0], 0.97: [598, 0], 0.93: [5000, 0]}, 0.99, 0.005) == 0.97
    assert learnt_bar({0.98: [598, 0], 0.97: [598, 1]}, 0.99, 0.005) == 0.98  # one wrong answer: not enough
    assert learnt_bar({0.98: [60, 0]}, 0.99, 0.05) == 0.98  # a looser tool needs less evidence
    # No step under a bar that is already the floor.
    assert learnt_bar({0.90: [5000, 0]}, 0.90, 0.005) is None


def test_observations_outside_the_gap_under_the_bar_do_not_count() -> None:
    spots = SpotChecks()
    for score in (0.5, 0.899, 0.99, 0.999):
        spots.observe(KEY, score, True, 0.99, 0.005)
    assert spots.snapshot()[0]["below_bar"] == []
    for _ in range(597):
        spots.observe(KEY, 0.985, True, 0.99, 0.005)
    assert spots.bar(KEY) is None
    spots.observe(KEY, 0.985, True, 0.99, 0.005)
    assert spots.bar(KEY) == 0.98 and spots.snapshot()[0]["below_bar"] == [
        {"from": 0.98, "observations": 598, "disagreements": 0}]


def test_processes_on_one_store_pool_their_counts(store: CacheStore, clock: Clock) -> None:
    a, b = SpotChecks(store, clock=clock), SpotChecks(store, clock=clock)
    a.record(KEY, False, 0.005)  # one process's disagreement
    assert a.suspended(KEY)
    assert b.suspended(KEY)  # another process reads the store the first time it asks
    for _ in range(3):
        b.record(KEY, True, 0.005)
    assert a.snapshot()[0]["checks"] == 4  # the admin view reads the store
    # Second looks pool too; a process re-reads counts older than a second.
    for _ in range(300):
        a.observe(KEY, 0.985, True, 0.99, 0.005)
        b.observe(KEY, 0.985, True, 0.99, 0.005)
    assert b.bar(KEY) == 0.98  # b's last count returned every process's rows
    c = SpotChecks(store, clock=clock)
    assert c.bar(KEY) == 0.98 and c.suspended(KEY)  # a restart keeps them
    b.observe(KEY, 0.985, False, 0.99, 0.005)
    assert c.bar(KEY) == 0.98  # read less than a second ago
    clock.advance(1.5)
    assert c.bar(KEY) is None  # 1 wrong in 601: the step's upper bound is above 0.5% again


def test_a_store_that_fails_keeps_the_counts_here(engine: Any, clock: Clock) -> None:
    from arbiter.db.models import cache_spot_checks

    cache_spot_checks.drop(engine)
    spots = SpotChecks(CacheStore(engine), clock=clock)
    assert spots.record(KEY, False, 0.005).checks == 1 and spots.suspended(KEY)


def test_second_looks_and_a_learnt_bar(embedder: OnnxEmbedder, store: CacheStore, clock: Clock) -> None:
    tool = _tool()  # the default tolerance, 0.5%: the calibrated verifier bar is 0.99
    cache = SemanticCache(embedder, store, clock=clock)
    assert cache.store_call(tool, AGENT, "rev", {"query": "how to export my contacts"}, {"answer": "Export"}, "dec-1")
    asked = {"query": "export contacts to a csv file"}
    rejected: list[Rejection] = []
    assert cache.lookup_call(tool, AGENT, "rev", asked, rejected=rejected) is None
    [look] = rejected  # a paraphrase the verifier scores just under its bar
    assert look.score is not None and 0.97 <= look.score < 0.98 and look.entry_id is not None
    assert cache.second_look(tool, look)
    assert not cache.second_look(tool, Rejection("dec-1", 0.9, "a word was replaced", look.entry_id))  # the guard's
    assert cache.record_second_look(tool, look, {"answer": "Export"}) is True
    assert cache.record_second_look(tool, look, {"answer": "Import"}) is False
    assert cache.record_second_look(tool, Rejection("dec-gone", 0.9, "verifier", 999, 0.95), {}) is None
    row = cache.spot_checks.snapshot()[0]
    assert row["below_bar"] == [{"from": 0.97, "observations": 2, "disagreements": 1}] and row["learnt_bar"] is None

    # Enough evidence in the step above and in this one (one wrong answer in ~1,000 fits 0.5%)...
    key = ("acme", "search_kb", 1)
    for _ in range(600):
        cache.spot_checks.observe(key, 0.985, True, 0.99, 0.005)
    assert cache.spot_checks.bar(key) == 0.98 and cache.lookup_call(tool, AGENT, "rev", asked) is None
    for _ in range(1000):
        cache.spot_checks.observe(key, 0.975, True, 0.99, 0.005)
    assert cache.spot_checks.bar(key) == 0.97
    hit = cache.lookup_call(tool, AGENT, "rev", asked)
    assert hit is not None and hit.stage == "verified" and hit.verifier == look.score
    # ...unless the tool opted out.
    assert cache.lookup_call(_tool(learn_bar=False), AGENT, "rev", asked) is None
    # A spot check of such a hit that disagrees counts in its step: the bar goes back up (and one
    # wrong answer in one spot check suspends verified reuse).
    assert cache.record_spot_check(tool, hit, {"answer": "Import"}) is False
    assert cache.spot_checks.bar(key) == 0.98 and cache.reuse_suspended(tool)
