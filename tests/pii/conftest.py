"""Shared fixtures for the PII tests: one engine and scrubber for the session (real Presidio)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# corpus.py sits next to the tests; make it importable under any pytest import mode.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from arbiter.pii.engine import PiiEngine, get_engine
from arbiter.pii.scrub import Scrubber


@pytest.fixture(scope="session")
def engine() -> PiiEngine:
    return get_engine()


@pytest.fixture()
def scrubber(engine: PiiEngine) -> Scrubber:
    return Scrubber(engine)
