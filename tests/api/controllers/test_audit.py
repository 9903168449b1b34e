"""GET /v1/audit (filters, stable cursor) and GET /v1/audit/{decision_id}, over real HTTP."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from tests.conftest import Server

EMAIL_OK = {"to": "bob@example.com", "subject": "Hi", "body": "Hello."}


def check(server: Server, key: str, tool: str, arguments: dict[str, Any], call_id: str | None = None) -> str:
    with server.agent_client(key) as c:
        r = c.post("/v1/check", json={"tool": tool, "arguments": arguments, "call_id": call_id})
    assert r.status_code == 200, r.text
    decision_id: str = r.json()["decision_id"]
    return decision_id


def ids(server: Server, **params: Any) -> list[str]:
    r = server.admin.get("/v1/audit", params={"limit": 1000, **params})
    assert r.status_code == 200, r.text
    assert r.json()["next_cursor"] is None
    return [rec["decision_id"] for rec in r.json()["records"]]


@pytest.fixture
def trail(server: Server) -> dict[str, Any]:
    """Decisions of three agents in two phases, 20 ms apart, and one failed authentication."""
    a_id, a_key = server.add_agent("a")
    b_id, b_key = server.add_agent("b", allowlist="readonly")
    g_id, g_key = server.add_agent("g", tenant="globex", allowlist=None)
    d = {
        "a_allow": check(server, a_key, "search_kb", {"query": "q"}, "call-1"),
        "a_constraint": check(server, a_key, "send_email", {**EMAIL_OK, "to": "x@evil.test"}, "call-2"),
        "a_unknown": check(server, a_key, "nope", {}),
    }
    time.sleep(0.02)
    d |= {
        "b_not_allowed": check(server, b_key, "send_email", EMAIL_OK, "call-1"),
        "b_schema": check(server, b_key, "get_order", {"order_id": "bad"}),
        "g_deny": check(server, g_key, "search_kb", {"query": "q"}),
    }
    with server.agent_client("arb_not_a_key") as c:
        d["auth"] = c.post("/v1/check", json={"tool": "x", "arguments": {}}).json()["error"]["details"]["decision_id"]
    return {"ids": d, "agents": {"a": a_id, "b": b_id, "g": g_id}}


def test_filters(server: Server, trail: dict[str, Any]) -> None:
    d, ag = trail["ids"], trail["agents"]
    newest_first = list(reversed(list(d.values())))
    checks = [i for i in newest_first if i != d["auth"]]
    assert ids(server, kind="check") == checks
    assert ids(server, kind="auth_failure") == [d["auth"]]
    assert len(ids(server, kind="admin")) >= 3  # at least the three agent.create records
    assert ids(server, kind="nothing") == []

    assert ids(server, agent=ag["a"], kind="check") == [d["a_unknown"], d["a_constraint"], d["a_allow"]]
    assert ids(server, tenant="globex", kind="check") == [d["g_deny"]]
    assert set(ids(server, tenant="acme", kind="check")) == set(checks) - {d["g_deny"]}
    assert ids(server, tool="send_email", kind="check") == [d["b_not_allowed"], d["a_constraint"]]
    assert len(ids(server, tool="send_email", kind="admin")) == 1  # its registration
    assert ids(server, verdict="allow") == [d["a_allow"]]
    assert ids(server, verdict="deny", agent=ag["b"]) == [d["b_schema"], d["b_not_allowed"]]
    assert ids(server, reason="SCHEMA_VIOLATION") == [d["b_schema"]]
    assert ids(server, reason="allowlist_constraint") == [d["a_constraint"]]
    assert ids(server, reason="UNKNOWN_TOOL", tenant="acme") == [d["a_unknown"]]
    assert ids(server, reason="UNAUTHORIZED") == [d["auth"]]
    assert ids(server, call_id="call-1") == [d["b_not_allowed"], d["a_allow"]]
    assert ids(server, call_id="call-1", agent=ag["a"]) == [d["a_allow"]]
    assert ids(server, call_id="nope") == []


def test_time_range(server: Server, trail: dict[str, Any]) -> None:
    d = trail["ids"]
    get = server.admin.get
    first_late = get(f"/v1/audit/{d['b_not_allowed']}").json()["ts"]
    assert first_late.endswith("Z")
    late = [d["g_deny"], d["b_schema"], d["b_not_allowed"]]
    early = [d["a_unknown"], d["a_constraint"], d["a_allow"]]
    assert ids(server, kind="check", since=first_late) == late  # since is inclusive
    assert ids(server, kind="check", until=first_late)[:3] == early  # until is exclusive
    # The same instant written with an offset, and without one (taken as UTC).
    instant = datetime.fromisoformat(first_late.replace("Z", "+00:00"))
    plus2 = instant.astimezone(timezone(timedelta(hours=2))).isoformat()
    assert ids(server, kind="check", since=plus2) == late
    assert ids(server, kind="check", since=first_late[:-1]) == late
    assert ids(server, kind="check", since=first_late, until=plus2) == []
    future = (instant + timedelta(days=1)).isoformat()
    assert ids(server, since=future) == []
    assert ids(server, kind="check", until="2000-01-01T00:00:00Z") == []


@pytest.mark.parametrize("params", [
    {"verdict": "maybe"}, {"reason": "DROP TABLE;"}, {"since": "yesterday"}, {"until": "2026-13-01T00:00:00Z"},
    {"limit": 0}, {"limit": 1001}, {"limit": "ten"}, {"cursor": "abc"},
])
def test_bad_filter_values_are_400(server: Server, params: dict[str, Any]) -> None:
    r = server.admin.get("/v1/audit", params=params)
    assert r.status_code == 400, r.text
    err = r.json()["error"]
    assert set(err) == {"code", "message", "details"} and err["code"] in ("BAD_REQUEST", "INVALID_REQUEST")
    name = next(iter(params))
    assert name in err["message"] or name in str(err["details"]), err


def test_cursor_pages_stay_stable_while_new_rows_arrive(server: Server) -> None:
    agent_id, key = server.add_agent()
    originals = [check(server, key, "search_kb", {"query": f"q{i}"}, f"c{i}") for i in range(8)]
    expected = list(reversed(originals))
    page = server.admin.get("/v1/audit", params={"agent": agent_id, "kind": "check", "limit": 3}).json()
    got = [r["decision_id"] for r in page["records"]]
    assert got == expected[:3] and page["next_cursor"]

    new = [check(server, key, "search_kb", {"query": f"new{i}"}) for i in range(4)]
    cursor = page["next_cursor"]
    while cursor:
        page = server.admin.get("/v1/audit", params={"agent": agent_id, "kind": "check", "limit": 3,
                                                     "cursor": cursor}).json()
        got += [r["decision_id"] for r in page["records"]]
        cursor = page["next_cursor"]
    assert got == expected  # continued exactly where page 1 stopped: no duplicates, no gaps, no new rows
    # A fresh first page starts with the new rows; an exact multiple of the limit ends with no cursor.
    fresh = server.admin.get("/v1/audit", params={"agent": agent_id, "kind": "check", "limit": 4}).json()
    assert [r["decision_id"] for r in fresh["records"]] == list(reversed(new))
    after_new = server.admin.get("/v1/audit", params={"agent": agent_id, "kind": "check", "limit": 8}).json()
    last = server.admin.get("/v1/audit", params={"agent": agent_id, "kind": "check", "limit": 4,
                                                 "cursor": after_new["next_cursor"]}).json()
    assert [r["decision_id"] for r in last["records"]] == expected[4:] and last["next_cursor"] is None


def test_show_one_record_and_404(server: Server, trail: dict[str, Any]) -> None:
    d, ag = trail["ids"], trail["agents"]
    rec = server.admin.get(f"/v1/audit/{d['a_constraint']}").json()
    assert rec["decision_id"] == d["a_constraint"] and rec["kind"] == "check"
    assert (rec["agent_id"], rec["tenant"], rec["tool"], rec["verdict"]) == (ag["a"], "acme", "send_email", "deny")
    assert rec["call_id"] == "call-2" and rec["reasons"][0]["code"] == "ALLOWLIST_CONSTRAINT"
    assert rec["allowlist"] == "support" and len(rec["revision"]) == 16 and rec["tool_version"] == 1
    assert len(rec["hash"]) == 64 and len(rec["prev_hash"]) == 64 and rec["seq"] > 0
    assert len(rec["args_digest"]) == 64 and isinstance(rec["latency_us"], int)
    # The same record as the list shows it.
    listed = server.admin.get("/v1/audit", params={"call_id": "call-2"}).json()["records"]
    assert listed == [rec]
    r = server.admin.get("/v1/audit/01890000-0000-7000-8000-000000000000")
    assert r.status_code == 404 and r.json()["error"]["code"] == "NOT_FOUND"
    assert httpx.get(f"{server.url}/v1/audit/{d['a_allow']}").status_code == 401


def test_stored_record_names_its_version(server: Server, trail: dict[str, Any]) -> None:
    rec = server.admin.get(f"/v1/audit/{trail['ids']['a_allow']}").json()
    assert rec["v"] == 1
