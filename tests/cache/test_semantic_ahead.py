"""Verifying ahead: the verifier reads the likeliest candidate while the new text is embedded.

Work done ahead must never change a decision, must run in the preparation thread (so the two model
runs overlap), must pick the stored entry that shares the most words with the new text, and must
leave no trace of an entry once it is gone.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from arbiter.cache import OnnxEmbedder, PartitionKey, SemanticCache, semantic
from arbiter.cache.calibration import load_calibration
from arbiter.cache.guard import near_miss
from arbiter.cache.text import for_embedding
from arbiter.cache.verifier import Verifier
from tests.cache.pairs import NEAR_MISSES, PARAPHRASES


class _Runs:
    """Wraps the real ONNX session: records which thread ran which pair, and can slow each run down."""

    def __init__(self, verifier: Verifier, delay: float = 0.0) -> None:
        self.session, self.delay = verifier._session, delay
        self.threads: list[str] = []

    def run(self, *args: Any, **kwargs: Any) -> Any:
        self.threads.append(threading.current_thread().name)
        time.sleep(self.delay)
        return self.session.run(*args, **kwargs)


@pytest.fixture(autouse=True)
def idle_host(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite runs on a loaded host: these tests decide themselves whether a core is idle."""
    monkeypatch.setattr(semantic, "_idle_core", lambda: True)


@pytest.fixture
def verifier(monkeypatch: pytest.MonkeyPatch) -> Verifier:
    """A fresh verifier (empty memo) over the shipped model, its model runs recorded."""
    v = Verifier()
    runs = _Runs(v)
    monkeypatch.setattr(v, "_session", runs)
    return v


def _runs(verifier: Verifier) -> _Runs:
    runs = verifier._session
    assert isinstance(runs, _Runs)
    return runs


def _bar(verifier: Verifier) -> float:
    reuse = load_calibration().reuse_for(0.005, verifier.model_id)
    assert reuse.verifier is not None
    return reuse.verifier


def _key(embedder: OnnxEmbedder) -> PartitionKey:
    return PartitionKey("acme", "search_kb", 1, "rev1", 1, embedder.model_id)


def _wait_idle(verifier: Verifier) -> None:
    """Until no run ahead is in flight (the preparation thread is asynchronous)."""
    deadline = time.monotonic() + 10
    while verifier._running and time.monotonic() < deadline:
        time.sleep(0.005)


def test_a_score_asked_during_a_run_ahead_waits_for_it_instead_of_running_again(verifier: Verifier) -> None:
    runs = _runs(verifier)
    runs.delay = 0.2
    a, b = "how do I change my delivery address", "updating the address an order ships to"
    ahead = threading.Thread(target=verifier.speculate, args=(a, b), name="ahead")
    ahead.start()
    while not verifier._running:
        time.sleep(0.001)
    score = verifier.score(b, a)  # the other order: the same pair
    ahead.join()
    assert runs.threads == ["ahead"]  # one model run, in the thread that started it
    runs.delay = 0.0
    assert score == verifier.compute(a, b) and not verifier._running


def test_a_paraphrase_hit_is_verified_in_the_preparation_thread(embedder: OnnxEmbedder, verifier: Verifier,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    cache = SemanticCache(embedder, verifier=verifier)
    key, bar = _key(embedder), _bar(verifier)
    stored, asked = "how long does delivery to Norway take", "delivery time for shipping to Norway"
    assert near_miss(stored, asked, verified=True) is None  # the pair reaches the verifier
    cache.store_result(key, {"query": stored}, "r", "dec-1", 60, ["query"])
    # The run ahead overlaps the lookup's embedding; on a loaded test host the preparation thread may be scheduled
    # only after a 1 ms embedding ends, so the lookup's embedding is made to take 50 ms here.
    embed = embedder.embed

    def slow(texts: list[str]) -> Any:
        if threading.current_thread() is threading.main_thread():
            time.sleep(0.05)
        return embed(texts)

    monkeypatch.setattr(embedder, "embed", slow)
    hit = cache.lookup(key, {"query": asked}, ["query"], 0.7, verifier=bar)
    _wait_idle(verifier)
    assert _runs(verifier).threads == ["arbiter-cache-prepare"]  # the lookup itself ran no model
    assert hit is not None and hit.stage == "verified" and hit.verifier == verifier.compute(
        for_embedding(stored), for_embedding(asked))


def test_the_pick_is_the_entry_sharing_the_most_words(embedder: OnnxEmbedder, verifier: Verifier,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    cache = SemanticCache(embedder, verifier=verifier)
    key, bar = _key(embedder), _bar(verifier)
    texts = ["opening hours of the Oslo office", "how do I export my invoices as PDF",
             "what is the refund policy for damaged items", "invoices export to CSV format"]
    for i, text in enumerate(texts):
        cache.store_result(key, {"query": text}, "r", f"dec-{i}", 60, ["query"])
    ahead: list[tuple[str, str]] = []
    monkeypatch.setattr(verifier, "speculate", lambda a, b: ahead.append((a, b)))
    cache.lookup(key, {"query": "exporting my invoices as a PDF file"}, ["query"], 0.7, verifier=bar)
    deadline = time.monotonic() + 10
    while not ahead and time.monotonic() < deadline:
        time.sleep(0.005)
    assert ahead == [(for_embedding(texts[1]), for_embedding("exporting my invoices as a PDF file"))]


@pytest.mark.parametrize("case", ["switched off", "no verifier stage", "no idle core"])
def test_no_work_ahead_without_the_verifier_stage_when_switched_off_or_busy(
        embedder: OnnxEmbedder, verifier: Verifier, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    key, bar = _key(embedder), _bar(verifier)
    cache = SemanticCache(embedder, verifier=verifier, speculate=case != "switched off")
    if case == "no idle core":
        monkeypatch.setattr(semantic, "_idle_core", lambda: False)
    cache.store_result(key, {"query": "delivery times to Finland"}, "r", "dec-1", 60, ["query"])
    hit = cache.lookup(key, {"query": "how long is delivery to Finland"}, ["query"], 0.7,
                       verifier=None if case == "no verifier stage" else bar)
    time.sleep(0.2)
    assert "arbiter-cache-prepare" not in _runs(verifier).threads
    # Without the stage the guard's stricter tier decides; with it, the lookup runs the model itself.
    assert _runs(verifier).threads == ([] if case == "no verifier stage" else ["MainThread"])
    assert hit is not None and (hit.verifier is None) == (case == "no verifier stage")


@pytest.mark.parametrize(("load", "cores", "idle"), [(0.4, 2, True), (1.0, 2, True), (1.3, 2, False),
                                                     (0.0, 1, False), (5.0, 8, True), (7.5, 8, False)])
def test_a_core_is_idle_when_the_load_average_leaves_one(monkeypatch: pytest.MonkeyPatch, load: float,
                                                         cores: int, idle: bool) -> None:
    monkeypatch.undo()  # the real function, on a load average and core count of the test's choosing
    monkeypatch.setattr(semantic.os, "getloadavg", lambda: (load, load, load))
    monkeypatch.setattr(semantic.os, "cpu_count", lambda: cores)
    assert semantic._idle_core() is idle


def test_work_ahead_changes_no_decision(embedder: OnnxEmbedder) -> None:
    """Every labelled pair, stored among the others of its set: the same hits, sources and scores."""
    outcomes = []
    for speculate in (False, True):
        cache = SemanticCache(embedder, verifier=Verifier(), speculate=speculate)
        assert cache.verifier is not None
        key, bar = _key(embedder), _bar(cache.verifier)
        pairs = [*PARAPHRASES, *((a, b) for _, a, b in NEAR_MISSES)]
        for i, (stored, _) in enumerate(pairs):
            cache.store_result(key, {"query": stored}, "r", f"dec-{i}", 60, ["query"])
        found = []
        for _, asked in pairs:
            hit = cache.lookup(key, {"query": asked}, ["query"], 0.7, verifier=bar)
            found.append(None if hit is None else (hit.source_decision_id, hit.verifier, hit.similarity))
        outcomes.append(found)
    assert outcomes[0] == outcomes[1] and sum(f is not None for f in outcomes[0]) >= len(PARAPHRASES) // 2


def test_a_forgotten_entry_leaves_no_words_behind(embedder: OnnxEmbedder, verifier: Verifier) -> None:
    cache = SemanticCache(embedder, verifier=verifier)
    key = _key(embedder)
    cache.store_result(key, {"query": "warranty for refurbished laptops"}, "r", "dec-1", 60, ["query"])
    cache.store_result(key, {"query": "opening hours on bank holidays"}, "r", "dec-2", 60, ["query"])
    part = cache._parts[(key, ("query",))]
    assert {"warranty", "refurbished", "laptops", "opening"} <= set(part.words)
    first = next(i for i, e in cache._entries.items() if e.decision_id == "dec-1")
    cache.forget_local([first])
    assert not {"warranty", "refurbished", "laptops"} & set(part.words) and "opening" in part.words
    assert set(part.lexicon_size) == set(cache._entries)
