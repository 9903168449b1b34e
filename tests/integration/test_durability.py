"""Durability under real processes: SIGKILL under load, and two replicas sharing one PostgreSQL."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from arbiter.audit import query as audit_query
from arbiter.audit.verify import verify
from arbiter.db.engine import Database
from arbiter.settings import normalize_database_url
from tests.integration.procs import ServerProcess, env_for, seed

pytestmark = pytest.mark.slow

CALLS = [
    {"tool": "search_kb", "arguments": {"query": "refund policy"}},
    {"tool": "get_order", "arguments": {"order_id": "bad"}},
    {"tool": "unknown_tool", "arguments": {}},
    {"tool": "send_email", "arguments": {"to": "x@evil.test", "subject": "s", "body": "b"}},
]


def _hammer(url: str, key: str, answered: list[str], stop: threading.Event, limit: int) -> None:
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=10) as c:
        i = 0
        while not stop.is_set() and i < limit:
            try:
                r = c.post("/v1/check", json=CALLS[i % len(CALLS)])
            except httpx.HTTPError:
                return  # the server died: whatever was answered before counts
            if r.status_code == 200:
                answered.append(r.json()["decision_id"])
            i += 1


def _stored_ids(db: Database) -> set[str]:
    return {r.decision_id for r in audit_query.export(db, audit_query.AuditFilter(kind="check"))}


def test_sigkill_under_load_loses_no_answered_decision(tmp_path: Path, db_url: str) -> None:
    env = env_for(tmp_path / "var", db_url)
    seed(env)
    server = ServerProcess(env)
    try:
        with server.admin() as admin:
            key = admin.post("/v1/agents", json={"name": "bot", "tenant": "acme", "allowlist": "support"}
                             ).json()["api_key"]
        answered: list[str] = []
        stop = threading.Event()
        threads = [threading.Thread(target=_hammer, args=(server.url, key, answered, stop, 10_000))
                   for _ in range(8)]
        for t in threads:
            t.start()
        while len(answered) < 300:  # under load, mid-flight
            threading.Event().wait(0.02)
        server.kill()  # SIGKILL: no shutdown hooks, no flush
        stop.set()
        for t in threads:
            t.join(timeout=30)
    finally:
        server.stop()
    assert len(answered) >= 300
    restarted = ServerProcess(env)  # migrations and startup on the store the killed process left
    restarted.stop()
    db = Database(normalize_database_url(db_url))
    try:
        missing = set(answered) - _stored_ids(db)
        assert not missing, f"{len(missing)} answered decisions are not in the audit store"
        result = verify(db)
        assert result.ok, result.first_bad
    finally:
        db.dispose()


@pytest.mark.postgres
def test_two_replicas_writing_concurrently_keep_one_valid_chain(tmp_path: Path, pg_schema_url: str) -> None:
    env = env_for(tmp_path / "var", pg_schema_url)
    seed(env)
    a, b = ServerProcess(env), ServerProcess(env)
    try:
        with a.admin() as admin:
            key = admin.post("/v1/agents", json={"name": "bot", "tenant": "acme", "allowlist": "support"}
                             ).json()["api_key"]
        # The second replica learns about the agent through the registry poll.
        for _ in range(100):
            if httpx.post(b.url + "/v1/check", headers={"Authorization": f"Bearer {key}"},
                          json=CALLS[0]).status_code == 200:
                break
            threading.Event().wait(0.1)
        answered: list[str] = []
        stop = threading.Event()
        threads = [threading.Thread(target=_hammer, args=(url, key, answered, stop, 150))
                   for url in (a.url, b.url) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
    finally:
        a.stop()
        b.stop()
    assert len(answered) == 8 * 150
    db = Database(normalize_database_url(pg_schema_url))
    try:
        assert set(answered) <= _stored_ids(db)
        result = verify(db)
        assert result.ok, result.first_bad
        assert result.checked >= 8 * 150
    finally:
        db.dispose()
