"""The drift and spike detector: a baseline of normal traffic written through the real audit store, then a
spike in the current window; on SQLite and PostgreSQL. Time is given (``evaluate(now=...)``), never slept."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import msgspec
import pytest
from sqlalchemy import func, select

from arbiter import alerts
from arbiter.alerts import Detector, threshold
from arbiter.audit import query as audit_query
from arbiter.audit.record import AuditRecordV1, utc_now_iso
from arbiter.audit.verify import verify
from arbiter.db.models import alerts as alerts_table
from arbiter.ids import uuid7
from arbiter.service import Arbiter
from arbiter.settings import Settings
from arbiter.testing import ToolServer
from arbiter.types import Finding, ModelCallInfo, Reason
from tests.conftest import make_settings

W = 300
BASELINE = 12
CURRENT = 1_800_000_000  # a window start
NOW = CURRENT + 150  # the middle of the current window


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return make_settings(tmp_path, db_url, ARBITER_ALERT_WINDOW_S=W, ARBITER_ALERT_BASELINE_WINDOWS=BASELINE)


def record(ts: float, *, agent: str = "agt_a", tenant: str = "acme", tool: str = "search_kb", verdict: str = "allow",
           kind: str = "check", reasons: tuple[str, ...] = (), pii: bool = False, cost: float | None = None,
           upstream: dict[str, Any] | None = None) -> AuditRecordV1:
    findings = [Finding(entity="EMAIL_ADDRESS", path="/to", start=0, end=16, score=1.0, action="redact")] if pii else []
    return AuditRecordV1(
        decision_id=str(uuid7()), ts=utc_now_iso(int(ts * 1_000_000)), kind=kind, tenant=tenant, agent_id=agent,
        tool=None if kind == "model_call" else tool, verdict=verdict,
        reasons=[Reason(code=c, message="test") for c in reasons], findings=findings,
        entity_counts={"EMAIL_ADDRESS": 1} if pii else {}, upstream=upstream,
        model=ModelCallInfo(protocol="openai", model="gpt-test", cost_usd=cost) if cost is not None else None)


def normal(start: int, *, denies: int = 2, agent: str = "agt_a") -> list[AuditRecordV1]:
    """One window of ordinary traffic: 20 tool calls over two tools, a few denies, one with PII, two model calls."""
    out = [record(start + 1 + i * 14, agent=agent, tool=("search_kb", "get_order")[i % 2],
                  verdict="deny" if i < denies else "allow", reasons=("ALLOWLIST_CONSTRAINT",) if i < denies else (),
                  pii=i == 10) for i in range(20)]
    return out + [record(start + 5 + i, agent=agent, kind="model_call", cost=0.01) for i in range(2)]


def baseline(agent: str = "agt_a") -> list[AuditRecordV1]:
    """Twelve windows before the current one, 1 to 3 denies each."""
    return [r for k in range(1, BASELINE + 1) for r in normal(CURRENT - k * W, denies=k % 3 + 1, agent=agent)]


def write(svc: Arbiter, records: list[AuditRecordV1]) -> None:
    with svc.db.write.begin() as conn:
        svc.audit.append(conn, records)


def alert_rows(svc: Arbiter) -> int:
    with svc.db.read.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(alerts_table)).scalar_one())


def test_a_deny_spike_raises_one_alert_for_the_agent_and_one_for_the_tenant(svc: Arbiter) -> None:
    spike = [record(CURRENT + 10 + i, tool="get_order", verdict="deny" if i < 15 else "allow",
                    reasons=("TOOL_NOT_ALLOWED",) if i < 15 else ()) for i in range(20)]
    write(svc, baseline() + spike)
    raised = svc.detector.evaluate(now=NOW)
    assert {(a.metric, a.agent_id) for a in raised} == {("deny_rate", "agt_a"), ("deny_rate", None)}
    agent = next(a for a in raised if a.agent_id)
    assert agent.observed == 0.75 and agent.status == "open" and agent.window_s == W
    assert agent.window_start == utc_now_iso(CURRENT * 1_000_000)
    mean, sd, limit = threshold([(k % 3 + 1) / 22 for k in range(1, BASELINE + 1)], rate=True, sigma=3, ratio=2)
    assert agent.baseline == pytest.approx(mean) and agent.threshold == pytest.approx(limit)
    d = agent.details
    assert (d["count"], d["decisions"], d["baseline_windows"]) == (15, 20, BASELINE)
    assert d["baseline_stddev"] == pytest.approx(sd)
    assert d["message"].startswith("deny rate 0.750 (15 denies of 20 decisions) against a baseline of 0.0909")
    assert d["rule"] == "max(mean + 3 * stddev, 2 * mean, mean + 0.05)"

    # Recorded: a row each, and an audit record of kind alert in the same chain, which still verifies.
    assert alert_rows(svc) == 2
    records = list(audit_query.export(svc.db, audit_query.AuditFilter(kind="alert")))
    assert {(r.agent_id, r.alert.id if r.alert else None) for r in records} == {(a.agent_id, a.id) for a in raised}
    assert records[0].alert is not None and records[0].alert.window_start == CURRENT
    assert verify(svc.db).ok

    # Judged again, by this detector or another replica's: raised once.
    assert svc.detector.evaluate(now=NOW + 60) == []
    assert Detector(svc.db, svc.audit, svc.settings).evaluate(now=NOW + 60) == []
    assert alert_rows(svc) == 2
    assert len(list(audit_query.export(svc.db, audit_query.AuditFilter(kind="alert")))) == 2


def test_normal_variation_raises_nothing(svc: Arbiter) -> None:
    write(svc, baseline() + normal(CURRENT, denies=3))
    assert svc.detector.evaluate(now=NOW) == []
    assert alert_rows(svc) == 0


def test_a_few_denies_never_alert_and_without_history_nothing_is_judged(svc: Arbiter) -> None:
    # 1 deny in 2 calls against a baseline without denies: below ARBITER_ALERT_MIN_EVENTS.
    quiet = [r for k in range(1, BASELINE + 1) for r in normal(CURRENT - k * W, denies=0)]
    two = [record(CURRENT + 1, verdict="deny", reasons=("TOOL_NOT_ALLOWED",)), record(CURRENT + 2)]
    # A new agent denied over and over: no baseline, no drift.
    fresh = [record(CURRENT + 3 + i, agent="agt_new", verdict="deny", reasons=("TOOL_NOT_ALLOWED",))
             for i in range(30)]
    write(svc, quiet + two + fresh)
    raised = svc.detector.evaluate(now=NOW)
    assert not [a for a in raised if a.agent_id], raised
    # The tenant has a baseline: its 31 denies are a spike, and the new agent's tool calls are not new tools.
    assert {a.metric for a in raised} == {"deny_rate"}


def _injection() -> list[AuditRecordV1]:
    return [record(CURRENT + 200 + i, verdict="deny", reasons=("INJECTION_SUSPECTED",)) for i in range(6)]


@pytest.mark.parametrize(("name", "extra", "expected"), [
    ("new_tools", [record(CURRENT + 200, tool="send_email")], {"new_tools"}),
    ("pii_rate", [record(CURRENT + 200 + i, pii=True) for i in range(12)], {"pii_rate"}),
    ("injection_denies", _injection(), {"injection_denies", "deny_rate"}),
    ("cost_per_hour", [record(CURRENT + 200 + i, kind="model_call", cost=0.5) for i in range(10)], {"cost_per_hour"}),
    ("error_rate", [record(CURRENT + 200 + i, kind="invoke",
                           upstream={"kind": "http", "status": 500, "error": "status"}) for i in range(6)],
     {"error_rate"}),
    ("fail_closed", [record(CURRENT + 200 + i, verdict="deny", reasons=("INTERNAL_ERROR",)) for i in range(6)],
     {"error_rate", "deny_rate"}),
])
def test_each_metric_spikes_on_its_own(svc: Arbiter, name: str, extra: list[AuditRecordV1],
                                       expected: set[str]) -> None:
    write(svc, baseline() + normal(CURRENT) + extra)
    raised = svc.detector.evaluate(now=NOW)
    assert {a.metric for a in raised if a.agent_id} == expected
    assert {a.metric for a in raised if not a.agent_id} == expected  # one agent: the tenant moves with it
    if name == "new_tools":
        new = next(a for a in raised if a.agent_id)
        assert new.details["tools"] == ["send_email"] and (new.observed, new.baseline) == (1, 2)
    if name == "cost_per_hour":
        cost = next(a for a in raised if a.agent_id)
        # 10 calls at $0.50 and the usual two at $0.01 in a 5-minute window, per hour
        assert cost.observed == pytest.approx(5.02 * 3600 / W)
        assert cost.baseline == pytest.approx(0.02 * 3600 / W)


def test_a_spike_just_before_the_window_closed_is_judged_in_the_next_round(svc: Arbiter) -> None:
    previous = CURRENT - W
    write(svc, [r for k in range(2, BASELINE + 2) for r in normal(CURRENT - k * W)]
          + [record(previous + 280 + i / 10, verdict="deny", reasons=("TOOL_NOT_ALLOWED",)) for i in range(15)])
    raised = svc.detector.evaluate(now=CURRENT + 5)
    assert {(a.metric, a.window_start) for a in raised} == {("deny_rate", utc_now_iso(previous * 1_000_000))}


def test_the_threshold_rule() -> None:
    assert threshold([], rate=True, sigma=3, ratio=2) == (0.0, 0.0, 0.05)
    assert threshold([0.0, 0.0], rate=False, sigma=3, ratio=2) == (0.0, 0.0, 0.0)
    mean, sd, limit = threshold([0.1, 0.3], rate=True, sigma=3, ratio=2)
    assert (mean, sd) == pytest.approx((0.2, 0.1)) and limit == pytest.approx(0.5)  # mean + 3 sd
    assert threshold([10.0, 10.0], rate=False, sigma=3, ratio=2)[2] == 20.0  # ratio * mean


def _deny_spike(svc: Arbiter) -> list[alerts.Alert]:
    write(svc, baseline() + [record(CURRENT + 10 + i, verdict="deny", reasons=("TOOL_NOT_ALLOWED",))
                             for i in range(15)])
    return svc.detector.evaluate(now=NOW)


def test_alerts_are_posted_to_the_webhook_and_retried_while_it_is_down(tmp_path: Path, db_url: str,
                                                                        svc: Arbiter) -> None:
    hook = ToolServer("fail").start()
    try:
        s = make_settings(tmp_path, db_url, ARBITER_ALERT_WINDOW_S=W, ARBITER_ALERT_BASELINE_WINDOWS=BASELINE,
                          ARBITER_ALERT_WEBHOOK=hook.url)
        detector = Detector(svc.db, svc.audit, s, metrics=svc.metrics, backoff_s=0.01)
        write(svc, baseline() + [record(CURRENT + 10 + i, verdict="deny", reasons=("TOOL_NOT_ALLOWED",))
                                 for i in range(15)])
        raised = detector.evaluate(now=NOW)
        assert len(raised) == 2

        # Down (HTTP 500): three attempts for the first alert, then it waits; both stay recorded, undelivered.
        assert asyncio.run(detector.deliver()) == 0
        assert len(hook.requests) == 3
        page = alerts.list_alerts(svc.db)
        assert len(page.alerts) == 2 and all(a.delivered_at is None for a in page.alerts)

        # Back up: the next round delivers both, once.
        hook.mode = "ok"
        hook.requests.clear()
        assert asyncio.run(detector.deliver()) == 2
        assert asyncio.run(detector.deliver()) == 0
        bodies = [r["body"] for r in hook.requests]
        assert sorted(b["alert"]["id"] for b in bodies) == sorted(a.id for a in raised)
        agent = next(b for b in bodies if b["alert"]["agent_id"])
        assert agent["text"].startswith("Arbiter alert (agent agt_a of tenant acme): deny rate 1.000 (15 denies")
        assert msgspec.convert(agent["alert"], alerts.Alert).metric == "deny_rate"
        assert all(a.delivered_at is not None for a in alerts.list_alerts(svc.db).alerts)
    finally:
        hook.stop()


def test_an_unreachable_webhook_never_breaks_the_round(tmp_path: Path, db_url: str, svc: Arbiter) -> None:
    hook = ToolServer().start()
    hook.stop()  # nothing listens on its port any more
    s = make_settings(tmp_path, db_url, ARBITER_ALERT_WINDOW_S=W, ARBITER_ALERT_BASELINE_WINDOWS=BASELINE,
                      ARBITER_ALERT_WEBHOOK=hook.url)
    detector = Detector(svc.db, svc.audit, s, backoff_s=0.01)
    write(svc, baseline() + [record(CURRENT + 10 + i, verdict="deny", reasons=("TOOL_NOT_ALLOWED",))
                             for i in range(15)])
    assert len(detector.evaluate(now=NOW)) == 2
    assert asyncio.run(detector.deliver()) == 0
    assert alert_rows(svc) == 2


def test_list_filters_pages_and_acknowledges(svc: Arbiter) -> None:
    write(svc, baseline() + normal(CURRENT) + [record(CURRENT + 200 + i, pii=True) for i in range(12)]
          + [record(CURRENT + 250, tool="send_email")])
    raised = svc.detector.evaluate(now=NOW)
    assert len(raised) == 4  # pii_rate and new_tools, for the agent and the tenant
    first = alerts.list_alerts(svc.db, limit=3)
    assert len(first.alerts) == 3 and first.next_cursor is not None
    rest = alerts.list_alerts(svc.db, limit=3, cursor=first.next_cursor)
    assert rest.next_cursor is None
    assert {a.id for a in first.alerts + rest.alerts} == {a.id for a in raised}
    assert [a.metric for a in alerts.list_alerts(svc.db, alerts.AlertFilter(metric="new_tools")).alerts] == \
        ["new_tools"] * 2
    mine = alerts.list_alerts(svc.db, alerts.AlertFilter(agent="agt_a", metric="pii_rate")).alerts
    assert len(mine) == 1

    done = alerts.acknowledge(svc.db, svc.audit, mine[0].id, actor="cli:test")
    assert done.status == "acknowledged" and done.details["acknowledged_by"] == "cli:test"
    assert alerts.acknowledge(svc.db, svc.audit, mine[0].id, actor="cli:other").details["acknowledged_by"] == \
        "cli:test"
    acks = [r for r in audit_query.export(svc.db, audit_query.AuditFilter(kind="admin"))
            if r.admin and r.admin.action == "alert.acknowledge"]
    assert [(a.admin.actor, a.admin.target) for a in acks if a.admin] == [("cli:test", f"alert:{mine[0].id}")]
    assert [a.id for a in alerts.list_alerts(svc.db, alerts.AlertFilter(status="open")).alerts] == \
        [a.id for a in alerts.list_alerts(svc.db).alerts if a.id != mine[0].id]
