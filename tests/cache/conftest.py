"""Fixtures for the cache tests: the real shipped embedder (loaded once), a manual clock, stores."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine

from arbiter.cache import CacheStore, OnnxEmbedder, default_embedder
from arbiter.db.models import cache_entries, cache_spot_checks
from arbiter.settings import normalize_database_url


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="session")
def embedder() -> OnnxEmbedder:
    return default_embedder()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A real SQLite file, or a private PostgreSQL schema; only the cache's tables are created."""
    eng = create_engine(normalize_database_url(db_url))
    cache_entries.create(eng)
    cache_spot_checks.create(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def store(engine: Engine) -> CacheStore:
    return CacheStore(engine)
