"""/v1/alerts over real HTTP, with the service's own detector loop: a baseline of normal traffic in the trail,
then a spike of real denied calls; the alert shows up in the API and at a webhook on 127.0.0.1. Bad filters
answer in the one error shape; only an admin acknowledges."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from arbiter.audit import query as audit_query
from arbiter.audit.record import AuditRecordV1, utc_now_iso
from arbiter.ids import uuid7
from arbiter.service import Arbiter
from arbiter.settings import Settings
from arbiter.testing import ToolServer
from arbiter.types import Reason
from tests.conftest import Server, make_settings

W = 3600
BASELINE = 6
SEARCH = {"tool": "search_kb", "arguments": {"query": "opening hours"}}
REFUND = {"tool": "refund_order", "arguments": {"order_id": "ORD-000001", "amount": 5}}  # TRUST_TOO_LOW


@pytest.fixture
def webhook() -> Iterator[ToolServer]:
    hook = ToolServer().start()
    yield hook
    hook.stop()


@pytest.fixture
def settings(tmp_path: Path, db_url: str, webhook: ToolServer) -> Settings:
    # Twelve denies before anything alerts: the detector's loop runs while the spike's sixteen calls come in, and on a
    # slow machine it would otherwise judge the window halfway through (5 denies of 9, with the default of 5).
    return make_settings(tmp_path, db_url, ARBITER_ALERT_WINDOW_S=W, ARBITER_ALERT_BASELINE_WINDOWS=BASELINE,
                         ARBITER_ALERT_INTERVAL_S=0.3, ARBITER_ALERT_WEBHOOK=webhook.url, ARBITER_ALERT_MIN_EVENTS=12)


@pytest.fixture
def agent(svc: Arbiter) -> tuple[str, str]:
    """An agent with six hours of ordinary traffic in the trail (one deny in ten), written before the server
    (and its detector) starts."""
    a, key = svc.registry.create_agent(name="bot", tenant="acme", trust="standard", allowlist="support", actor="test")
    current = int(time.time() // W) * W
    records = []
    for k in range(1, BASELINE + 1):
        for i in range(10):
            ts_us = (current - k * W + 60 + i * 60) * 1_000_000
            records.append(AuditRecordV1(
                decision_id=str(uuid7()), ts=utc_now_iso(ts_us), kind="check", tenant="acme", agent_id=a.id,
                tool="refund_order" if i == 0 else "search_kb", verdict="deny" if i == 0 else "allow",
                reasons=[Reason(code="TRUST_TOO_LOW", message="test")] if i == 0 else []))
    with svc.db.write.begin() as conn:
        svc.audit.append(conn, records)
    return a.id, key


def wait_for(fn: Any, timeout: float = 20.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        got = fn()
        if got or time.monotonic() > deadline:
            return got
        time.sleep(0.1)


def operator(server: Server, roles: list[str]) -> httpx.Client:
    r = server.admin.post("/v1/operators", json={"name": "-".join(roles), "roles": roles})
    assert r.status_code == 201, r.text
    return httpx.Client(base_url=server.url, timeout=30, headers={"Authorization": f"Bearer {r.json()['api_key']}"})


def test_a_spike_of_denies_raises_an_alert_shown_by_the_api_and_posted_to_the_webhook(
        agent: tuple[str, str], server: Server, webhook: ToolServer) -> None:
    agent_id, key = agent
    with server.agent_client(key) as bot:
        for body in [SEARCH] * 4 + [REFUND] * 12:
            assert bot.post("/v1/check", json=body).status_code == 200

    def raised() -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = server.admin.get("/v1/alerts", params={"agent": agent_id}).json()["alerts"]
        return found
    alerts = wait_for(raised)
    assert [(a["metric"], a["status"]) for a in alerts] == [("deny_rate", "open")]
    alert = alerts[0]
    assert alert["observed"] == 0.75 and alert["baseline"] == pytest.approx(0.1) and alert["window_s"] == W
    assert alert["details"]["message"].startswith("deny rate 0.750 (12 denies of 16 decisions)")
    tenant_wide = server.admin.get("/v1/alerts", params={"tenant": "acme", "metric": "deny_rate"}).json()["alerts"]
    assert {a["agent_id"] for a in tenant_wide} == {agent_id, None}

    posted = wait_for(lambda: [r["body"] for r in webhook.requests if r["body"]["alert"]["id"] == alert["id"]])
    assert len(posted) == 1 and posted[0]["text"].startswith(f"Arbiter alert (agent {agent_id} of tenant acme)")
    delivered = wait_for(lambda: server.admin.get("/v1/alerts", params={"agent": agent_id}).json()["alerts"][0]
                         ["delivered_at"])
    assert delivered is not None

    # The loop keeps judging the same window: still one alert.
    time.sleep(0.7)
    assert len(server.admin.get("/v1/alerts", params={"agent": agent_id}).json()["alerts"]) == 1

    # An auditor reads but cannot acknowledge; an admin can.
    with operator(server, ["auditor"]) as auditor:
        assert auditor.get("/v1/alerts").status_code == 200
        r = auditor.post(f"/v1/alerts/{alert['id']}/acknowledge")
        assert r.status_code == 403 and r.json()["error"]["code"] == "ROLE_REQUIRED"
    r = server.admin.post(f"/v1/alerts/{alert['id']}/acknowledge")
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "acknowledged" and r.json()["details"]["acknowledged_by"] == "admin-token"
    assert [a["id"] for a in server.admin.get("/v1/alerts", params={"status": "acknowledged"}).json()["alerts"]] == \
        [alert["id"]]
    assert [r.admin.target for r in audit_query.export(server.svc.db, audit_query.AuditFilter(kind="admin"))
            if r.admin and r.admin.action == "alert.acknowledge"] == [f"alert:{alert['id']}"]


def test_alert_routes_need_an_operator(server: Server) -> None:
    with httpx.Client(base_url=server.url, timeout=30) as anonymous:
        r = anonymous.get("/v1/alerts")
        assert r.status_code == 401 and r.json()["error"]["code"] == "UNAUTHORIZED"
    with operator(server, ["approver"]) as approver:
        r = approver.get("/v1/alerts")
        assert r.status_code == 403 and r.json()["error"]["code"] == "ROLE_REQUIRED"
    r = server.admin.post("/v1/alerts/alr_nope/acknowledge")
    assert r.status_code == 404 and r.json()["error"]["code"] == "ALERT_NOT_FOUND"


@pytest.mark.parametrize(("params", "code", "field"), [
    ({"metric": "latency"}, "BAD_REQUEST", "metric"),
    ({"status": "closed"}, "BAD_REQUEST", "status"),
    ({"since": "yesterday"}, "BAD_REQUEST", "since"),
    ({"cursor": "12:34"}, "BAD_REQUEST", "cursor"),
    ({"limit": "0"}, "INVALID_REQUEST", None),
    ({"limit": "many"}, "INVALID_REQUEST", None),
])
def test_bad_filters_answer_400_in_the_one_shape(server: Server, params: dict[str, str], code: str,
                                                 field: str | None) -> None:
    r = server.admin.get("/v1/alerts", params=params)
    assert r.status_code == 400
    error = r.json()["error"]
    assert set(r.json()) == {"error"} and set(error) == {"code", "message", "details"}
    assert error["code"] == code
    if field is not None:
        assert error["details"] == {field: params[field]}
