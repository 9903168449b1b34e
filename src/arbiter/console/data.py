"""What the console's pages show, read from the store: a decision with its links and chain check, and
the trend figures of a recent window.

Every query is bounded: pages use the audit trail's keyset pagination, links use indexed columns, and
trends count in the database and decode at most :data:`TREND_ROWS` record bodies (the page says when
it sampled), so pages stay fast on a trail of millions of records.
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

TREND_ROWS = 5_000
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
    """Figures of one window for the trends page."""

    since_us: int
    until_us: int
    rows: int  # decisions in the window (admin changes excluded)
    bucket_s: int  # the width of each column of ``series``
    series: list[dict[str, int]]  # decisions by verdict per bucket, oldest first
    deny_reasons: list[tuple[str, int]]
    injection_denies: int
    body_rows: int  # how many of the newest tool-call records the PII and cache figures read
    sampled: bool  # the window held more tool-call records than that
    entities: list[tuple[str, int]]
    cache_hits: int
    cache_lookups: int
    cost_per_agent: list[tuple[str, float]]


def trends(db: Database, since_us: int, until_us: int, buckets: int = 60) -> Trends:
    """Decisions by verdict in ``buckets`` equal slices of the window, top deny reasons, injection and taint
    denies (exact, counted by the database from indexed columns); PII entities and cache reuse from the
    newest :data:`TREND_ROWS` tool-call records' bodies; model cost per agent from the hourly usage table."""
    c = audit_records.c
    bucket_us = max((until_us - since_us) // buckets, 1)
    in_window = (c.ts_us >= since_us, c.ts_us < until_us, c.verdict.is_not(None))
    slot = ((c.ts_us - since_us) // bucket_us).label("slot")
    with db.read.connect() as conn:
        per_slot = conn.execute(select(slot, c.verdict, func.count()).where(*in_window)
                                .group_by(slot, c.verdict)).all()
        denies = conn.execute(select(c.reason_codes, func.count()).where(*in_window, c.verdict == "deny")
                              .group_by(c.reason_codes)).all()
        bodies = conn.execute(select(c.body).where(*in_window, c.kind.in_(TOOL_KINDS))
                              .order_by(c.ts_us.desc()).limit(TREND_ROWS + 1)).scalars().all()
        usage = conn.execute(
            select(model_usage.c.agent_id, func.sum(model_usage.c.micros))
            .where(model_usage.c.hour_start >= since_us // 3_600_000_000 * 3600,
                   model_usage.c.hour_start < until_us // 1_000_000)
            .group_by(model_usage.c.agent_id).order_by(func.sum(model_usage.c.micros).desc()).limit(10)).all()
    series: list[dict[str, int]] = [{} for _ in range(buckets)]
    for i, verdict, n in per_slot:
        series[min(int(i), buckets - 1)][verdict] = series[min(int(i), buckets - 1)].get(verdict, 0) + n
    reasons: Counter[str] = Counter()
    injection = 0
    for codes, n in denies:
        split = codes.split()
        reasons.update({code: n for code in split})
        injection += n if INJECTION_CODES.intersection(split) else 0
    sampled = len(bodies) > TREND_ROWS
    bodies = bodies[:TREND_ROWS]
    entities: Counter[str] = Counter()
    hits = lookups = 0
    for raw in bodies:
        if '"entity_counts"' in raw or '"cache"' in raw:  # most bodies have neither: skip decoding them
            body = _body.decode(raw)
            entities.update(body.entity_counts)
            if body.cache is not None:
                lookups += 1
                hits += bool(body.cache.get("hit"))
    return Trends(since_us=since_us, until_us=until_us, rows=sum(sum(b.values()) for b in series),
                  bucket_s=bucket_us // 1_000_000, series=series, deny_reasons=reasons.most_common(10),
                  injection_denies=injection, body_rows=len(bodies), sampled=sampled,
                  entities=entities.most_common(10), cache_hits=hits, cache_lookups=lookups,
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
