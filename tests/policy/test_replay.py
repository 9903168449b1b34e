"""Policy replay against real decisions made by the real chain, on SQLite and PostgreSQL: newly denied, allowed
and held, unchanged, records it cannot re-judge and why, scrubbing artifacts, bad input, and that it writes
nothing."""

from __future__ import annotations

import copy
import time
from typing import Any

import msgspec
import pytest
from sqlalchemy import func, select

from arbiter.audit.record import AuditRecordV1, utc_now_iso
from arbiter.db.models import allowlist_revisions, approvals, audit_records, rate_counters, registry_state
from arbiter.errors import BadRequest, InvalidPolicy
from arbiter.ids import uuid7
from arbiter.policy.replay import ReplayQuery, ReplayReport, parse_since, replay
from arbiter.registry import ToolSpec
from arbiter.service import Arbiter
from arbiter.types import Agent, ToolCall
from tests.conftest import EXAMPLE_TOOLS

EMAIL = {"to": "bob@example.com", "subject": "Your order", "body": "Call me at +1 415 555 0100"}
LONG_SUBJECT = {"to": "bob@example.com", "subject": "x" * 150, "body": "b"}
CALLS: list[tuple[str, dict[str, Any], str]] = [
    ("search_kb", {"query": "shipping"}, "allow"),
    ("get_order", {"order_id": "ORD-000001"}, "allow"),
    ("send_email", EMAIL, "allow"),
    ("send_email", LONG_SUBJECT, "deny"),  # ALLOWLIST_CONSTRAINT: subject maxLength 120
    ("refund_order", {"order_id": "ORD-000001", "amount": 5}, "deny"),  # TRUST_TOO_LOW
    ("get_order", {"order_id": "42"}, "deny"),  # SCHEMA_VIOLATION (the tool's own pattern)
]


def support(svc: Arbiter) -> dict[str, Any]:
    return copy.deepcopy(svc.registry.allowlist("support").document)


async def decide(svc: Arbiter, agent: Agent, tool: str, arguments: Any) -> str:
    ctx = await svc.pipeline.run(svc.pipeline.context(ToolCall(tool=tool, arguments=arguments), agent))
    assert ctx.verdict is not None
    return ctx.verdict.verdict


@pytest.fixture
async def bot(svc: Arbiter) -> Agent:
    """An agent on ``support`` with the decisions of CALLS, and one on ``readonly`` with one decision."""
    agent = svc.registry.create_agent(name="bot", tenant="acme", trust="standard", allowlist="support",
                                      actor="test")[0]
    for tool, arguments, expected in CALLS:
        assert await decide(svc, agent, tool, arguments) == expected, tool
    ro = svc.registry.create_agent(name="ro", tenant="acme", trust="standard", allowlist="readonly", actor="test")[0]
    assert await decide(svc, ro, "search_kb", {"query": "x"}) == "allow"
    return agent


def changes(report: ReplayReport) -> dict[str, tuple[str, str]]:
    return {e.tool + ":" + e.change: (e.before, e.after) for e in report.examples}


def totals(report: ReplayReport) -> dict[str, int]:
    return msgspec.structs.asdict(report.totals)


async def test_newly_denied_allowed_held_and_unchanged(svc: Arbiter, bot: Agent) -> None:
    doc = support(svc)
    del doc["tools"]["search_kb"]  # its allowed call is newly denied
    doc["tools"]["send_email"]["arguments"]["properties"]["subject"]["maxLength"] = 200  # long subject: allowed
    doc["tools"]["get_order"] = {"approval": {"when": [{"always": True}]}}  # its allowed call is newly held
    report = replay(svc.registry, ReplayQuery(allowlist=doc))
    assert report.allowlist == "support" and report.tenant == "acme" and report.agents == [bot.id]
    assert report.current_revision == svc.registry.allowlist("support").revision != report.proposed_revision
    # Only the decisions of agents on "support": not the readonly agent's.
    assert report.records == report.rejudged == len(CALLS) and report.not_rejudged_total == 0
    assert totals(report) == {"newly_denied": 1, "newly_allowed": 1, "newly_held": 1, "unchanged": 3}
    by_tool = {t.tool: msgspec.structs.asdict(t) for t in report.by_tool}
    assert by_tool["search_kb"]["newly_denied"] == 1 and by_tool["get_order"]["newly_held"] == 1
    assert by_tool["get_order"]["unchanged"] == 1  # the schema violation stays denied
    assert by_tool["send_email"] == {"tool": "send_email", "newly_denied": 0, "newly_allowed": 1, "newly_held": 0,
                                     "unchanged": 1}
    assert by_tool["refund_order"]["unchanged"] == 1
    [agent] = report.by_agent
    assert (agent.agent_id, agent.agent_name, agent.newly_denied, agent.unchanged) == (bot.id, "bot", 1, 3)
    reasons = {r.code: (r.newly_denied, r.newly_allowed, r.newly_held) for r in report.by_reason}
    assert reasons == {"TOOL_NOT_ALLOWED": (1, 0, 0), "ALLOWLIST_CONSTRAINT": (0, 1, 0),
                       "APPROVAL_REQUIRED": (0, 0, 1)}
    assert changes(report) == {"search_kb:newly_denied": ("allow", "deny"),
                               "send_email:newly_allowed": ("deny", "allow"),
                               "get_order:newly_held": ("allow", "hold")}
    for e in report.examples:
        assert e.links.record == f"/v1/audit/{e.decision_id}"
        assert e.links.console == f"/console/decisions/{e.decision_id}"
    assert "rate_limit" in report.not_rejudged_checks and "pii" in report.not_rejudged_checks
    assert any("scrubbed" in n for n in report.notes)


async def test_narrower_argument_schema_is_newly_denied(svc: Arbiter, bot: Agent) -> None:
    doc = support(svc)
    doc["tools"]["search_kb"] = {"arguments": {"properties": {"query": {"maxLength": 5}}}}
    report = replay(svc.registry, ReplayQuery(allowlist=doc, tool="search_kb"))
    assert report.records == 1 and totals(report)["newly_denied"] == 1
    [e] = report.examples
    assert [(r.code, r.path, r.keyword) for r in e.reasons_after] == [("ALLOWLIST_CONSTRAINT", "/query", "maxLength")]
    assert e.judged_on_scrubbed_values is False


async def test_the_current_allowlist_changes_nothing_despite_scrubbed_arguments(svc: Arbiter, bot: Agent) -> None:
    # The stored "to" is a pseudonym that fails the allowlist's pattern; the raw address passed it: no change.
    report = replay(svc.registry, ReplayQuery(allowlist=support(svc)))
    assert totals(report) == {"newly_denied": 0, "newly_allowed": 0, "newly_held": 0, "unchanged": len(CALLS)}
    assert report.examples == [] and report.proposed_revision == report.current_revision


async def test_a_new_rule_on_a_scrubbed_value_is_flagged(svc: Arbiter, bot: Agent) -> None:
    doc = support(svc)
    doc["tools"]["send_email"]["arguments"]["properties"]["to"]["pattern"] = "@example\\.org$"
    report = replay(svc.registry, ReplayQuery(allowlist=doc, tool="send_email"))
    assert totals(report)["newly_denied"] == 1
    [e] = report.examples
    assert e.reasons_after[0].path == "/to" and e.judged_on_scrubbed_values is True


async def test_not_rejudged_with_causes(svc: Arbiter, bot: Agent) -> None:
    # A record whose arguments were not stored, as the runner writes when it cannot scrub them.
    rec = AuditRecordV1(decision_id=str(uuid7()), ts=utc_now_iso(time.time_ns() // 1000), kind="invoke",
                        tenant="acme", agent_id=bot.id, tool="send_email", tool_version=1, allowlist="support",
                        revision=svc.registry.allowlist("support").revision, verdict="allow",
                        arguments_omitted="arguments not stored: ValueError")
    await svc.audit.write(rec)
    # get_order changes version after its decisions were made.
    spec = msgspec.json.decode((EXAMPLE_TOOLS / "get_order.json").read_bytes(), type=ToolSpec)
    svc.registry.put_tool(msgspec.structs.replace(spec, description="v2"), actor="test")

    doc = support(svc)
    doc["tools"]["send_email"]["arguments"]["properties"]["subject"]["maxLength"] = 100
    report = replay(svc.registry, ReplayQuery(allowlist=doc))
    causes = {n.cause: n.count for n in report.not_rejudged}
    assert causes == {"arguments_not_stored": 1, "tool_changed": 2}
    assert report.records == len(CALLS) + 1 and report.rejudged == len(CALLS) - 2
    assert report.not_rejudged_total == 3 and all(n.message for n in report.not_rejudged)

    # An unchanged entry needs no arguments; taking the tool away denies whatever the arguments were.
    assert {n.cause for n in replay(svc.registry, ReplayQuery(allowlist=support(svc))).not_rejudged} == \
        {"tool_changed"}
    del doc["tools"]["send_email"]
    report = replay(svc.registry, ReplayQuery(allowlist=doc, tool="send_email"))
    assert report.not_rejudged == [] and totals(report) == {"newly_denied": 2, "newly_allowed": 0, "newly_held": 0,
                                                            "unchanged": 1}

    # An agent not assigned the allowlist: its decisions are counted as not re-judged.
    ro = next(a for a in svc.registry.list_agents("acme") if a.name == "ro")
    report = replay(svc.registry, ReplayQuery(allowlist=support(svc), agent=ro.id))
    assert [(n.cause, n.count) for n in report.not_rejudged] == [("agent_not_on_allowlist", 1)]
    assert report.rejudged == 0


async def test_a_deleted_tool(svc: Arbiter, bot: Agent) -> None:
    readonly = copy.deepcopy(svc.registry.allowlist("readonly").document)
    del readonly["tools"]["search_kb"]
    doc = support(svc)
    del doc["tools"]["search_kb"]
    svc.registry.apply_allowlists([("support", doc), ("readonly", readonly)], actor="test")
    svc.registry.delete_tool("acme", "search_kb", actor="test")
    report = replay(svc.registry, ReplayQuery(allowlist=doc))
    assert [(n.cause, n.count) for n in report.not_rejudged] == [("tool_deleted", 1)]


async def test_stateful_denials_are_kept(svc: Arbiter, bot: Agent) -> None:
    doc = support(svc)
    doc["tools"]["search_kb"] = {"rate": {"limit": 1, "window_s": 3600}}
    svc.registry.apply_allowlists([("support", doc)], actor="test")
    assert await decide(svc, bot, "search_kb", {"query": "ab"}) == "allow"
    assert await decide(svc, bot, "search_kb", {"query": "cd"}) == "deny"  # RATE_LIMITED
    # A narrowing the rate-limited call passes leaves it denied, with its stored reason.
    doc["tools"]["search_kb"]["arguments"] = {"properties": {"query": {"maxLength": 5}}}
    report = replay(svc.registry, ReplayQuery(allowlist=doc, tool="search_kb"))
    assert totals(report) == {"newly_denied": 1, "newly_allowed": 0, "newly_held": 0, "unchanged": 2}
    # A hold comes before the rate limit: the rate-limited call would have been held.
    doc["tools"]["search_kb"] = {"approval": {"when": [{"always": True}]}}
    report = replay(svc.registry, ReplayQuery(allowlist=doc, tool="search_kb"))
    assert totals(report) == {"newly_denied": 0, "newly_allowed": 0, "newly_held": 3, "unchanged": 0}


async def test_filters(svc: Arbiter, bot: Agent) -> None:
    doc = support(svc)
    assert replay(svc.registry, ReplayQuery(allowlist=doc, since="1h")).records == len(CALLS)
    assert replay(svc.registry, ReplayQuery(allowlist=doc, until="1h")).records == 0
    assert replay(svc.registry, ReplayQuery(allowlist=doc, since="2000-01-01T00:00:00Z", limit=2)).records == 2
    assert replay(svc.registry, ReplayQuery(allowlist=doc, agent=bot.id, tool="get_order")).records == 2
    assert replay(svc.registry, ReplayQuery(allowlist=doc, since=None, max_examples=0)).examples == []


def test_parse_since() -> None:
    assert parse_since("7d", "since", now=1_000_000) == (1_000_000 - 7 * 86400) * 1_000_000
    assert parse_since("90s", "since", now=100) == 10 * 1_000_000
    assert parse_since("2026-01-01T00:00:00Z", "since") == 1767225600 * 1_000_000
    for bad in ("7 days", "-1d", "soon", ""):
        with pytest.raises(BadRequest, match="duration"):
            parse_since(bad, "since")


def _state(svc: Arbiter) -> tuple[Any, ...]:
    with svc.db.read.connect() as conn:
        counts = [conn.execute(select(func.count()).select_from(t)).scalar_one()
                  for t in (audit_records, allowlist_revisions, approvals, rate_counters)]
        version = conn.execute(select(registry_state.c.version)).scalar_one()
    return (*counts, version, svc.registry.allowlist("support").revision)


async def test_replay_writes_nothing_and_bad_input_is_refused(svc: Arbiter, bot: Agent) -> None:
    before = _state(svc)
    doc = support(svc)
    doc["tools"]["get_order"] = {"approval": {"when": [{"always": True}]}, "rate": {"limit": 1, "window_s": 60}}
    assert replay(svc.registry, ReplayQuery(allowlist=doc)).totals.newly_held == 1
    bad = [{**doc, "tools": "all"},  # does not validate
           {**doc, "tools": {**doc["tools"], "launch_rockets": {}}},  # an unknown tool
           {**doc, "tenant": "globex"}]  # its tools are not globex's
    for document in bad:
        with pytest.raises(InvalidPolicy) as replayed:
            replay(svc.registry, ReplayQuery(allowlist=document))
        with pytest.raises(InvalidPolicy) as applied:
            svc.registry.apply_allowlists([("allowlist", document)], actor="test")
        assert replayed.value.to_body() == applied.value.to_body()
    assert replayed.value.details["tenant"] == "globex"
    for q in (ReplayQuery(allowlist=doc, since="yesterday"), ReplayQuery(allowlist=doc, limit=0),
              ReplayQuery(allowlist=doc, max_examples=5000), ReplayQuery(allowlist=doc, agent="agt_nope")):
        with pytest.raises(BadRequest):
            replay(svc.registry, q)
    assert _state(svc) == before
