"""Verifying the hash chain: any edited, deleted, inserted or reordered row is found and named.

The chain proves the stored rows are the ones written, in order, up to the head it reports.
Truncating the newest rows leaves a valid shorter chain: keep the reported head
(``seq``, ``hash``) somewhere else and pass it back as ``expect_head`` to detect that too.
"""

from __future__ import annotations

from typing import Any

import msgspec
from sqlalchemy import select

from arbiter.audit.record import GENESIS_HASH, chain_hash, decode_body
from arbiter.db.engine import Database
from arbiter.db.models import audit_records


class BadRow(msgspec.Struct, kw_only=True):
    """The first row that breaks the chain, and how."""

    seq: int
    decision_id: str
    problem: str


class VerifyResult(msgspec.Struct, kw_only=True):
    """Outcome of a verification."""

    ok: bool
    checked: int
    head_seq: int
    head_hash: str
    first_bad: BadRow | None = None


_COLUMNS = ("decision_id", "kind", "tenant", "agent_id", "tool", "verdict", "call_id")


def _row_problem(row: Any, expected_seq: int, prev_hash: str) -> str | None:
    if row.seq != expected_seq:
        return f"sequence gap: expected seq {expected_seq}, found {row.seq} (a row was deleted or inserted)"
    if row.prev_hash != prev_hash:
        return "prev_hash does not match the previous row's hash (rows deleted, inserted or reordered)"
    body = row.body.encode()
    if chain_hash(row.prev_hash, body) != row.hash:
        return "hash does not match the record body (the record was edited)"
    try:
        record = decode_body(body)
    except msgspec.DecodeError:
        return "record body is not a valid AuditRecordV1"
    if record.seq != row.seq or record.prev_hash != row.prev_hash:
        return "seq/prev_hash columns differ from the hashed body"
    for name in _COLUMNS:
        if getattr(record, name) != getattr(row, name):
            return f"column {name} differs from the hashed body (the row was edited)"
    return None


def verify(db: Database, *, expect_head: tuple[int, str] | None = None, chunk: int = 5000) -> VerifyResult:
    """Walk the whole chain in ``seq`` order and report the first bad row, if any."""
    c = audit_records.c
    cols = (c.seq, c.decision_id, c.kind, c.tenant, c.agent_id, c.tool, c.verdict, c.call_id, c.body,
            c.prev_hash, c.hash)
    expected, prev, checked, after = 1, GENESIS_HASH, 0, None
    last_seq = 0
    while True:
        stmt = select(*cols).order_by(c.seq).limit(chunk)
        if after is not None:
            stmt = stmt.where(c.seq > after)
        with db.read.connect() as conn:
            rows = conn.execute(stmt).all()
        if not rows:
            break
        for row in rows:
            problem = _row_problem(row, expected, prev)
            if problem is None and expect_head is not None and row.seq == expect_head[0] \
                    and row.hash != expect_head[1]:
                problem = "hash differs from the expected head recorded earlier (rows were rewritten)"
            if problem:
                return VerifyResult(ok=False, checked=checked, head_seq=last_seq, head_hash=prev,
                                    first_bad=BadRow(seq=row.seq, decision_id=row.decision_id, problem=problem))
            checked += 1
            expected, prev, last_seq = row.seq + 1, row.hash, row.seq
        after = rows[-1].seq
    if expect_head is not None and last_seq < expect_head[0]:
        return VerifyResult(ok=False, checked=checked, head_seq=last_seq, head_hash=prev,
                            first_bad=BadRow(seq=last_seq, decision_id="", problem=(
                                f"chain ends at seq {last_seq}, but the expected head is seq {expect_head[0]} "
                                "(newest rows were removed or rewritten)")))
    return VerifyResult(ok=True, checked=checked, head_seq=last_seq, head_hash=prev)


def verify_row(db: Database, seq: int) -> str | None:
    """Check one row against its neighbours (its body, its link to the previous row, the next row's link
    to it): the problem, or None. A quick local check for one record; :func:`verify` walks everything."""
    c = audit_records.c
    cols = (c.seq, c.decision_id, c.kind, c.tenant, c.agent_id, c.tool, c.verdict, c.call_id, c.body,
            c.prev_hash, c.hash)
    with db.read.connect() as conn:
        rows = {r.seq: r for r in conn.execute(select(*cols).where(c.seq.between(seq - 1, seq + 1)))}
    row = rows.get(seq)
    if row is None:
        return f"no row with seq {seq}"
    prev = rows.get(seq - 1)
    if seq > 1 and prev is None:
        return f"the previous row (seq {seq - 1}) is missing"
    problem = _row_problem(row, seq, prev.hash if prev is not None else GENESIS_HASH)
    if problem is None and (nxt := rows.get(seq + 1)) is not None and nxt.prev_hash != row.hash:
        problem = "the next row does not link to this one (rows deleted, inserted or reordered)"
    return problem
