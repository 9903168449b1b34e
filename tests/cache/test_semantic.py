import time
from typing import Any

import numpy as np
import pytest

from arbiter.cache import CacheStore, OnnxEmbedder, PartitionKey, SemanticCache
from arbiter.cache.calibration import load_calibration
from arbiter.cache.config import Invalidation
from arbiter.cache.guard import STRICT_MARGIN, UNEXPLAINED, near_miss
from arbiter.cache.semantic import Rejection
from arbiter.cache.text import for_embedding
from arbiter.types import Agent, Tool, ToolAnnotations, Trust
from tests.cache.pairs import NEAR_MISSES, PARAPHRASES

Clock = Any  # tests/cache/conftest.py's manual clock

# Tolerating 1% false reuse: the calibrated threshold reuses paraphrases (the strict default barely does).
SEARCH = Tool(tenant="acme", name="search_kb", input_schema={}, annotations=ToolAnnotations(readOnlyHint=True),
              cache={"enabled": True, "ttl_s": 60, "semantic_fields": ["query"], "max_false_reuse": 0.05})
GET_ORDER = Tool(tenant="acme", name="get_order", input_schema={}, annotations=ToolAnnotations(readOnlyHint=True),
                 cache={"enabled": True, "ttl_s": 60})
UPDATE_ORDER = Tool(tenant="acme", name="update_order", input_schema={}, risk="write",
                    cache={"invalidates": [{"tool": "get_order", "match": ["order_id"]}]})
AGENT = Agent(id="a1", name="bot", tenant="acme", trust=Trust.STANDARD, allowlist="main")
Q1 = {"query": "How do I reset my password?", "limit": 5}
Q2 = {"query": "How can I reset my password?", "limit": 5}


def tool(base: Tool, **kw: Any) -> Tool:
    fields = {f: getattr(base, f) for f in base.__struct_fields__}
    return Tool(**(fields | kw))


@pytest.fixture
def cache(embedder: OnnxEmbedder, store: CacheStore, clock: Clock) -> SemanticCache:
    return SemanticCache(embedder, store, clock=clock)


def test_paraphrase_hits_with_source_and_similarity(cache: SemanticCache) -> None:
    assert cache.lookup_call(SEARCH, AGENT, "rev1", Q1) is None
    assert cache.store_call(SEARCH, AGENT, "rev1", Q1, {"answer": 42}, "dec-1")
    hit = cache.lookup_call(SEARCH, AGENT, "rev1", Q2)
    assert hit is not None and hit.value == {"answer": 42} and hit.source_decision_id == "dec-1"
    assert hit.similarity is not None and 0.95 <= hit.similarity < 1.0
    # Exact arguments must be equal; a near-miss query is a miss even if similar.
    assert cache.lookup_call(SEARCH, AGENT, "rev1", {**Q2, "limit": 6}) is None
    assert cache.lookup_call(SEARCH, AGENT, "rev1", {"query": "How do I reset my PIN?", "limit": 5}) is None


def test_threshold_can_only_be_stricter(cache: SemanticCache) -> None:
    cache.store_call(SEARCH, AGENT, "rev1", Q1, "r", "dec-1")
    hit = cache.lookup_call(SEARCH, AGENT, "rev1", Q2)
    assert hit is not None and hit.similarity is not None
    assert cache.lookup_call(SEARCH, AGENT, "rev1", Q2, threshold=hit.similarity + 0.001) is None
    key = cache.partition_for(SEARCH, AGENT, "rev1")
    far = {"query": "reset", "limit": 5}  # cosine ~0.59, and the guard sees no difference
    assert near_miss(Q1["query"], far["query"]) is None
    # A threshold below the floor (MIN_THRESHOLD, 0.60) is raised to it: the floor, not the request, decides.
    assert cache.lookup(key, far, ["query"], threshold=0.5) is None
    assert cache.lookup(key, far, ["query"], threshold=0.55) is None


def test_partitions_never_cross(cache: SemanticCache) -> None:
    other_tenant = tool(SEARCH, tenant="globex")
    other_agent = Agent(id="a2", name="bot", tenant="globex", trust=Trust.STANDARD, allowlist="main")
    cache.store_call(SEARCH, AGENT, "rev1", Q1, "acme's answer", "dec-1")
    assert cache.lookup_call(other_tenant, other_agent, "rev1", Q1) is None
    cache.store_call(other_tenant, other_agent, "rev1", Q1, "globex's answer", "dec-2")
    assert cache.lookup_call(other_tenant, other_agent, "rev1", Q1).value == "globex's answer"  # type: ignore[union-attr]
    assert cache.lookup_call(SEARCH, AGENT, "rev1", Q1).value == "acme's answer"  # type: ignore[union-attr]
    assert cache.lookup_call(SEARCH, AGENT, "rev2", Q1) is None  # another allowlist revision
    assert cache.stats()["partitions"] == 2


def test_trust_level_is_a_partition(cache: SemanticCache) -> None:
    admin = Agent(id="a3", name="admin", tenant="acme", trust=Trust.PRIVILEGED, allowlist="main")
    cache.store_call(SEARCH, admin, "rev1", Q1, "privileged view", "dec-1")
    assert cache.lookup_call(SEARCH, AGENT, "rev1", Q1) is None
    assert cache.lookup_call(SEARCH, admin, "rev1", Q1) is not None


def test_ttl_expires_and_hits_do_not_extend(cache: SemanticCache, clock: Clock) -> None:
    cache.store_call(SEARCH, AGENT, "rev1", Q1, "r", "dec-1")
    clock.advance(59)
    assert cache.lookup_call(SEARCH, AGENT, "rev1", Q1) is not None
    clock.advance(1)
    assert cache.lookup_call(SEARCH, AGENT, "rev1", Q1) is None
    assert cache.purge_expired() == 1 and cache.store is not None and cache.store.count() == 0


def test_ineligible_results_and_tools_are_not_stored(cache: SemanticCache) -> None:
    for flags in ({"schema_failed": True}, {"error": True}, {"blocked": True}):
        assert not cache.store_call(SEARCH, AGENT, "rev1", Q1, "r", "dec", **flags)
    assert not cache.store_call(tool(SEARCH, annotations=ToolAnnotations()), AGENT, "rev1", Q1, "r", "dec")
    assert not cache.store_call(tool(SEARCH, risk="write"), AGENT, "rev1", Q1, "r", "dec")
    assert not cache.store_call(tool(SEARCH, cache={"enabled": False}), AGENT, "rev1", Q1, "r", "dec")
    assert not cache.store_call(SEARCH, AGENT, "rev1", ["not", "a", "dict"], "r", "dec")
    assert len(cache) == 0


def test_invalidation_by_filters(cache: SemanticCache) -> None:
    cache.store_call(SEARCH, AGENT, "rev1", Q1, "r", "dec-1")
    cache.store_call(GET_ORDER, AGENT, "rev1", {"order_id": "o1"}, "o1", "dec-2")
    other = Agent(id="a2", name="bot", tenant="globex", trust=Trust.STANDARD, allowlist="main")
    cache.store_call(tool(SEARCH, tenant="globex"), other, "rev1", Q1, "r", "dec-3")
    assert cache.invalidate(tenant="acme", tool="search_kb") == 1
    assert cache.lookup_call(SEARCH, AGENT, "rev1", Q1) is None
    assert cache.lookup_call(GET_ORDER, AGENT, "rev1", {"order_id": "o1"}) is not None
    assert cache.invalidate(tenant="acme") == 1
    assert cache.invalidate() == 1
    assert len(cache) == 0 and cache.store is not None and cache.store.count() == 0


def test_new_tool_version_is_a_new_partition_and_retires_the_old(cache: SemanticCache) -> None:
    cache.store_call(SEARCH, AGENT, "rev1", Q1, "v1 answer", "dec-1")
    v2 = tool(SEARCH, version=2)
    assert cache.lookup_call(v2, AGENT, "rev1", Q1) is None
    cache.store_call(v2, AGENT, "rev1", Q1, "v2 answer", "dec-2")
    assert cache.lookup_call(SEARCH, AGENT, "rev1", Q1) is None  # the old partition was dropped
    assert cache.lookup_call(v2, AGENT, "rev1", Q1).value == "v2 answer"  # type: ignore[union-attr]
    assert cache.store is not None and cache.store.count() == 1


def test_older_versions_are_retired_after_invalidations_and_a_reload(cache: SemanticCache) -> None:
    """What the cache counts per tool version follows every way entries come and go."""
    for i, q in enumerate(("refund policy", "shipping times", "store hours")):
        cache.store_call(SEARCH, AGENT, "rev1", {"query": q}, i, f"dec-{i}")
    cache.invalidate_matching("acme", Invalidation("search_kb", ("query",)), {"query": "refund policy"})
    assert cache.load_from_store() == 2
    v2, v3 = tool(SEARCH, version=2), tool(SEARCH, version=3)
    cache.store_call(v2, AGENT, "rev1", {"query": "store hours"}, "v2", "dec-v2")
    assert len(cache) == 1 and cache.retire_versions("acme", "search_kb", 2) == 0
    cache.store_call(v3, AGENT, "rev1", {"query": "store hours"}, "v3", "dec-v3")
    assert len(cache) == 1 and cache.lookup_call(v3, AGENT, "rev1", {"query": "store hours"}).value == "v3"  # type: ignore[union-attr]
    cache.invalidate()
    assert len(cache) == 0 and cache.retire_versions("acme", "search_kb", 9) == 0


def test_write_through_invalidates_matching_reads(cache: SemanticCache) -> None:
    for oid in ("o1", "o2"):
        cache.store_call(GET_ORDER, AGENT, "rev1", {"order_id": oid}, {"id": oid}, f"dec-{oid}")
    hit = cache.lookup_call(GET_ORDER, AGENT, "rev1", {"order_id": "o1"})
    assert hit is not None and hit.similarity is None  # no semantic field: exact match
    assert cache.after_call(UPDATE_ORDER, {"order_id": "o1", "status": "shipped"}) == 1
    assert cache.lookup_call(GET_ORDER, AGENT, "rev1", {"order_id": "o1"}) is None
    assert cache.lookup_call(GET_ORDER, AGENT, "rev1", {"order_id": "o2"}) is not None
    # A write without the matched argument cannot be narrowed: all of that tool's entries go.
    assert cache.after_call(UPDATE_ORDER, {"status": "x"}) == 1
    assert cache.after_call(SEARCH, Q1) == 0


def test_lru_bound_evicts_expired_first_then_least_recent(embedder: OnnxEmbedder, store: CacheStore,
                                                          clock: Clock) -> None:
    cache = SemanticCache(embedder, store, clock=clock, max_entries=3)
    key = cache.partition_for(GET_ORDER, AGENT, "rev1")
    cache.store_result(key, {"order_id": "short"}, 0, "d0", ttl_s=5)
    for i in (1, 2):
        cache.store_result(key, {"order_id": i}, i, f"d{i}", ttl_s=60)
    clock.advance(10)
    assert cache.lookup(key, {"order_id": 1}) is not None  # 1 is now more recent than 2
    cache.store_result(key, {"order_id": 3}, 3, "d3", ttl_s=60)  # evicts the expired one
    assert len(cache) == 3 and cache.lookup(key, {"order_id": 2}) is not None
    assert cache.lookup(key, {"order_id": 1}) is not None
    cache.store_result(key, {"order_id": 4}, 4, "d4", ttl_s=60)  # evicts 3, the least recently used
    assert cache.lookup(key, {"order_id": 3}) is None
    assert store.count() == 3


def test_hnsw_partition_with_tombstones(embedder: OnnxEmbedder, store: CacheStore, clock: Clock) -> None:
    cache = SemanticCache(embedder, store, clock=clock, hnsw_above=20)
    topics = [f"opening hours of store number {i} in the city centre" for i in range(30)]
    for i, t in enumerate(topics):
        cache.store_call(SEARCH, AGENT, "rev1", {"query": t, "limit": 5}, i, f"dec-{i}")
    assert cache.stats()["hnsw_partitions"] == 1
    hit = cache.lookup_call(SEARCH, AGENT, "rev1", {"query": topics[7] + "?", "limit": 5})
    assert hit is not None and hit.value == 7
    cache.after_call(tool(UPDATE_ORDER, cache={"invalidates": [{"tool": "search_kb", "match": ["query"]}]}),
                     {"query": topics[7]})
    assert cache.lookup_call(SEARCH, AGENT, "rev1", {"query": topics[7], "limit": 5}) is None
    assert cache.lookup_call(SEARCH, AGENT, "rev1", {"query": topics[8], "limit": 5}).value == 8  # type: ignore[union-attr]


def test_restart_and_second_replica(embedder: OnnxEmbedder, store: CacheStore, clock: Clock) -> None:
    first = SemanticCache(embedder, store, clock=clock)
    first.store_call(SEARCH, AGENT, "rev1", Q1, {"answer": 42}, "dec-1")
    first.store_call(GET_ORDER, AGENT, "rev1", {"order_id": "o1"}, "o1", "dec-2")
    first.flush()
    replica = SemanticCache(embedder, CacheStore(store.engine), clock=clock)
    assert replica.load_from_store() == 2
    hit = replica.lookup_call(SEARCH, AGENT, "rev1", Q2)
    assert hit is not None and hit.value == {"answer": 42} and hit.source_decision_id == "dec-1"
    # An entry invalidated by the first process is never served by the replica (checked in the store).
    first.after_call(UPDATE_ORDER, {"order_id": "o1"})
    assert replica.lookup_call(GET_ORDER, AGENT, "rev1", {"order_id": "o1"}) is None
    assert len(replica) == 1


class _Renamed:
    """The same vectors under another model id: must still never be compared."""

    def __init__(self, inner: OnnxEmbedder) -> None:
        self.inner, self.model_id, self.dim = inner, "other-model", inner.dim

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.inner.embed(texts)


def test_entries_of_another_model_are_never_compared(embedder: OnnxEmbedder, store: CacheStore,
                                                     clock: Clock) -> None:
    a = SemanticCache(embedder, store, clock=clock)
    a.store_call(SEARCH, AGENT, "rev1", Q1, "r", "dec-1")
    b = SemanticCache(_Renamed(embedder), store, clock=clock)
    assert b.load_from_store() == 0
    assert b.lookup_call(SEARCH, AGENT, "rev1", Q1) is None
    assert a.lookup(PartitionKey("acme", "search_kb", 1, "rev1", 1, "other-model"), Q1, ["query"]) is None


def test_in_memory_mode_without_store(embedder: OnnxEmbedder, clock: Clock) -> None:
    cache = SemanticCache(embedder, clock=clock)
    cache.store_call(SEARCH, AGENT, "rev1", Q1, {"answer": 1}, "dec-1")
    assert cache.lookup_call(SEARCH, AGENT, "rev1", Q2).value == {"answer": 1}  # type: ignore[union-attr]
    assert cache.load_from_store() == 0


def test_labelled_set_false_hits_at_most_one_percent(embedder: OnnxEmbedder, clock: Clock) -> None:
    """Every pair through the real cache: store one side, look up the other (both directions)."""
    cache = SemanticCache(embedder, clock=clock)

    def hits(a: str, b: str) -> bool:
        cache.invalidate()
        cache.store_call(SEARCH, AGENT, "rev1", {"query": a}, "r", "dec")
        return cache.lookup_call(SEARCH, AGENT, "rev1", {"query": b}) is not None

    false_hits = [(a, b) for _, a, b in NEAR_MISSES for x, y in ((a, b), (b, a)) if hits(x, y)]
    paraphrase = sum(hits(a, b) for a, b in PARAPHRASES) / len(PARAPHRASES)
    assert len(PARAPHRASES) >= 100 and len(NEAR_MISSES) >= 150
    assert len(false_hits) / (2 * len(NEAR_MISSES)) <= 0.01, false_hits
    assert paraphrase >= 0.60


class _Down:
    model_id, dim = "down", 3

    def embed(self, texts: list[str]) -> np.ndarray:
        from arbiter.cache import EmbeddingError

        raise EmbeddingError("embedding upstream answered 503")


def test_embedder_failure_is_a_miss_and_no_store(clock: Clock) -> None:
    cache = SemanticCache(_Down(), clock=clock)
    assert cache.lookup_call(SEARCH, AGENT, "rev1", Q1) is None
    assert not cache.store_call(SEARCH, AGENT, "rev1", Q1, "r", "dec-1")
    assert cache.store_call(GET_ORDER, AGENT, "rev1", {"order_id": "o1"}, "r", "dec-2")  # no embedding needed


def test_hits_name_their_stage_and_misses_name_the_rejected_candidate(cache: SemanticCache) -> None:
    cache.store_call(SEARCH, AGENT, "rev1", Q1, "r", "dec-1")
    assert cache.lookup_call(SEARCH, AGENT, "rev1", Q1).stage == "exact"  # type: ignore[union-attr]
    assert cache.lookup_call(SEARCH, AGENT, "rev1", Q2).stage == "verified"  # type: ignore[union-attr]
    cache.store_call(SEARCH, AGENT, "rev1", {"query": "standard delivery cost for orders to Ireland", "limit": 5},
                     "r2", "dec-2")
    rejected: list = []
    near = {"query": "standard delivery time for orders to Ireland", "limit": 5}  # cosine ~0.84
    assert cache.lookup_call(SEARCH, AGENT, "rev1", near, rejected=rejected) is None
    assert [(r.decision_id, r.reason) for r in rejected] == [("dec-2", "a word was replaced")]
    assert rejected[0].similarity is not None and rejected[0].similarity > 0.75


@pytest.mark.parametrize(("stored", "asked"), [
    ("x" * 1200 + " refund policy", "x" * 1200 + " return policy"),  # past the embedder's window
    (123, 124),  # not text: compared exactly
    (["refund policy"], ["return policy"]),
    ("", " "),  # empty: compared exactly
    (None, "refund policy"),
])
def test_non_text_long_and_empty_values_are_only_reused_when_equal(cache: SemanticCache, stored: Any,
                                                                      asked: Any) -> None:
    key = cache.partition_for(SEARCH, AGENT, "rev1")
    assert cache.store_result(key, {"query": stored, "limit": 5}, "r", "dec-1", 60, ["query"])
    assert cache.lookup(key, {"query": asked, "limit": 5}, ["query"]) is None
    hit = cache.lookup(key, {"query": stored, "limit": 5}, ["query"])
    assert hit is not None and hit.stage == "exact"


def test_the_default_tolerance_reuses_a_verified_paraphrase_and_names_the_verifier(cache: SemanticCache) -> None:
    strict = tool(SEARCH, cache={"enabled": True, "ttl_s": 60, "semantic_fields": ["query"]})
    assert cache.verifier is not None
    reuse = cache.reuse_for(strict)
    assert reuse == load_calibration().reuse_for(0.005, cache.verifier.model_id)
    assert reuse is not None and reuse.verifier is not None and reuse.threshold < 1.0
    cache.store_call(strict, AGENT, "rev1", Q1, "r", "dec-1")
    hit = cache.lookup_call(strict, AGENT, "rev1", Q2)
    assert hit is not None and hit.stage == "verified" and hit.verifier is not None and hit.verifier >= reuse.verifier
    hit = cache.lookup_call(strict, AGENT, "rev1", dict(Q1))
    assert hit is not None and hit.stage == "exact" and hit.verifier is None  # the same text: no model run


def test_without_the_verifier_the_default_tolerance_reuses_only_identical_texts(
        embedder: OnnxEmbedder, store: CacheStore, clock: Clock) -> None:
    cache = SemanticCache(embedder, store, clock=clock, verifier=None)
    strict = tool(SEARCH, cache={"enabled": True, "ttl_s": 60, "semantic_fields": ["query"]})
    assert cache.threshold_for(strict) == load_calibration().reuse_for(0.005).threshold == 1.0
    cache.store_call(strict, AGENT, "rev1", Q1, "r", "dec-1")
    assert cache.lookup_call(strict, AGENT, "rev1", Q2) is None  # a paraphrase: not at 0.5% by the guard alone
    hit = cache.lookup_call(strict, AGENT, "rev1", dict(Q1))
    assert hit is not None and hit.stage == "exact"


def test_without_the_verifier_unexplained_words_need_a_stricter_similarity(
        embedder: OnnxEmbedder, store: CacheStore, clock: Clock) -> None:
    cache = SemanticCache(embedder, store, clock=clock, verifier=None)
    loose = tool(SEARCH, cache={"enabled": True, "ttl_s": 60, "semantic_fields": ["query"], "threshold": 0.75})
    t = cache.threshold_for(loose)
    assert t is not None and t <= 0.78 < t + STRICT_MARGIN
    cache.store_call(loose, AGENT, "rev1", Q1, "r", "dec-1")
    hit = cache.lookup_call(loose, AGENT, "rev1", Q2)  # "do I" / "can I": nothing unexplained
    assert hit is not None and hit.stage == "verified"
    rejected: list[Rejection] = []
    # "mobile app" is in one text only (cosine ~0.78): found by FAISS, turned down by the tier.
    asked = {**Q1, "query": "How do I reset my password on the mobile app?"}
    assert cache.lookup_call(loose, AGENT, "rev1", asked, rejected=rejected) is None
    assert [r.reason for r in rejected] == [UNEXPLAINED]


def test_a_reused_row_id_never_serves_another_calls_result(embedder: OnnxEmbedder, store: CacheStore,
                                                           clock: Clock) -> None:
    # Replica B still holds entry X in memory when A deletes it and stores Y; SQLite may hand Y
    # X's row id. B must not answer X's call with Y's result (it may be another tenant's).
    a, b = SemanticCache(embedder, store, clock=clock), SemanticCache(embedder, store, clock=clock)
    a.store_call(GET_ORDER, AGENT, "rev1", {"order_id": "A1"}, "A1's order", "dec-1")
    b.load_from_store()
    a.invalidate(tenant="acme")
    other = tool(GET_ORDER, tenant="globex")
    other_agent = Agent(id="a2", name="bot", tenant="globex", trust=Trust.STANDARD, allowlist="main")
    a.store_call(other, other_agent, "rev1", {"order_id": "A1"}, "globex's order", "dec-2")
    assert b.lookup_call(GET_ORDER, AGENT, "rev1", {"order_id": "A1"}) is None


STRICT = tool(SEARCH, cache={"enabled": True, "ttl_s": 60, "semantic_fields": ["query"]})  # the default 0.5%


@pytest.mark.parametrize(("category", "stored", "asked"), [
    ("direction", "flights from Lisbon to Madrid on 3 May", "flights from Madrid to Lisbon on 3 May"),
    ("comparison", "laptops under 900 euros", "laptops over 900 euros"),
    ("negation", "orders that were paid last week", "orders that were not paid last week"),
    ("antonym action", "how to enable two-factor login", "how to disable two-factor login"),
    ("number", "hotel rooms for 2 guests in Porto", "hotel rooms for 4 guests in Porto"),
    ("date", "weather in Porto on 12 June", "weather in Porto on 13 June"),
    ("name", "refund policy of the Berlin store", "refund policy of the Munich store"),
    ("scope", "eligibility for massage therapy coverage", "waiting period for massage therapy coverage"),
    ("roles the guard does not see", "people reporting to Sofia Reyes in Sales",
     "the person Sofia Reyes is reporting to in Sales"),
])
def test_a_near_miss_of_each_category_goes_upstream_at_the_default(cache: SemanticCache, category: str,
                                                                    stored: str, asked: str) -> None:
    cache.store_call(STRICT, AGENT, "rev1", {"query": stored, "limit": 5}, "r", "dec-1")
    rejected: list[Rejection] = []
    assert cache.lookup_call(STRICT, AGENT, "rev1", {"query": asked, "limit": 5}, rejected=rejected) is None
    # Either the cosine stage never proposed it, or a later stage turned it down and says why.
    assert all(r.decision_id == "dec-1" and r.reason for r in rejected)
    # The stored request itself is still served.
    assert cache.lookup_call(STRICT, AGENT, "rev1", {"query": stored, "limit": 5}) is not None


def test_the_verifier_decides_what_the_guard_leaves_to_it(cache: SemanticCache) -> None:
    # A pole word on one side only: the guard alone would refuse; in front of the verifier it is read.
    cache.store_call(STRICT, AGENT, "rev1", {"query": "how cold does it get in Lyon at night in May", "limit": 5},
                     "r", "dec-1")
    hit = cache.lookup_call(STRICT, AGENT, "rev1", {"query": "Lyon night temperatures in May", "limit": 5})
    assert hit is not None and hit.stage == "verified" and hit.verifier is not None
    assert near_miss("how cold does it get in Lyon at night in May", "Lyon night temperatures in May") is not None
    # The guard-unseen near miss of the same shape is the verifier's to turn down.
    rejected: list[Rejection] = []
    cache.store_call(STRICT, AGENT, "rev1", {"query": "people reporting to Sofia Reyes in Sales", "limit": 5},
                     "r2", "dec-2")
    assert cache.lookup_call(STRICT, AGENT, "rev1", {"query": "the person Sofia Reyes is reporting to in Sales",
                                                     "limit": 5}, rejected=rejected) is None
    assert [r.reason.split()[0] for r in rejected if r.decision_id == "dec-2"] == ["verifier"]


def test_another_attribute_of_the_same_thing_is_turned_down_by_the_swapped_words(cache: SemanticCache) -> None:
    # The verifier scores this pair 0.998 and the cosine is 0.81: only the swapped-words rule sees
    # that "visiting times" and "nurse station phone number" are different things to ask.
    stored = "Brightwater Ward visiting times, weekend shift, St Anne hospital"
    asked = "Brightwater Ward nurse station phone number, weekend shift, St Anne hospital"
    cache.store_call(STRICT, AGENT, "rev1", {"query": stored, "limit": 5}, "r", "dec-1")
    rejected: list[Rejection] = []
    assert cache.lookup_call(STRICT, AGENT, "rev1", {"query": asked, "limit": 5}, rejected=rejected) is None
    assert [(r.decision_id, r.reason) for r in rejected] == [
        ("dec-1", "another thing asked (the words that differ are unrelated)")]
    assert rejected[0].similarity is not None and rejected[0].similarity >= 0.70


def test_the_swapped_words_rule_runs_only_with_the_embedder_it_was_measured_on(embedder: OnnxEmbedder) -> None:
    class Renamed:
        model_id, dim = "another-embedder/1", embedder.dim

        def embed(self, texts: list[str]) -> np.ndarray:
            return embedder.embed(texts)

    assert SemanticCache(embedder)._spans is not None
    # Its floor (a cosine) means nothing for another model's vectors.
    assert SemanticCache(Renamed())._spans is None


class _Counting:
    """The shipped embedder, counting the texts it is asked to embed."""

    def __init__(self, inner: OnnxEmbedder) -> None:
        self.inner, self.model_id, self.dim, self.texts = inner, inner.model_id, inner.dim, 0

    def embed(self, texts: list[str]) -> np.ndarray:
        self.texts += len(texts)
        return self.inner.embed(texts)


def test_the_same_call_again_is_served_without_the_embedder(embedder: OnnxEmbedder, store: CacheStore,
                                                             clock: Clock) -> None:
    SemanticCache(embedder, store, clock=clock).store_call(SEARCH, AGENT, "rev1", Q1, {"answer": 42}, "dec-1")
    counting = _Counting(embedder)
    replica = SemanticCache(counting, CacheStore(store.engine), clock=clock)  # no embedding remembered
    assert replica.load_from_store() == 1
    hit = replica.lookup_call(SEARCH, AGENT, "rev1", Q1)
    assert hit is not None and hit.value == {"answer": 42} and hit.stage == "exact" and counting.texts == 0
    # Its similarity is the one the search reports for the same text.
    searched = replica.lookup_call(SEARCH, AGENT, "rev1", {**Q1, "query": Q1["query"] + " "})
    assert searched is not None and searched.stage == "verified" and counting.texts == 1
    assert hit.similarity == searched.similarity
    # Anything else (another exact argument, another wording) is still looked up by meaning.
    assert replica.lookup_call(SEARCH, AGENT, "rev1", {**Q1, "limit": 6}) is None
    assert replica.lookup_call(SEARCH, AGENT, "rev1", Q2) is not None and counting.texts == 2
    # Gone from the store (another process invalidated it): a miss, and forgotten here too.
    store.delete_where(tenant="acme")
    assert replica.lookup_call(SEARCH, AGENT, "rev1", Q1) is None and len(replica) == 0


def test_the_same_call_is_found_among_many_with_the_same_text(embedder: OnnxEmbedder, clock: Clock) -> None:
    """One text stored under many other exact arguments: each call finds its own entry, and the same
    call stored again replaces it."""
    cache = SemanticCache(embedder, clock=clock, candidates=8)
    for limit in range(40):
        cache.store_call(SEARCH, AGENT, "rev1", {**Q1, "limit": limit}, limit, f"dec-{limit}")
    hits = [cache.lookup_call(SEARCH, AGENT, "rev1", {**Q1, "limit": limit}) for limit in range(40)]
    assert [h.value if h else None for h in hits] == list(range(40))
    # Stored again, the same call replaces its entry.
    cache.store_call(SEARCH, AGENT, "rev1", {**Q1, "limit": 3}, "again", "dec-again")
    assert len(cache) == 40
    assert cache.lookup_call(SEARCH, AGENT, "rev1", {**Q1, "limit": 3}).value == "again"  # type: ignore[union-attr]


class _CountingRuns:
    """A verifier's model session, counting its runs."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.runs = inner, 0

    def run(self, *args: Any) -> Any:
        self.runs += 1
        return self.inner.run(*args)


def test_a_guard_rejection_never_runs_the_verifier(cache: SemanticCache) -> None:
    assert cache.verifier is not None
    cache.verifier._memo.cache_clear()  # the control pair below may have been read by another test
    session = cache.verifier._session
    counting = _CountingRuns(session)
    cache.verifier._session = counting  # type: ignore[assignment]
    try:
        cache.store_call(STRICT, AGENT, "rev1", {"query": "laptops under 1000 dollars with 16 GB of memory",
                                                 "limit": 5}, "r", "dec-1")
        rejected: list[Rejection] = []
        asked = {"query": "laptops under 1500 dollars with 16 GB of memory", "limit": 5}
        assert cache.lookup_call(STRICT, AGENT, "rev1", asked, rejected=rejected) is None
        assert [r.decision_id for r in rejected] == ["dec-1"] and not rejected[0].reason.startswith("verifier")
        assert counting.runs == 0
        # The control: a paraphrase the guard lets through is read by the model.
        cache.store_call(STRICT, AGENT, "rev1", {"query": "how cold does it get in Lyon at night in May", "limit": 5},
                         "r2", "dec-2")
        hit = cache.lookup_call(STRICT, AGENT, "rev1", {"query": "Lyon night temperatures in May", "limit": 5})
        assert hit is not None and hit.stage == "verified" and counting.runs == 1
    finally:
        cache.verifier._session = session  # type: ignore[assignment]


def test_a_new_texts_verifier_ids_are_read_while_the_embedder_runs(cache: SemanticCache,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    verifier = cache.verifier
    assert verifier is not None
    prepared: list[str] = []
    real = verifier.prepare
    monkeypatch.setattr(verifier, "prepare", lambda text: (prepared.append(text), real(text)))
    text = "Which regional offices stay open on the first Monday of August, please?"
    cache.store_call(SEARCH, AGENT, "rev1", {"query": text, "limit": 5}, "r", "dec-1")
    deadline = time.monotonic() + 5
    while for_embedding(text) not in prepared and time.monotonic() < deadline:  # the thread is asynchronous
        time.sleep(0.01)
    assert for_embedding(text) in prepared  # the text as the verifier reads it: no politeness
