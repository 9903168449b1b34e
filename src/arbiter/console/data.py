"""What the console's pages show, read from the store: a decision with its links and chain check, and
the trend figures of a recent window.

Every query is bounded: pages use the audit trail's keyset pagination, links use indexed columns, and
trends read at most :data:`TREND_ROWS` of the newest records of their window (the page says when it
sampled), so pages stay fast on a trail of millions of records.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import msgspec
from sqlalchemy import func, or_, select

from arbiter.audit import query as audit_query
from arbiter.audit.verify import verify_row
from arbiter.db.engine import Database
from arbiter.db.models import approvals, audit_records, model_usage

TREND_ROWS = 20_000
INJECTION_CODES = frozenset({"INJECTION_SUSPECTED", "INTENT_MISMATCH", "TAINTED_ARGUMENT", "UNTRUSTED_SOURCE"})
TOOL_KINDS = ("check", "invoke", "model_tool_call", "mcp_tool_call")


class Link(msgspec.Struct, kw_only=True):
    """Another record related to a decision, and how."""

    decision_id: str
    relation: str
    kind: str | None = None
    verdict: str | None = None


class Detail(msgspec.Struct, kw_only=True):
    """A decision as the detail page shows it."""

    record: dict[str, Any]
    chain_problem: str | None
    links: list[Link]


def detail(db: Database, decision_id: str) -> Detail:
    """One record, its chain check against its neighbours, and the records linked to it."""
    record = audit_query.get(db, decision_id)
    ids: dict[str, str] = {}
    if record.get("call_id"):
        with db.read.connect() as conn:
            for r in conn.execute(select(audit_records.c.decision_id).where(
                    audit_records.c.call_id == record["call_id"]).order_by(audit_records.c.seq).limit(20)):
                ids.setdefault(r.decision_id, "same call id")
    cache = record.get("cache") or {}
    for key, relation in (("source_decision_id", "cache: reused the result of"),
                          ("rejected_decision_id", "cache: candidate turned down")):
        if cache.get(key):
            ids.setdefault(cache[key], relation)
    for tool_decision in (record.get("model") or {}).get("tool_decisions", []):
        ids.setdefault(tool_decision, "tool call proposed by this answer")
    if record.get("approval_id"):
        with db.read.connect() as conn:
            row = conn.execute(select(approvals.c.hold_decision_id, approvals.c.decision_record_id,
                                      approvals.c.used_decision_id)
                               .where(approvals.c.id == record["approval_id"])).first()
        if row is not None:
            for value, relation in ((row.hold_decision_id, "approval: the held call"),
                                    (row.decision_record_id, "approval: the approver's decision"),
                                    (row.used_decision_id, "approval: the call that used it")):
                if value:
                    ids.setdefault(value, relation)
    ids.pop(decision_id, None)
    links: list[Link] = []
    if ids:
        with db.read.connect() as conn:
            found = {r.decision_id: r for r in conn.execute(
                select(audit_records.c.decision_id, audit_records.c.kind, audit_records.c.verdict)
                .where(audit_records.c.decision_id.in_(list(ids))))}
        for linked, relation in ids.items():
            row = found.get(linked)
            links.append(Link(decision_id=linked, relation=relation, kind=row.kind if row else None,
                              verdict=row.verdict if row else None))
    return Detail(record=record, chain_problem=verify_row(db, int(record["seq"])), links=links)


class _Body(msgspec.Struct):
    """The few fields of a stored body the trends need (msgspec skips the rest without building it)."""

    entity_counts: dict[str, int] = {}
    cache: dict[str, Any] | None = None


_body = msgspec.json.Decoder(_Body)


class Trends(msgspec.Struct, kw_only=True):
    """Figures of one window, newest records first, for the trends page."""

    since_us: int
    until_us: int
    rows: int
    sampled: bool  # the window held more than TREND_ROWS records; figures cover the newest
    bucket_s: int  # the width of each column of ``series``
    series: list[dict[str, int]]  # decisions by verdict per bucket, oldest first (admin changes excluded)
    deny_reasons: list[tuple[str, int]]
    entities: list[tuple[str, int]]
    injection_denies: int
    cache_hits: int
    cache_lookups: int
    cost_per_agent: list[tuple[str, float]]


def trends(db: Database, since_us: int, until_us: int, buckets: int = 60) -> Trends:
    """Decisions by verdict in ``buckets`` equal slices of the window, top deny reasons, PII entities,
    injection and taint denies, cache reuse and model cost per agent between ``since_us`` and ``until_us``."""
    c = audit_records.c
    stmt = (select(c.ts_us, c.kind, c.verdict, c.reason_codes, c.body)
            .where(c.ts_us >= since_us, c.ts_us < until_us).order_by(c.ts_us.desc()).limit(TREND_ROWS + 1))
    with db.read.connect() as conn:
        rows = conn.execute(stmt).all()
        usage = conn.execute(
            select(model_usage.c.agent_id, func.sum(model_usage.c.micros))
            .where(model_usage.c.hour_start >= since_us // 3_600_000_000 * 3600,
                   model_usage.c.hour_start < until_us // 1_000_000)
            .group_by(model_usage.c.agent_id).order_by(func.sum(model_usage.c.micros).desc()).limit(10)).all()
    sampled = len(rows) > TREND_ROWS
    rows = rows[:TREND_ROWS]
    bucket_us = max((until_us - since_us) // buckets, 1)
    series: list[Counter[str]] = [Counter() for _ in range(buckets)]
    reasons: Counter[str] = Counter()
    entities: Counter[str] = Counter()
    injection = hits = lookups = 0
    for r in rows:
        if r.verdict:
            series[min((r.ts_us - since_us) // bucket_us, buckets - 1)][r.verdict] += 1
        codes = r.reason_codes.split()
        if r.verdict == "deny":
            reasons.update(codes)
            injection += bool(INJECTION_CODES.intersection(codes))
        if r.kind in TOOL_KINDS and ('"entity_counts"' in r.body or '"cache"' in r.body):
            body = _body.decode(r.body)
            entities.update(body.entity_counts)
            if body.cache is not None:
                lookups += 1
                hits += bool(body.cache.get("hit"))
    return Trends(since_us=since_us, until_us=until_us, rows=len(rows), sampled=sampled,
                  bucket_s=bucket_us // 1_000_000, series=[dict(b) for b in series],
                  deny_reasons=reasons.most_common(10), entities=entities.most_common(10),
                  injection_denies=injection, cache_hits=hits, cache_lookups=lookups,
                  cost_per_agent=[(a, (m or 0) / 1_000_000) for a, m in usage])


def known_values(db: Database) -> dict[str, list[str]]:
    """Recent tenants, agents and tools for the filter form's suggestions (from the newest records)."""
    c = audit_records.c
    with db.read.connect() as conn:
        rows = conn.execute(select(c.tenant, c.agent_id, c.tool).where(or_(c.tool.is_not(None),
                                                                           c.agent_id.is_not(None)))
                            .order_by(c.seq.desc()).limit(2000)).all()
    return {"tenant": sorted({r.tenant for r in rows if r.tenant}),
            "agent": sorted({r.agent_id for r in rows if r.agent_id}),
            "tool": sorted({r.tool for r in rows if r.tool})}
