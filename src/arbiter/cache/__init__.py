"""Semantic cache of tool results: reuse a safe earlier result, never a wrong, stale or foreign one.

See :mod:`arbiter.cache.semantic` for the rules and docs/cache.md for the figures.
"""

from arbiter.cache.config import CacheConfig, Invalidation, cacheable, validate_cache_config
from arbiter.cache.embedder import Embedder, EmbeddingError, OnnxEmbedder, OpenAIEmbedder, default_embedder
from arbiter.cache.guard import equivalent, near_miss
from arbiter.cache.index import VectorIndex
from arbiter.cache.keys import PartitionKey
from arbiter.cache.semantic import Hit, SemanticCache
from arbiter.cache.store import CacheStore

__all__ = [
    "CacheConfig",
    "CacheStore",
    "Embedder",
    "EmbeddingError",
    "Hit",
    "Invalidation",
    "OnnxEmbedder",
    "OpenAIEmbedder",
    "PartitionKey",
    "SemanticCache",
    "VectorIndex",
    "cacheable",
    "default_embedder",
    "equivalent",
    "near_miss",
    "validate_cache_config",
]
