"""One FAISS index per cache partition: exact (flat) while small, HNSW above a measured size.

- Below ``hnsw_above`` live vectors: ``IndexIDMap2(IndexFlatIP)``, exact, with real removal.
- Above it the partition is rebuilt once as ``IndexIDMap2(IndexHNSWFlat)``. HNSW cannot remove
  vectors, so deletions become tombstones excluded at search time by an ``IDSelectorNot``; when
  tombstones exceed ``rebuild_fraction`` of the stored vectors the index is rebuilt without them
  (and falls back to flat if it shrank below the threshold).

The default threshold comes from bench/bench_cache.py on this 2-core machine (see docs/cache.md):
a flat scan of 384-d vectors costs ~0.12 ms per 1k vectors, so at 8k it reaches about 1 ms while
HNSW stays near 0.2-0.5 ms; below that, exact search is both faster to build and exact.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import faiss
import numpy as np

# faiss' bundled type hints miss some SWIG classes (SearchParametersHNSW).
_faiss: Any = faiss

# One search is a single query: OpenMP workers only add wake-up latency on a shared 2-core host
# (flat p99 was ~18 ms at 1k vectors with the default thread pool under load, sub-ms with one).
# OpenMP keeps the setting per calling thread, and lookups run in worker threads (the pipeline's
# thread pool), so every thread sets it before its first FAISS call (see _one_thread).
_omp = threading.local()


def _one_thread() -> None:
    if not getattr(_omp, "single", False):
        faiss.omp_set_num_threads(1)
        _omp.single = True


_one_thread()

HNSW_ABOVE = 8192
HNSW_M = 32
EF_CONSTRUCTION = 40
# efSearch at 100k random 384-d vectors (bench): 32 -> 0.35 ms, recall of a near-duplicate 85%;
# 64 -> 0.65 ms, 95%; 128 -> 1.15 ms, 99%. A lost neighbour is a miss, never a wrong hit.
EF_SEARCH = 64


@contextmanager
def _build_threads(n: int) -> Iterator[None]:
    """Let FAISS use every core for a bulk HNSW build (100k vectors: minutes on one core)."""
    _one_thread()
    if n < 1000:
        yield
        return
    faiss.omp_set_num_threads(os.cpu_count() or 1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(1)


class VectorIndex:
    """Inner-product search over L2-normalised float32 vectors with int64 ids (thread-safe)."""

    def __init__(self, dim: int, *, hnsw_above: int = HNSW_ABOVE, rebuild_fraction: float = 0.2,
                 ef_search: int = EF_SEARCH) -> None:
        self.dim = dim
        self.hnsw_above = hnsw_above
        self.rebuild_fraction = rebuild_fraction
        self.ef_search = ef_search
        self._lock = threading.RLock()
        self._index: Any = self._flat()
        self._hnsw = False
        self._tombstones: set[int] = set()
        self.rebuilds = 0
        self._ids_cache: tuple[int, set[int]] | None = None

    @property
    def kind(self) -> str:
        """``"flat"`` or ``"hnsw"``."""
        return "hnsw" if self._hnsw else "flat"

    @property
    def tombstones(self) -> int:
        """Deleted ids still stored in an HNSW graph."""
        return len(self._tombstones)

    def __len__(self) -> int:
        return int(self._index.ntotal) - len(self._tombstones)

    def _flat(self) -> Any:
        return faiss.IndexIDMap2(faiss.IndexFlatIP(self.dim))

    def _new_hnsw(self) -> Any:
        hnsw = faiss.IndexHNSWFlat(self.dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = EF_CONSTRUCTION
        hnsw.hnsw.efSearch = self.ef_search
        return faiss.IndexIDMap2(hnsw)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Add vectors under ``ids`` (ids must not be live already)."""
        ids = np.ascontiguousarray(ids, dtype=np.int64)
        vectors = np.ascontiguousarray(vectors, dtype=np.float32).reshape(len(ids), self.dim)
        with self._lock:
            # A re-added id that was tombstoned must first leave the graph for real.
            if self._tombstones.intersection(ids.tolist()):
                self._rebuild(force_kind=None)
            if not self._hnsw and self._index.ntotal == 0 and len(ids) > self.hnsw_above:
                self._index, self._hnsw = self._new_hnsw(), True  # bulk load: build the graph directly
            with _build_threads(len(ids) if self._hnsw else 0):
                self._index.add_with_ids(vectors, ids)
            if not self._hnsw and self._index.ntotal > self.hnsw_above:
                self._rebuild(force_kind="hnsw")

    def remove(self, ids: list[int] | np.ndarray) -> None:
        """Remove ids (unknown ids are ignored)."""
        ids = np.asarray(ids, dtype=np.int64)
        if not len(ids):
            return
        _one_thread()
        with self._lock:
            if not self._hnsw:
                self._index.remove_ids(faiss.IDSelectorBatch(ids))
                return
            known = [i for i in ids.tolist() if i in self._index_ids()]
            self._tombstones.update(known)
            if len(self._tombstones) > self.rebuild_fraction * max(1, self._index.ntotal):
                self._rebuild(force_kind=None)

    def _index_ids(self) -> set[int]:
        # IndexIDMap2 keeps id_map; the set is cached until the next add/rebuild.
        cached = self._ids_cache
        if cached is None or cached[0] != self._index.ntotal:
            cached = (self._index.ntotal, set(faiss.vector_to_array(self._index.id_map).tolist()))
            self._ids_cache = cached
        return cached[1]

    def _rebuild(self, force_kind: str | None) -> None:
        n = int(self._index.ntotal)
        all_ids = faiss.vector_to_array(self._index.id_map).astype(np.int64) if n else np.zeros(0, np.int64)
        keep = np.array([i for i in all_ids.tolist() if i not in self._tombstones], dtype=np.int64)
        vectors = self._index.reconstruct_batch(keep) if len(keep) else np.zeros((0, self.dim), np.float32)
        use_hnsw = force_kind == "hnsw" or (force_kind is None and len(keep) > self.hnsw_above)
        index = self._new_hnsw() if use_hnsw else self._flat()
        if len(keep):
            with _build_threads(len(keep) if use_hnsw else 0):
                index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), keep)
        self._index, self._hnsw, self._tombstones = index, use_hnsw, set()
        self._ids_cache = None
        self.rebuilds += 1

    def search(self, vector: np.ndarray, k: int = 8) -> list[tuple[int, float]]:
        """The ``k`` nearest live ids with their inner products, best first."""
        query = np.ascontiguousarray(vector, dtype=np.float32).reshape(1, self.dim)
        _one_thread()
        with self._lock:
            if self._index.ntotal == 0:
                return []
            if self._tombstones:
                # Tombstones are excluded inside the search, so they never crowd out live neighbours.
                dead = faiss.IDSelectorBatch(np.fromiter(self._tombstones, dtype=np.int64))
                params = _faiss.SearchParametersHNSW(sel=faiss.IDSelectorNot(dead), efSearch=self.ef_search)
                scores, ids = self._index.search(query, k, params=params)
            else:
                scores, ids = self._index.search(query, k)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    def vectors(self, ids: list[int]) -> np.ndarray:
        """The stored vectors of live ``ids`` (for exact re-checks of candidates)."""
        _one_thread()
        with self._lock:
            return self._index.reconstruct_batch(np.asarray(ids, dtype=np.int64))
