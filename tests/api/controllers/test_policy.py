"""POST /v1/policy/replay over real HTTP on SQLite and PostgreSQL: the report, roles, and bad input in the one
error shape; nothing written."""

from __future__ import annotations

import copy
from typing import Any

import httpx
from sqlalchemy import func, select

from arbiter.db.models import allowlist_revisions, audit_records
from tests.conftest import Server

EMAIL_OK = {"to": "bob@example.com", "subject": "Your order", "body": "It ships tomorrow."}


def operator(server: Server, name: str, roles: list[str]) -> httpx.Client:
    r = server.admin.post("/v1/operators", json={"name": name, "roles": roles})
    assert r.status_code == 201, r.text
    return httpx.Client(base_url=server.url, timeout=30, headers={"Authorization": f"Bearer {r.json()['api_key']}"})


def error(r: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}, body
    assert body["error"]["code"] == code, body
    err: dict[str, Any] = body["error"]
    return err


def counts(server: Server) -> tuple[int, int]:
    with server.svc.db.read.connect() as conn:
        return (conn.execute(select(func.count()).select_from(audit_records)).scalar_one(),
                conn.execute(select(func.count()).select_from(allowlist_revisions)).scalar_one())


def proposed(server: Server) -> dict[str, Any]:
    doc: dict[str, Any] = copy.deepcopy(server.admin.get("/v1/allowlists/support").json()["document"])
    del doc["tools"]["send_email"]
    return doc


def test_replay_reports_changes_with_links(server: Server) -> None:
    agent_id, key = server.add_agent()
    with server.agent_client(key) as c:
        allowed = c.post("/v1/check", json={"tool": "send_email", "arguments": EMAIL_OK}).json()
        assert allowed["verdict"] == "allow"
        assert c.post("/v1/check", json={"tool": "search_kb", "arguments": {"query": "x"}}).json()["verdict"] == "allow"
    auditor = operator(server, "carl", ["auditor"])
    before = counts(server)
    for client in (server.admin, auditor):
        r = client.post("/v1/policy/replay", json={"allowlist": proposed(server), "since": "24h", "until": None,
                                                   "agent": None, "tool": None, "max_examples": 50})
        assert r.status_code == 200, r.text
        report = r.json()
        assert report["totals"] == {"newly_denied": 1, "newly_allowed": 0, "newly_held": 0, "unchanged": 1}
        assert report["agents"] == [agent_id] and report["records"] == 2 and report["not_rejudged"] == []
        [example] = report["examples"]
        assert example["decision_id"] == allowed["decision_id"] and example["change"] == "newly_denied"
        assert example["reasons_after"][0]["code"] == "TOOL_NOT_ALLOWED"
        assert example["links"] == {"record": f"/v1/audit/{allowed['decision_id']}",
                                    "console": f"/console/decisions/{allowed['decision_id']}"}
        # The link resolves to the stored record.
        assert client.get(example["links"]["record"]).json()["decision_id"] == allowed["decision_id"]
        assert report["not_rejudged_checks"] and report["notes"]
    assert counts(server) == before  # no decision recorded, no revision applied
    assert "send_email" in server.admin.get("/v1/allowlists/support").json()["document"]["tools"]


def test_replay_refuses_bad_input_in_the_one_shape(server: Server) -> None:
    doc = proposed(server)
    approver = operator(server, "ann", ["approver"])
    _, key = server.add_agent()
    before = counts(server)
    url = "/v1/policy/replay"
    err = error(server.admin.post(url, json={"allowlist": {**doc, "tools": []}}), 400, "INVALID_ALLOWLIST")
    assert err["details"]["errors"]
    err = error(server.admin.post(url, json={"allowlist": {**doc, "tools": {"launch": {}}}}), 400,
                "INVALID_ALLOWLIST")
    assert err["details"]["unknown_tools"] == ["launch"]
    error(server.admin.post(url, json={"allowlist": doc, "since": "last week"}), 400, "BAD_REQUEST")
    error(server.admin.post(url, json={"allowlist": doc, "until": "2026-13-45"}), 400, "BAD_REQUEST")
    error(server.admin.post(url, json={"allowlist": doc, "max_examples": -1}), 400, "BAD_REQUEST")
    error(server.admin.post(url, json={"allowlist": doc, "agent": "agt_nope"}), 400, "UNKNOWN_AGENT")
    error(server.admin.post(url, json={"allowlist": doc, "dry_run": False}), 400, "INVALID_REQUEST")
    error(server.admin.post(url, json={"since": "7d"}), 400, "INVALID_REQUEST")
    error(server.admin.post(url, json={"allowlist": "support.yaml"}), 400, "INVALID_REQUEST")
    error(server.admin.post(url, content=b"{not json", headers={"content-type": "application/json"}), 400,
          "MALFORMED_JSON")
    deep: dict[str, Any] = {}
    for _ in range(100):
        deep = {"x": deep}
    error(server.admin.post(url, json={"allowlist": {**doc, "description": deep}}), 400, "TOO_DEEP")
    error(approver.post(url, json={"allowlist": doc}), 403, "ROLE_REQUIRED")
    with httpx.Client(base_url=server.url, timeout=30) as anonymous:
        error(anonymous.post(url, json={"allowlist": doc}), 401, "UNAUTHORIZED")
    with server.agent_client(key) as agent:  # an agent's key is no operator's
        error(agent.post(url, json={"allowlist": doc}), 401, "UNAUTHORIZED")
    assert counts(server) == before
