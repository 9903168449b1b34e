"""Reading the audit trail: filtered, cursor-paginated queries and export.

Pagination is keyset on ``seq`` (newest first), so a cursor keeps pointing at the same rows
while new decisions arrive.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import msgspec
from sqlalchemy import select

from arbiter.audit.record import AuditRecordV1, decode_body
from arbiter.db.engine import Database
from arbiter.db.models import audit_records
from arbiter.errors import BadRequest, NotFound
from arbiter.types import VERDICTS

MAX_LIMIT = 1000


def parse_time(value: str | None, name: str) -> int | None:
    """RFC 3339 / ISO 8601 time (UTC if no offset) to microseconds since the epoch."""
    if value is None:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise BadRequest(f"{name} must be an ISO 8601 time such as 2026-11-25T13:00:00Z",
                         details={name: value}) from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return int(dt.timestamp() * 1_000_000)


class AuditFilter(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Filters of an audit query; all optional and combined with AND."""

    tenant: str | None = None
    agent: str | None = None
    tool: str | None = None
    verdict: str | None = None
    reason: str | None = None
    kind: str | None = None
    call_id: str | None = None
    since_us: int | None = None
    until_us: int | None = None
    after_seq: int | None = None  # only records newer than this seq (the console's live tail)


class AuditPage(msgspec.Struct, kw_only=True):
    """One page of records, newest first, and the cursor of the next page (None at the end)."""

    records: list[dict[str, Any]]
    next_cursor: str | None


def _where(stmt: Any, f: AuditFilter) -> Any:
    c = audit_records.c
    if f.tenant is not None:
        stmt = stmt.where(c.tenant == f.tenant)
    if f.agent is not None:
        stmt = stmt.where(c.agent_id == f.agent)
    if f.tool is not None:
        stmt = stmt.where(c.tool == f.tool)
    if f.verdict is not None:
        if f.verdict not in VERDICTS:
            raise BadRequest("verdict must be allow, deny or hold", details={"verdict": f.verdict})
        stmt = stmt.where(c.verdict == f.verdict)
    if f.reason is not None:
        if not f.reason.replace("_", "").isalnum():
            raise BadRequest("reason must be a reason code such as SCHEMA_VIOLATION")
        stmt = stmt.where(c.reason_codes.like(f"% {f.reason.upper()} %"))
    if f.kind is not None:
        stmt = stmt.where(c.kind == f.kind)
    if f.call_id is not None:
        stmt = stmt.where(c.call_id == f.call_id)
    if f.since_us is not None:
        stmt = stmt.where(c.ts_us >= f.since_us)
    if f.until_us is not None:
        stmt = stmt.where(c.ts_us < f.until_us)
    if f.after_seq is not None:
        stmt = stmt.where(c.seq > f.after_seq)
    return stmt


def record_view(body: str, row_hash: str) -> dict[str, Any]:
    """A stored record as the API shows it: the body plus its chain hash."""
    out: dict[str, Any] = msgspec.json.decode(body)
    out["hash"] = row_hash
    return out


def query(db: Database, f: AuditFilter, *, cursor: str | None = None, limit: int = 100) -> AuditPage:
    """Newest-first page of records matching ``f``."""
    if not 1 <= limit <= MAX_LIMIT:
        raise BadRequest(f"limit must be between 1 and {MAX_LIMIT}", details={"limit": limit})
    stmt = _where(select(audit_records.c.seq, audit_records.c.body, audit_records.c.hash), f)
    if cursor is not None:
        try:
            before = int(cursor)
        except ValueError:
            raise BadRequest("cursor is not one this API returned", details={"cursor": cursor}) from None
        stmt = stmt.where(audit_records.c.seq < before)
    stmt = stmt.order_by(audit_records.c.seq.desc()).limit(limit + 1)
    with db.read.connect() as conn:
        rows = conn.execute(stmt).all()
    more = len(rows) > limit
    rows = rows[:limit]
    return AuditPage(records=[record_view(r.body, r.hash) for r in rows],
                     next_cursor=str(rows[-1].seq) if more and rows else None)


def get(db: Database, decision_id: str) -> dict[str, Any]:
    """One record by its decision id."""
    with db.read.connect() as conn:
        row = conn.execute(
            select(audit_records.c.body, audit_records.c.hash).where(audit_records.c.decision_id == decision_id)
        ).first()
    if row is None:
        raise NotFound("no audit record with that decision_id", details={"decision_id": decision_id})
    return record_view(row.body, row.hash)


def export(db: Database, f: AuditFilter, *, chunk: int = 2000) -> Iterator[AuditRecordV1]:
    """Every matching record, oldest first, streamed in chunks."""
    after = 0
    while True:
        stmt = _where(select(audit_records.c.seq, audit_records.c.body), f).where(audit_records.c.seq > after)
        with db.read.connect() as conn:
            rows = conn.execute(stmt.order_by(audit_records.c.seq).limit(chunk)).all()
        if not rows:
            return
        for row in rows:
            yield decode_body(row.body)
        after = rows[-1].seq
