import threading

import faiss
import numpy as np

from arbiter.cache.index import VectorIndex


def _unit(n: int, dim: int = 32, seed: int = 0) -> np.ndarray:
    x = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_flat_index_finds_and_removes() -> None:
    x = _unit(100)
    ix = VectorIndex(32, hnsw_above=1000)
    ix.add(np.arange(100), x)
    assert ix.kind == "flat" and len(ix) == 100
    assert ix.search(x[7], 1)[0][0] == 7
    ix.remove([7])
    assert len(ix) == 99 and ix.search(x[7], 1)[0][0] != 7 and ix.tombstones == 0
    assert np.allclose(ix.vectors([8]), x[8:9])


def test_switches_to_hnsw_above_threshold_and_uses_tombstones() -> None:
    x = _unit(600)
    ix = VectorIndex(32, hnsw_above=500, rebuild_fraction=0.2)
    ix.add(np.arange(400), x[:400])
    assert ix.kind == "flat"
    ix.add(np.arange(400, 600), x[400:])
    assert ix.kind == "hnsw" and len(ix) == 600
    rebuilds = ix.rebuilds
    ix.remove([3, 4, 5])
    assert ix.tombstones == 3 and len(ix) == 597 and ix.rebuilds == rebuilds
    hits = [i for i, _ in ix.search(x[3], 5)]
    assert 3 not in hits and hits  # excluded inside the search, live neighbours still returned
    assert ix.search(x[10], 1)[0][0] == 10
    # Past the tombstone fraction the graph is rebuilt without them (and back to flat when small).
    ix.remove(list(range(10, 200)))
    assert ix.tombstones == 0 and ix.rebuilds > rebuilds and len(ix) == 407 and ix.kind == "flat"
    ix.add(np.array([3]), x[3:4])
    assert ix.search(x[3], 1)[0][0] == 3


def test_readding_a_tombstoned_id_works() -> None:
    x = _unit(60)
    ix = VectorIndex(32, hnsw_above=50)
    ix.add(np.arange(60), x)
    ix.remove([1])
    ix.add(np.array([1]), x[1:2])
    assert ix.search(x[1], 1)[0][0] == 1 and len(ix) == 60


def test_empty_index_search() -> None:
    assert VectorIndex(8).search(np.ones(8, np.float32) / np.sqrt(8), 3) == []


def test_searches_in_other_threads_use_one_openmp_thread() -> None:
    """OpenMP's thread count is per thread: a lookup in a worker thread must not wake a pool."""
    x = _unit(50)
    ix = VectorIndex(32)
    ix.add(np.arange(50), x)
    seen: list[int] = []

    def lookup() -> None:
        seen.append(faiss.omp_get_max_threads())  # the process default in a new thread
        ix.search(x[3], 4)
        seen.append(faiss.omp_get_max_threads())

    worker = threading.Thread(target=lookup)
    worker.start()
    worker.join()
    assert seen[1] == 1
