"""The semantic cache of tool results: the reuse rules, in one place.

A lookup succeeds only when, in this order:

1. the call's :class:`PartitionKey` (tenant, tool, tool version, allowlist revision, trust level,
   embedder model id) has a partition: there is no similarity across partitions;
2. every argument outside the tool's ``semantic_fields`` is equal by canonical JSON (RFC 8785);
3. three stages for a text that is not the stored one: each semantic field's embedding has cosine
   >= the tool's threshold with the stored one (FAISS proposes the candidates); the near-miss
   guard finds no structural difference (numbers, entities, roles, negation, antonyms, a replaced
   word...); and the verifier, a cross-encoder reading both texts, is confident they ask the same
   thing. Both bars are calibrated from the tool's tolerated false-reuse rate
   (:mod:`arbiter.cache.calibration`); a tool may fix the cosine, and a request may only make it
   stricter. Without a verifier, the guard's stricter tier (more cosine for unexplained words)
   stands in;
4. the entry has not expired (TTL is never extended by a hit) and, with a store, still exists there
   (another replica may have invalidated it).

Entries live in the store (when given) and in memory: one :class:`VectorIndex` per partition and
field set, plus per-entry metadata. The total is bounded; eviction drops expired entries first,
then the least recently used.
"""

from __future__ import annotations

import functools
import heapq
import json
import logging
import math
import os
import queue
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from arbiter.cache.calibration import Reuse, load_calibration
from arbiter.cache.config import MIN_THRESHOLD, CacheConfig, Invalidation, cacheable, validate_cache_config
from arbiter.cache.embedder import Embedder, EmbeddingError, default_embedder
from arbiter.cache.guard import SpanSimilarity, features, near_miss
from arbiter.cache.index import EF_SEARCH, HNSW_ABOVE, VectorIndex
from arbiter.cache.keys import PartitionKey, canonical, exact_digest, split_arguments
from arbiter.cache.spotcheck import BAR_FLOOR, SpotChecks, ToolKey, same_result
from arbiter.cache.store import CacheStore
from arbiter.cache.text import content_words, for_embedding
from arbiter.cache.verifier import Verifier, default_verifier
from arbiter.errors import BadRequest
from arbiter.types import Agent, Tool

log = logging.getLogger(__name__)

# Up to this many entries with equal exact arguments are scanned exactly (a 4k x 384 product is
# ~0.2 ms); larger buckets use the partition's FAISS index.
BRUTE_FORCE_MAX = 4096
# Texts whose embeddings are kept in memory (384 floats each: ~6 MB at this size).
EMBEDDING_CACHE = 4096
# A word held by more entries of a partition than this says little about which one a new text
# matches: the pick of the entry to verify ahead (see :meth:`SemanticCache._speculate`) skips it.
SPECULATE_POSTINGS = 256
_LEXICAL = re.compile(r"\w{3,}")


def _idle_core() -> bool:
    """Whether a core is likely free for work done ahead: the 1-minute load average leaves one
    (a cheap system call). On a busy host, running the verifier ahead only competes with the embedder."""
    cores = os.cpu_count() or 1
    try:
        return cores > 1 and os.getloadavg()[0] <= cores - 1
    except OSError:  # no load average on this platform
        return cores > 1


def _lexicon(texts: Iterable[str]) -> frozenset[str]:
    """The words of a call's texts that the ahead-of-time pick compares (cheap: a regex, no model)."""
    return frozenset(w for t in texts for w in _LEXICAL.findall(t.casefold()))


@dataclass(frozen=True, slots=True)
class Hit:
    """A reusable earlier result."""

    value: Any
    similarity: float | None  # the lowest semantic-field cosine; None when all fields were exact
    source_decision_id: str
    entry_id: int
    stage: str = "verified"  # "exact": equal arguments; "verified": similar, and every stage passed
    verifier: float | None = None  # the verifier's lowest field probability, when it ran


@dataclass(frozen=True, slots=True)
class Rejection:
    """A candidate the verifier turned down: whose answer it was and why it does not fit."""

    decision_id: str
    similarity: float | None
    reason: str
    entry_id: int | None = None
    score: float | None = None  # the verifier's probability, when the verifier turned it down


@dataclass(slots=True)
class _Entry:
    key: tuple[PartitionKey, tuple[str, ...]]
    digest: str
    texts: dict[str, str]
    arguments: dict[str, Any]
    decision_id: str
    expires_at: float
    result: Any = None  # kept only without a store


@dataclass(slots=True)
class _Partition:
    index: VectorIndex | None
    buckets: dict[str, set[int]] = field(default_factory=dict)
    # The entries of each (exact digest, semantic texts in field order): the same call asked again
    # is found here without an embedding (usually one id; two when other processes stored it too).
    same_text: dict[tuple[str, tuple[str, ...]], set[int]] = field(default_factory=dict)
    # Each word of the stored texts -> the entries holding it, and each entry's word count: the
    # preparation thread picks the entry a new text most likely matches by these, to run the
    # verifier on that pair while the calling thread embeds the text.
    words: dict[str, set[int]] = field(default_factory=dict)
    lexicon_size: dict[int, int] = field(default_factory=dict)


_Job = tuple[tuple[str, ...], "Verifier | None", "Callable[[], None] | None"]


def _tool_key(tool: Tool) -> ToolKey:
    """What spot checks count by: a tool version of a tenant (a new version starts anew)."""
    return tool.tenant, tool.name, tool.version


def _texts(names: tuple[str, ...], texts: dict[str, str]) -> tuple[str, ...]:
    return tuple(texts[f] for f in names)


class _Prepare:
    """One background thread that reads new texts the way the guard and the verifier will, while
    the calling thread waits in the embedder's model run (which releases the GIL).

    What it computes are the memoised, pure functions of one text (:func:`guard.features`,
    :func:`text.for_embedding`, :func:`text.content_words`, the verifier's token ids): the lookup
    then finds them ready instead of computing them after the search. It never decides anything; a
    text it has not reached yet is read by the lookup itself, as before. One thread per process;
    jobs beyond :attr:`backlog` are dropped.
    """

    backlog = 64

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[_Job] | None = None
        self._lock = threading.Lock()
        os.register_at_fork(after_in_child=self._reset)  # a forked child has no such thread

    def _reset(self) -> None:
        self._jobs, self._lock = None, threading.Lock()

    def submit(self, texts: tuple[str, ...], verifier: Verifier | None = None,
               then: Callable[[], None] | None = None) -> None:
        """Queue the raw texts of one call, and what to run once they are read (never blocks;
        dropped when the thread is behind)."""
        jobs = self._jobs
        if jobs is None:
            with self._lock:
                if self._jobs is None:
                    self._jobs = queue.SimpleQueue()
                    threading.Thread(target=self._run, args=(self._jobs,), name="arbiter-cache-prepare",
                                     daemon=True).start()
                jobs = self._jobs
        if jobs.qsize() < self.backlog:
            jobs.put((texts, verifier, then))

    @staticmethod
    def _run(jobs: queue.SimpleQueue[_Job]) -> None:
        while True:
            texts, verifier, then = jobs.get()
            for text in texts:
                try:
                    features(text)
                    normalised = for_embedding(text)
                    content_words(normalised)
                    if verifier is not None:
                        verifier.prepare(normalised)
                except Exception:  # the lookup reads the text again, and fails there if it must
                    log.debug("cache text preparation failed", exc_info=True)
            if then is not None:
                try:
                    then()
                except Exception:  # only ever work done ahead: the lookup does it again if it must
                    log.debug("cache work ahead failed", exc_info=True)


_prepare = _Prepare()


class SemanticCache:
    """Lookup, store and invalidation of tool results; see the module docstring for the rules."""

    def __init__(self, embedder: Embedder | None = None, store: CacheStore | None = None, *,
                 max_entries: int = 100_000, clock: Callable[[], float] = time.time,
                 hnsw_above: int = HNSW_ABOVE, ef_search: int = EF_SEARCH, candidates: int = 8,
                 touch_batch: int = 256, verifier: Verifier | Literal["default"] | None = "default",
                 speculate: bool = True) -> None:
        self.embedder: Embedder = embedder or default_embedder()
        # The cross-encoder stage; None leaves the guard alone (with its stricter tier).
        self.verifier: Verifier | None = default_verifier() if verifier == "default" else verifier
        self.store = store
        # Verify the likeliest candidate while the new text is embedded, when a core looks idle (the
        # two model runs then overlap). Costs a wasted verifier run when the search then picks
        # another entry, or none.
        self.speculate = speculate
        self.max_entries = max_entries
        self.clock = clock
        self.hnsw_above = hnsw_above
        self.ef_search = ef_search
        self.candidates = candidates
        self.touch_batch = touch_batch
        self._lock = threading.RLock()
        self._parts: dict[tuple[PartitionKey, tuple[str, ...]], _Partition] = {}
        self._entries: dict[int, _Entry] = {}
        # How many entries each (tenant, tool) holds per tool version: a store asks whether older
        # versions are left to retire, and the answer must not cost a scan of every entry.
        self._versions: dict[tuple[str, str], dict[int, int]] = {}
        self._lru: OrderedDict[int, None] = OrderedDict()
        self._expiry: list[tuple[float, int]] = []
        self._touched: dict[int, float] = {}
        self._next_id = 1
        self._embeddings: OrderedDict[str, np.ndarray] = OrderedDict()
        # Every Nth verified hit of a tool goes upstream and is compared (arbiter.cache.spotcheck).
        self.spot_checks = SpotChecks(store)
        # The guard's swapped-words rule compares cosines with a floor set on the shipped embedder,
        # the one the calibration belongs to: with any other embedder it does not run.
        self._spans: SpanSimilarity | None = (
            self._span_similarity if self.embedder.model_id == load_calibration().model_id else None)

    def __len__(self) -> int:
        return len(self._entries)

    # -- the integration surface: tool + agent + allowlist revision -------------------------------

    def partition_for(self, tool: Tool, agent: Agent, allowlist_revision: str | None) -> PartitionKey:
        """The partition of a call (uses this cache's embedder model id)."""
        return PartitionKey.for_call(tool, agent, allowlist_revision, self.embedder.model_id)

    def reuse_for(self, tool: Tool) -> Reuse | None:
        """The bars a similar call of ``tool`` must clear here (``None``: not cacheable)."""
        cfg = cacheable(tool)
        return None if cfg is None else cfg.reuse_for(self.embedder.model_id,
                                                      self.verifier.model_id if self.verifier else None)

    def threshold_for(self, tool: Tool) -> float | None:
        """The cosine a hit of ``tool`` needs with this cache's embedder (``None``: not cacheable)."""
        reuse = self.reuse_for(tool)
        return None if reuse is None else reuse.threshold

    def lookup_call(self, tool: Tool, agent: Agent, allowlist_revision: str | None, arguments: Any,
                    threshold: float | None = None, rejected: list[Rejection] | None = None) -> Hit | None:
        """A hit for this call of a cacheable tool, else ``None``. ``threshold`` may only be stricter;
        candidates the verifier turned down are appended to ``rejected`` when given. The verifier's
        bar is the calibrated one, or the lower one the tool's spot checks and second looks earned."""
        cfg = cacheable(tool)
        reuse = self.reuse_for(tool)
        if cfg is None or reuse is None or not isinstance(arguments, dict):
            return None
        bar = reuse.verifier
        learnt = self.spot_checks.bar(_tool_key(tool)) if cfg.learn_bar and bar else None
        if bar is not None and learnt is not None:
            bar = min(bar, max(learnt, BAR_FLOOR))
        try:
            return self.lookup(self.partition_for(tool, agent, allowlist_revision), arguments, cfg.semantic_fields,
                               max(reuse.threshold, threshold or 0.0), rejected, verifier=bar)
        except EmbeddingError as exc:
            # No embedding, no comparison: a miss is always safe, and the call goes upstream.
            log.warning("cache lookup skipped for %s: %s", tool.name, exc.message)
            return None

    def store_call(self, tool: Tool, agent: Agent, allowlist_revision: str | None, arguments: Any, result: Any,
                   decision_id: str, *, schema_failed: bool = False, error: bool = False,
                   blocked: bool = False) -> bool:
        """Store a result of a cacheable tool if it is eligible; returns whether it was stored."""
        cfg = cacheable(tool)
        if cfg is None or not isinstance(arguments, dict):
            return False
        key = self.partition_for(tool, agent, allowlist_revision)
        self.retire_versions(key.tenant, key.tool, key.tool_version)
        try:
            return self.store_result(key, arguments, result, decision_id, cfg.ttl_s, cfg.semantic_fields,
                                     schema_failed=schema_failed, error=error, blocked=blocked)
        except EmbeddingError as exc:
            log.warning("cache store skipped for %s: %s", tool.name, exc.message)
            return False

    def spot_check_due(self, tool: Tool) -> bool:
        """Count a verified hit of ``tool``; whether this one is to go upstream and be compared instead."""
        cfg = cacheable(tool)
        return cfg is not None and self.spot_checks.due(_tool_key(tool), cfg.spot_check_every)

    def reuse_suspended(self, tool: Tool) -> bool:
        """Whether spot checks (of every process on the store) suspended verified reuse of this version of ``tool``."""
        return self.spot_checks.suspended(_tool_key(tool))

    def _echoes(self, cfg: CacheConfig, asked: Any, entry_id: int, decision_id: str) -> tuple[list[str], list[str]]:
        """The semantic texts of the call just made and of the stored entry, which results may repeat."""
        mine = list(split_arguments(asked, cfg.semantic_fields)[1].values()) if isinstance(asked, dict) else []
        with self._lock:
            entry = self._entries.get(entry_id)
            theirs = list(entry.texts.values()) if entry is not None and entry.decision_id == decision_id else []
        return mine, theirs

    def record_spot_check(self, tool: Tool, hit: Hit, fresh: Any, asked: Any = None) -> bool:
        """Compare the upstream's ``fresh`` result for the ``asked`` arguments with the ``hit`` a spot
        check held back; a different answer drops the entry everywhere. Returns whether they agreed."""
        cfg = cacheable(tool)
        if cfg is None:
            return True
        agree = same_result(fresh, hit.value, cfg.spot_check_ignore,
                            self._echoes(cfg, asked, hit.entry_id, hit.source_decision_id))
        if not agree:
            with self._lock:  # the id alone may name a newer entry (SQLite reuses a deleted last row's id)
                entry = self._entries.get(hit.entry_id)
                if entry is not None and entry.decision_id == hit.source_decision_id:
                    self._forget([hit.entry_id])
            if self.store is not None:
                self.store.delete_entry(hit.entry_id, hit.source_decision_id)
        key = _tool_key(tool)
        tally = self.spot_checks.record(key, agree, cfg.max_false_reuse)
        calibrated = self._calibrated_bar(tool)
        if hit.verifier is not None and calibrated is not None and hit.verifier < calibrated:
            # A hit a learnt bar served: its outcome counts where it was earned.
            self.spot_checks.observe(key, hit.verifier, agree, calibrated, cfg.max_false_reuse)
        if not agree:
            log.warning("spot check of %s/%s v%d: the reused result would have differed from the upstream's "
                        "(%d of %d checks)%s", tool.tenant, tool.name, tool.version, tally.disagreements,
                        tally.checks, "; verified reuse suspended" if tally.suspended else "")
        return agree

    def _calibrated_bar(self, tool: Tool) -> float | None:
        reuse = self.reuse_for(tool)
        return reuse.verifier if reuse is not None and self.verifier is not None else None

    def second_look(self, tool: Tool, rejection: Rejection) -> bool:
        """Whether a verifier's rejection is worth comparing once the upstream answers: just under the
        calibrated bar (at or above the lowest a learnt bar may reach), with the candidate known."""
        calibrated = self._calibrated_bar(tool)
        return (calibrated is not None and rejection.score is not None and rejection.entry_id is not None
                and BAR_FLOOR <= rejection.score < calibrated)

    def record_second_look(self, tool: Tool, rejection: Rejection, fresh: Any, asked: Any = None) -> bool | None:
        """Compare the upstream's ``fresh`` result for the ``asked`` arguments with the result of the
        candidate the verifier turned down, and count it (``None``: the candidate is gone or not
        comparable). Changes no entry."""
        cfg = cacheable(tool)
        calibrated = self._calibrated_bar(tool)
        if cfg is None or calibrated is None or rejection.entry_id is None or rejection.score is None:
            return None
        with self._lock:
            entry = self._entries.get(rejection.entry_id)
            if entry is None or entry.decision_id != rejection.decision_id:
                return None
            stored = entry.result
        if self.store is not None:
            found = self.store.get_result(rejection.entry_id, self.clock(), rejection.decision_id)
            if found is None:
                return None
            stored = found.value
        agree = same_result(fresh, stored, cfg.spot_check_ignore,
                            self._echoes(cfg, asked, rejection.entry_id, rejection.decision_id))
        self.spot_checks.observe(_tool_key(tool), rejection.score, agree, calibrated, cfg.max_false_reuse)
        return agree

    def after_call(self, tool: Tool, arguments: Any) -> int:
        """Write-through: drop the read entries a (write) tool's call invalidates; returns how many."""
        try:
            cfg: CacheConfig = validate_cache_config(tool.cache, tool.annotations, tool.risk)
        except BadRequest:
            return 0
        if not cfg.invalidates or not isinstance(arguments, dict):
            return 0
        return sum(self.invalidate_matching(tool.tenant, rule, arguments) for rule in cfg.invalidates)

    # -- the rules -----------------------------------------------------------------------------------

    def _embed(self, text: str) -> np.ndarray:
        # Embedding is most of a hit's cost and deterministic per model: repeated texts reuse it.
        with self._lock:
            vec = self._embeddings.get(text)
            if vec is not None:
                self._embeddings.move_to_end(text)
                return vec
        vec = self.embedder.embed([text])[0]
        with self._lock:
            self._embeddings[text] = vec
            if len(self._embeddings) > EMBEDDING_CACHE:
                self._embeddings.popitem(last=False)
        return vec

    def _span_similarity(self, x: str, y: str) -> float:
        try:
            return float(self._embed(x) @ self._embed(y))
        except EmbeddingError:
            return 0.0  # fail closed: an unknown similarity is no reason to reuse

    def _vector(self, semantic: dict[str, str], then: Callable[[], None] | None = None) -> np.ndarray:
        """The query vector of ``semantic``; ``then`` is work for the preparation thread once it
        has read the texts, queued only when a model run is coming (a text not embedded yet)."""
        names = sorted(semantic)
        texts = [for_embedding(semantic[f]) for f in names]
        with self._lock:
            new = any(t not in self._embeddings for t in texts)
        if new:
            # A model run is coming: meanwhile, read the raw texts as the guard and verifier will.
            _prepare.submit(tuple(semantic[f] for f in names), self.verifier, then)
        vecs = np.stack([self._embed(t) for t in texts])
        # Concatenated and scaled so the inner product is the mean field cosine (<= 1).
        return (vecs.reshape(-1) / math.sqrt(len(semantic))).astype(np.float32)

    def lookup(self, partition: PartitionKey, arguments: dict[str, Any], semantic_fields: Iterable[str] = (),
               threshold: float = MIN_THRESHOLD, rejected: list[Rejection] | None = None, *,
               verifier: float | None = None) -> Hit | None:
        """The best entry reusable for ``arguments`` in ``partition``, else ``None``.

        ``verifier`` is the probability the cross-encoder must give a text that is not the stored
        one; ``None`` (or a cache without a verifier) applies the guard's stricter tier instead.
        """
        if self.verifier is None:
            verifier = None
        threshold = max(threshold, MIN_THRESHOLD)  # a request may be stricter, never looser
        if partition.model_id != self.embedder.model_id:
            return None  # vectors of another model are never compared
        exact, semantic = split_arguments(arguments, tuple(semantic_fields))
        names = tuple(sorted(semantic))
        digest = exact_digest(exact, names)
        with self._lock:
            part = self._parts.get((partition, names))
            bucket = part.buckets.get(digest) if part else None
            if not part or not bucket:
                return None
            # Copying a 100k-id bucket costs milliseconds: only small buckets are copied.
            whole = len(part.buckets) == 1
            small = None if whole or len(bucket) > BRUTE_FORCE_MAX else list(bucket)
            plain = list(bucket) if not names else []
            same = sorted(part.same_text.get((digest, _texts(names, semantic)), ()), reverse=True) if names else []
        # Float error puts a text's cosine with itself a hair under 1.0: threshold 1.0 ("only the
        # same text") searches at 1 - 1e-4, so texts equal after normalisation still meet.
        floor = min(threshold, 1.0 - 1e-4)
        now = self.clock()
        if same:
            # The same texts as a stored entry: its own vector is the query's (one embedder, one
            # text), the guard has nothing to compare and the verifier nothing to read, so neither
            # the embedder nor the index is asked. Otherwise (expired, gone) the search below runs.
            try:
                assert part.index is not None
                vectors = part.index.vectors(same)
            except RuntimeError:  # removed by a concurrent invalidation: the search decides
                vectors = None
            if vectors is not None:
                worst = _worst(vectors, vectors, len(names))
                identical: list[tuple[int, float | None]] = [
                    (i, float(w)) for i, w in zip(same, worst, strict=True) if w >= floor]
                hit = self._first(partition, names, semantic, identical, now, threshold, verifier, rejected)
                if hit is not None:
                    return hit
        candidates: list[tuple[int, float | None]]
        if not names:
            candidates = [(i, None) for i in plain]
        else:
            ahead = (functools.partial(self._speculate, part, digest, names, semantic)
                     if verifier is not None and self.speculate and _idle_core() else None)
            candidates = self._similar(part, bucket, small, self._vector(semantic, ahead), len(names), floor)
        return self._first(partition, names, semantic, candidates, now, threshold, verifier, rejected)

    def _first(self, partition: PartitionKey, names: tuple[str, ...], semantic: dict[str, str],
               candidates: list[tuple[int, float | None]], now: float, threshold: float, verifier: float | None,
               rejected: list[Rejection] | None) -> Hit | None:
        """The first of ``candidates`` (best first) that is live, passes every stage and is still stored."""
        for entry_id, similarity in candidates:
            with self._lock:
                entry = self._entries.get(entry_id)
                # The key check is redundant with one index per partition, and kept on purpose.
                if entry is None or entry.key != (partition, names) or entry.expires_at <= now:
                    continue
                value, texts = entry.result, dict(entry.texts)
            # Pure functions of the two texts: run outside the lock, so lookups do not queue behind
            # one another's model run.
            identical = all(texts[f] == semantic[f] for f in names)
            reason, score = self._verify(texts, semantic, names, similarity, threshold, verifier)
            if reason is not None:
                if rejected is not None:
                    rejected.append(Rejection(entry.decision_id, similarity, reason, entry_id, score))
                continue
            if self.store is not None:
                found = self.store.get_result(entry_id, now, entry.decision_id)
                if found is None:  # invalidated elsewhere or expired: forget it here too
                    self._forget([entry_id])
                    continue
                value = found.value
            self._touch(entry_id, now)
            return Hit(value=value, similarity=similarity, source_decision_id=entry.decision_id, entry_id=entry_id,
                       stage="exact" if identical else "verified", verifier=score)
        return None

    def _verify(self, stored: dict[str, str], asked: dict[str, str], names: tuple[str, ...],
                similarity: float | None, threshold: float, bar: float | None) -> tuple[str | None, float | None]:
        """Why a candidate may not be reused (``None``: it may), and the verifier's lowest probability."""
        if self.verifier is None or bar is None:
            return next((r for f in names if (r := near_miss(stored[f], asked[f], similarity, threshold,
                                                               spans=self._spans))), None), None
        # The guard's structural reasons hold at any similarity; the verifier replaces its stricter tier.
        reason = next((r for f in names if (r := near_miss(stored[f], asked[f], verified=True, spans=self._spans))),
                      None)
        if reason is not None:
            return reason, None
        # The verifier was trained on the texts as they are embedded (no preamble or politeness).
        differ = [(a, b) for f in names if (a := for_embedding(stored[f])) != (b := for_embedding(asked[f]))]
        if not differ:
            return None, None
        score = min(self.verifier.score(a, b) for a, b in differ)
        if score < bar:
            return f"verifier {score:.2f} < {bar:.2f}", score
        return None, score

    def _speculate(self, part: _Partition, digest: str, names: tuple[str, ...], semantic: dict[str, str]) -> None:
        """Run the verifier, ahead of the search, on the stored entry sharing the most words with the
        new texts (Jaccard over :func:`_lexicon`), if the guard would let that pair reach it.

        Work done ahead, never a decision: the lookup still searches, guards and asks the verifier,
        whose memo then holds the score (or a run in progress that it waits for). When the search
        finds another entry, or none, this run was wasted work on the other core.
        """
        asked = _lexicon(semantic.values())
        with self._lock:
            bucket = part.buckets.get(digest)
            if not asked or not bucket:
                return
            shared: dict[int, int] = {}
            for word in asked:
                ids = part.words.get(word)
                if ids is not None and len(ids) <= SPECULATE_POSTINGS:
                    for i in ids:
                        if i in bucket:
                            shared[i] = shared.get(i, 0) + 1
            if not shared:
                return
            best = max(shared, key=lambda i: shared[i] / (len(asked) + part.lexicon_size[i] - shared[i]))
            entry = self._entries.get(best)
            if entry is None:
                return
            stored = dict(entry.texts)
        if self.verifier is None or any(near_miss(stored[f], semantic[f], verified=True) for f in names):
            return
        for f in names:
            if (a := for_embedding(stored[f])) != (b := for_embedding(semantic[f])):
                self.verifier.speculate(a, b)

    def _similar(self, part: _Partition, bucket: set[int], small: list[int] | None, query: np.ndarray, n: int,
                 threshold: float) -> list[tuple[int, float | None]]:
        """Candidates whose every field cosine is >= threshold, best first.

        A small bucket inside a larger partition is scanned exactly (its ids are ``small``); otherwise
        the partition's index is searched and its answers filtered to the bucket.
        """
        assert part.index is not None
        if small is not None:
            ids = small
        else:
            ids = [i for i, score in part.index.search(query, self.candidates) if score >= threshold and i in bucket]
        if not ids:
            return []
        try:
            vectors = part.index.vectors(ids)
        except RuntimeError:  # an id removed by a concurrent invalidation: a miss is safe
            return []
        worst = _worst(vectors, query, n)
        order = np.argsort(-worst)
        return [(ids[j], float(worst[j])) for j in order if worst[j] >= threshold]

    def store_result(self, partition: PartitionKey, arguments: dict[str, Any], result: Any, decision_id: str,
                     ttl_s: float, semantic_fields: Iterable[str] = (), *, schema_failed: bool = False,
                     error: bool = False, blocked: bool = False) -> bool:
        """Store a (scrubbed) result; refuses failed-schema, error and blocked results, and ttl <= 0."""
        if schema_failed or error or blocked or ttl_s <= 0 or partition.model_id != self.embedder.model_id:
            return False
        exact, semantic = split_arguments(arguments, tuple(semantic_fields))
        names = tuple(sorted(semantic))
        digest = exact_digest(exact, names)
        vector = self._vector(semantic) if names else None
        now = self.clock()
        key = (partition, names)
        with self._lock:
            part = self._parts.get(key)
            # The same call stored again replaces its older entry instead of piling up.
            same = list(part.same_text.get((digest, _texts(names, semantic)), ())) if part else []
        entry = _Entry(key=key, digest=digest, texts=semantic, arguments=arguments, decision_id=decision_id,
                       expires_at=now + ttl_s, result=None if self.store else result)
        if self.store is not None:
            entry_id = self.store.insert(self._row(partition, names, digest, entry, vector, result, now), same)
        else:
            entry_id, self._next_id = self._next_id, self._next_id + 1
        with self._lock:
            self._forget(same, from_store=False)
            self._add(entry_id, entry, vector)
        self._evict()
        return True

    def _row(self, p: PartitionKey, names: tuple[str, ...], digest: str, entry: _Entry,
             vector: np.ndarray | None, result: Any, now: float) -> dict[str, Any]:
        return {
            "partition": p.digest, "tenant": p.tenant, "tool": p.tool, "tool_version": p.tool_version,
            "allowlist_revision": p.allowlist_revision, "trust": p.trust, "model_id": p.model_id,
            "semantic_fields": json.dumps(list(names)), "exact_digest": digest,
            "arguments": canonical(entry.arguments).decode(), "semantic_text": json.dumps(entry.texts),
            "embedding": vector.tobytes() if vector is not None else None, "result": json.dumps(result),
            "decision_id": entry.decision_id, "created_at": now, "expires_at": entry.expires_at,
            "last_used_at": now,
        }

    def _add(self, entry_id: int, entry: _Entry, vector: np.ndarray | None) -> None:
        part = self._parts.get(entry.key)
        if part is None:
            index = None
            if vector is not None:
                index = VectorIndex(vector.size, hnsw_above=self.hnsw_above, ef_search=self.ef_search)
            part = self._parts[entry.key] = _Partition(index=index)
        if part.index is not None and vector is not None:
            part.index.add(np.array([entry_id]), vector.reshape(1, -1))
        part.buckets.setdefault(entry.digest, set()).add(entry_id)
        part.same_text.setdefault((entry.digest, _texts(entry.key[1], entry.texts)), set()).add(entry_id)
        if entry.key[1]:
            words = _lexicon(entry.texts.values())
            for word in words:
                part.words.setdefault(word, set()).add(entry_id)
            part.lexicon_size[entry_id] = len(words)
        self._entries[entry_id] = entry
        versions = self._versions.setdefault((entry.key[0].tenant, entry.key[0].tool), {})
        versions[entry.key[0].tool_version] = versions.get(entry.key[0].tool_version, 0) + 1
        self._lru[entry_id] = None
        heapq.heappush(self._expiry, (entry.expires_at, entry_id))

    def _touch(self, entry_id: int, now: float) -> None:
        with self._lock:
            if entry_id in self._lru:
                self._lru.move_to_end(entry_id)
            self._touched[entry_id] = now
            flush = len(self._touched) >= self.touch_batch
        if flush:
            self.flush()

    def flush(self) -> None:
        """Persist batched last-use times (also called every ``touch_batch`` hits)."""
        with self._lock:
            touched, self._touched = self._touched, {}
        if self.store is not None:
            self.store.touch(touched)

    def _forget(self, ids: Iterable[int], *, from_store: bool = False) -> None:
        ids = list(ids)
        with self._lock:
            by_part: dict[tuple[PartitionKey, tuple[str, ...]], list[int]] = {}
            for entry_id in ids:
                entry = self._entries.pop(entry_id, None)
                if entry is None:
                    continue
                tool = (entry.key[0].tenant, entry.key[0].tool)
                versions = self._versions[tool]
                versions[entry.key[0].tool_version] -= 1
                if not versions[entry.key[0].tool_version]:
                    del versions[entry.key[0].tool_version]
                    if not versions:
                        del self._versions[tool]
                self._lru.pop(entry_id, None)
                self._touched.pop(entry_id, None)
                part = self._parts[entry.key]
                bucket = part.buckets.get(entry.digest)
                if bucket is not None:
                    bucket.discard(entry_id)
                    if not bucket:
                        del part.buckets[entry.digest]
                texts = (entry.digest, _texts(entry.key[1], entry.texts))
                same = part.same_text.get(texts)
                if same is not None:
                    same.discard(entry_id)
                    if not same:
                        del part.same_text[texts]
                if part.lexicon_size.pop(entry_id, None) is not None:
                    for word in _lexicon(entry.texts.values()):
                        holders = part.words.get(word)
                        if holders is not None:
                            holders.discard(entry_id)
                            if not holders:
                                del part.words[word]
                by_part.setdefault(entry.key, []).append(entry_id)
            for key, part_ids in by_part.items():
                part = self._parts[key]
                if part.index is not None:
                    part.index.remove(part_ids)
                if not part.buckets:
                    del self._parts[key]  # old partitions (e.g. a previous tool version) disappear
        if from_store and self.store is not None:
            self.store.delete(ids)

    def _evict(self) -> list[int]:
        """Expired entries first, then least recently used, down to ``max_entries``."""
        now = self.clock()
        doomed: list[int] = []
        with self._lock:
            while self._expiry and self._expiry[0][0] <= now:
                _, entry_id = heapq.heappop(self._expiry)
                entry = self._entries.get(entry_id)
                if entry is not None and entry.expires_at <= now:
                    doomed.append(entry_id)
            excess = len(self._entries) - len(set(doomed)) - self.max_entries
            lru = iter(self._lru)
            while excess > 0:
                entry_id = next(lru)
                if entry_id not in doomed:
                    doomed.append(entry_id)
                    excess -= 1
            if len(self._expiry) > 2 * len(self._entries) + 1024:  # drop stale heap items of removed entries
                self._expiry = [(t, i) for t, i in self._expiry if i in self._entries]
                heapq.heapify(self._expiry)
        if doomed:
            self._forget(doomed, from_store=True)
        return doomed

    def purge_expired(self) -> int:
        """Drop expired entries here and in the store (other replicas' too); returns how many."""
        dropped = set(self._evict())
        if self.store is not None:
            dropped.update(self.store.delete_where(expired_at=self.clock()))
        return len(dropped)

    # -- invalidation -------------------------------------------------------------------------------------

    def invalidate(self, *, tenant: str | None = None, tool: str | None = None) -> int:
        """Drop entries by filters (both ``None`` drops everything); returns how many were dropped."""
        with self._lock:
            ids = [i for i, e in self._entries.items()
                   if (tenant is None or e.key[0].tenant == tenant) and (tool is None or e.key[0].tool == tool)]
        stored = self.store.delete_where(tenant=tenant, tool=tool) if self.store is not None else []
        self._forget(ids)
        return len(set(ids) | set(stored))

    def retire_versions(self, tenant: str, tool: str, current_version: int) -> int:
        """Drop entries of older versions of a tool (its newer version starts a new partition)."""
        with self._lock:
            if min(self._versions.get((tenant, tool), {current_version: 0})) >= current_version:
                return 0  # the usual case, every store: nothing older is held
            ids = [i for i, e in self._entries.items() if e.key[0].tenant == tenant and e.key[0].tool == tool
                   and e.key[0].tool_version < current_version]
        if not ids:
            return 0
        if self.store is not None:
            self.store.delete_where(tenant=tenant, tool=tool, below_version=current_version)
        self._forget(ids)
        return len(ids)

    def invalidate_matching(self, tenant: str, rule: Invalidation, arguments: dict[str, Any]) -> int:
        """Drop ``rule.tool`` entries whose ``rule.match`` arguments equal those of ``arguments``."""
        if any(m not in arguments for m in rule.match):
            # Without the values we cannot tell which entries are stale: drop the tool's entries.
            return self.invalidate(tenant=tenant, tool=rule.tool)
        want = {m: canonical(arguments[m]) for m in rule.match}
        with self._lock:
            ids = [i for i, e in self._entries.items() if e.key[0].tenant == tenant and e.key[0].tool == rule.tool
                   and all(m in e.arguments and canonical(e.arguments[m]) == v for m, v in want.items())]
        self._forget(ids, from_store=True)
        return len(ids)

    # -- persistence ------------------------------------------------------------------------------------

    def load_from_store(self) -> int:
        """Rebuild every in-memory index from the store (at start, or to catch up with other replicas)."""
        if self.store is None:
            return 0
        now = self.clock()
        with self._lock:
            self._parts.clear()
            self._entries.clear()
            self._versions.clear()
            self._lru.clear()
            self._expiry.clear()
            self._touched.clear()
            pending: dict[tuple[PartitionKey, tuple[str, ...]], tuple[list[int], list[np.ndarray]]] = {}
            for row in self.store.live(now):
                if row.model_id != self.embedder.model_id:
                    continue  # another model's vectors: never compared, left for that model's replicas
                entry, vector = self._entry_of_row(row)
                self._add(row.id, entry, None)  # vectors are added per partition in bulk below
                if vector is not None:
                    ids, vecs = pending.setdefault(entry.key, ([], []))
                    ids.append(row.id)
                    vecs.append(vector)
            for key, (ids, vecs) in pending.items():
                part = self._parts[key]
                part.index = VectorIndex(vecs[0].size, hnsw_above=self.hnsw_above, ef_search=self.ef_search)
                part.index.add(np.array(ids), np.stack(vecs))
        self._evict()
        return len(self._entries)

    # Keeping up with other processes on the same store (arbiter.cache.sync calls these). Memory
    # only: the store already holds the change, made by the other process.

    def add_from_store(self, ids: Iterable[int]) -> int:
        """Add the entries ``ids`` (stored by another process) from the store; returns how many.

        Ids already held for the same decision are skipped; an id held for a different entry (SQLite
        reuses the id of a deleted last row) is replaced. Expired or deleted ids are ignored.
        """
        if self.store is None:
            return 0
        ids = list(ids)
        if not ids:
            return 0
        rows = self.store.rows(ids, self.clock())
        added = 0
        with self._lock:
            pending: dict[tuple[PartitionKey, tuple[str, ...]], tuple[list[int], list[np.ndarray]]] = {}
            for row in rows:
                if row.model_id != self.embedder.model_id:
                    continue
                held = self._entries.get(row.id)
                if held is not None:
                    if held.decision_id == row.decision_id:
                        continue
                    self._forget([row.id])
                entry, vector = self._entry_of_row(row)
                self._add(row.id, entry, None)  # vectors are added per partition in bulk below
                added += 1
                if vector is not None:
                    part_ids, vecs = pending.setdefault(entry.key, ([], []))
                    part_ids.append(row.id)
                    vecs.append(vector)
            for key, (part_ids, vecs) in pending.items():
                part = self._parts[key]
                if part.index is None:
                    part.index = VectorIndex(vecs[0].size, hnsw_above=self.hnsw_above, ef_search=self.ef_search)
                part.index.add(np.array(part_ids), np.stack(vecs))
        if added:
            self._evict()
        return added

    def forget_local(self, ids: Iterable[int]) -> int:
        """Drop entries from memory only (another process deleted them from the store); returns how many."""
        with self._lock:
            held = [i for i in ids if i in self._entries]
        self._forget(held)
        return len(held)

    def forget_where(self, *, tenant: str | None = None, tool: str | None = None, below_version: int | None = None,
                     expired_at: float | None = None) -> int:
        """Drop from memory only the entries matching a :meth:`CacheStore.delete_where` of another process."""
        with self._lock:
            ids = [i for i, e in self._entries.items()
                   if (tenant is None or e.key[0].tenant == tenant) and (tool is None or e.key[0].tool == tool)
                   and (below_version is None or e.key[0].tool_version < below_version)
                   and (expired_at is None or e.expires_at <= expired_at)]
        self._forget(ids)
        return len(ids)

    def sync_from_store(self) -> tuple[int, int]:
        """Reconcile memory with the store after changes may have been missed; returns (added, forgotten).

        Cheaper than :meth:`load_from_store` and never blocks lookups for long: it reads ids and
        decision ids, forgets what the store no longer holds (or holds for another decision), and
        reads only the rows memory lacks. Entries stored here while it runs are left alone.
        """
        if self.store is None:
            return 0, 0
        with self._lock:
            before = {i: e.decision_id for i, e in self._entries.items()}
        live = self.store.live_ids(self.clock(), self.embedder.model_id)
        with self._lock:
            gone = [i for i, d in before.items() if live.get(i) != d
                    and (e := self._entries.get(i)) is not None and e.decision_id == d]
        self._forget(gone)
        with self._lock:
            missing = [i for i in live if i not in self._entries]
        return self.add_from_store(missing), len(gone)

    def _entry_of_row(self, row: Any) -> tuple[_Entry, np.ndarray | None]:
        """An in-memory entry and its vector from a store row (:meth:`CacheStore.live` columns)."""
        key = (PartitionKey(tenant=row.tenant, tool=row.tool, tool_version=row.tool_version,
                            allowlist_revision=row.allowlist_revision, trust=row.trust, model_id=row.model_id),
               tuple(json.loads(row.semantic_fields)))
        entry = _Entry(key=key, digest=row.exact_digest, texts=json.loads(row.semantic_text),
                       arguments=json.loads(row.arguments), decision_id=row.decision_id, expires_at=row.expires_at)
        vector = np.frombuffer(row.embedding, dtype=np.float32) if row.embedding is not None else None
        return entry, vector

    def stats(self) -> dict[str, Any]:
        """Counts for metrics and tests."""
        with self._lock:
            return {"entries": len(self._entries), "partitions": len(self._parts),
                    "hnsw_partitions": sum(1 for p in self._parts.values() if p.index and p.index.kind == "hnsw")}


def _worst(vectors: np.ndarray, query: np.ndarray, n: int) -> np.ndarray:
    """Each row's lowest field cosine with ``query`` (rows and query hold field_vector / sqrt(n) blocks);
    ``query`` may be one vector or as many as ``vectors``."""
    per_field = (vectors.reshape(len(vectors), n, -1) * query.reshape(-1, n, vectors.shape[1] // n)).sum(axis=2) * n
    return per_field.min(axis=1)
