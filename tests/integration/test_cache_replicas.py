"""The semantic cache shared by two ``arbiter serve`` processes on one PostgreSQL database.

An entry stored through one replica is served by the other within a second; ``DELETE /v1/cache`` on
one replica reaches the other; a restarted replica keeps serving the entries in the store.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from arbiter.testing import ToolServer
from tests.integration.procs import ServerProcess, env_for, seed

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

BOUND_S = 1.0
KB = {"tenant": "acme", "name": "kb_search", "risk": "read", "annotations": {"readOnlyHint": True},
      "input_schema": {"type": "object", "required": ["query"], "additionalProperties": False,
                       "properties": {"query": {"type": "string"}}},
      "cache": {"enabled": True, "ttl_s": 300, "semantic_fields": ["query"]}}


def _invoke(url: str, key: str, query: str) -> httpx.Response:
    return httpx.post(f"{url}/v1/tools/kb_search/invoke", headers={"Authorization": f"Bearer {key}"},
                      json={"arguments": {"query": query}}, timeout=30)


def _ok(r: httpx.Response) -> dict[str, Any]:
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def _setup(a: ServerProcess, b: ServerProcess, upstream: ToolServer) -> str:
    with a.admin() as admin:
        r = admin.post("/v1/tools", json=KB | {"upstream": {"kind": "http", "url": upstream.url, "timeout_s": 5}})
        assert r.status_code == 201, r.text
        doc = {"name": "kb", "tenant": "acme", "tools": {"kb_search": {}}}
        assert admin.put("/v1/allowlists/kb", json=doc).status_code == 200
        r = admin.post("/v1/agents", json={"name": "bot", "tenant": "acme", "allowlist": "kb"})
        assert r.status_code == 201, r.text
        key: str = r.json()["api_key"]
        agent_id: str = r.json()["agent"]["id"]
    # The second replica learns about the tool, the allowlist and the agent through its registry poll.
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        with b.admin() as admin:
            if admin.get("/v1/tools/kb_search", params={"tenant": "acme"}).status_code == 200 and \
                    admin.get("/v1/allowlists/kb").status_code == 200 and \
                    admin.get(f"/v1/agents/{agent_id}").status_code == 200:
                break
        time.sleep(0.1)
    else:
        pytest.fail("the second replica never saw the tool, allowlist and agent")
    return key


def test_two_replicas_share_entries_and_invalidations(tmp_path: Path, pg_schema_url: str) -> None:
    env = env_for(tmp_path / "var", pg_schema_url)
    seed(env)
    upstream = ToolServer().start()
    a, b = ServerProcess(env), ServerProcess(env)
    try:
        key = _setup(a, b, upstream)
        # B builds its cache (and starts following A) with a call of its own.
        first = _ok(_invoke(b.url, key, "What are your opening hours on Sunday?"))
        assert first["cache"]["hit"] is False and len(upstream.requests) == 1
        assert _ok(_invoke(b.url, key, "What are your opening hours on Sunday?"))["cache"]["hit"] is True

        # Stored through A...
        stored = _ok(_invoke(a.url, key, "How do I reset my password?"))
        answered = time.perf_counter()
        assert stored["cache"]["hit"] is False and len(upstream.requests) == 2
        # ...served by B within a second. While B has not caught up, the upstream fails, so a miss on
        # B stores nothing and cannot turn the next attempt into a hit of B's own making.
        upstream.mode = "fail"
        probes = 0
        while True:
            probes += 1
            r = _invoke(b.url, key, "How do I reset my password?")
            if r.status_code == 200:
                break
            assert r.status_code == 502, r.text
            assert time.perf_counter() - answered < BOUND_S, "B did not serve A's entry within a second"
            time.sleep(0.01)
        took = time.perf_counter() - answered
        hit = r.json()
        assert hit["cache"]["hit"] is True and hit["cache"]["source_decision_id"] == stored["decision_id"]
        assert hit["result"] == stored["result"]
        assert time.perf_counter() - answered < BOUND_S
        assert len(upstream.requests) == 2 + (probes - 1)  # the upstream answered A's call only
        print(f"B served A's entry {took * 1000:.0f} ms after A answered ({probes} attempt(s))")
        upstream.mode = "ok"
        calls = len(upstream.requests)

        # DELETE /v1/cache on A: the next call on B goes upstream.
        with a.admin() as admin:
            r = admin.delete("/v1/cache", params={"tenant": "acme"})
            assert r.status_code == 200 and r.json()["removed"] >= 2
        again = _ok(_invoke(b.url, key, "How do I reset my password?"))
        assert again["cache"]["hit"] is False and len(upstream.requests) == calls + 1

        # A restarted replica still serves what is in the store.
        kept = _ok(_invoke(a.url, key, "Where is my parcel?"))
        assert kept["cache"]["hit"] is False
        calls = len(upstream.requests)
        b.stop()
        b = ServerProcess(env)
        after = _ok(_invoke(b.url, key, "Where is my parcel?"))
        assert after["cache"]["hit"] is True and after["cache"]["source_decision_id"] == kept["decision_id"]
        assert len(upstream.requests) == calls
    finally:
        a.stop()
        b.stop()
        upstream.stop()


def test_a_spot_check_on_one_replica_suspends_verified_reuse_on_both(tmp_path: Path, pg_schema_url: str) -> None:
    env = env_for(tmp_path / "var", pg_schema_url)
    seed(env)
    upstream = ToolServer("fixed").start()
    upstream.fixed = {"answer": "Settings > Security"}
    a, b = ServerProcess(env), ServerProcess(env)
    try:
        key = _setup(a, b, upstream)
        with a.admin() as admin:  # every verified hit is spot-checked
            doc = KB | {"upstream": {"kind": "http", "url": upstream.url, "timeout_s": 5},
                        "cache": KB["cache"] | {"spot_check_every": 1}}
            assert admin.put("/v1/tools/kb_search", json=doc).status_code == 200
        time.sleep(1.5)  # B's registry poll sees the new tool version
        # B looks the tool up first, so it holds (unsuspended) counts of its own.
        assert _ok(_invoke(b.url, key, "Where is my parcel?"))["cache"]["hit"] is False
        _ok(_invoke(a.url, key, "How do I reset my password?"))
        upstream.fixed = {"answer": "Ask IT"}  # the upstream now answers otherwise
        checked = _ok(_invoke(a.url, key, "How can I reset my password?"))
        assert checked["cache"]["stage"] == "spot_check" and checked["cache"]["spot_check"] == "disagree"

        time.sleep(1.2)  # B re-reads the shared counts at most a second late
        para = _ok(_invoke(b.url, key, "how could I reset my password?"))
        assert para["cache"]["hit"] is False and para["cache"]["stage"] == "suspended"
        with b.admin() as admin:
            [row] = admin.get("/v1/cache/spot-checks", params={"tenant": "acme"}).json()["spot_checks"]
        assert (row["checks"], row["disagreements"], row["suspended"]) == (1, 1, True)

        # A restarted replica keeps the counts: still suspended.
        b.stop()
        b = ServerProcess(env)
        again = _ok(_invoke(b.url, key, "What do I do to reset my password?"))
        assert again["cache"]["hit"] is False and again["cache"]["stage"] == "suspended"
    finally:
        a.stop()
        b.stop()
        upstream.stop()
