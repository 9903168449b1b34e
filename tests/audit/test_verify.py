"""The hash chain detects edited, deleted, inserted and reordered rows, and names the first bad one."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from arbiter.audit.verify import verify
from arbiter.service import Arbiter
from arbiter.types import ToolCall


async def _decide(svc: Arbiter, n: int) -> list[str]:
    agent, _ = svc.registry.create_agent(name="bot", tenant="acme", trust="standard", allowlist="support",
                                         actor="test")
    ids = []
    for i in range(n):
        call = ToolCall(tool="search_kb" if i % 2 else "nope", arguments={"query": f"q{i}"}, call_id=f"c{i}")
        ctx = await svc.pipeline.run(svc.pipeline.context(call, agent))
        ids.append(ctx.decision_id)
    return ids


def _disable_triggers(svc: Arbiter, conn) -> None:  # type: ignore[no-untyped-def]
    # What someone with database access would do first: the triggers refuse edits otherwise.
    if svc.db.dialect == "sqlite":
        conn.execute(text("DROP TRIGGER audit_records_no_update"))
        conn.execute(text("DROP TRIGGER audit_records_no_delete"))
    else:
        conn.execute(text("ALTER TABLE audit_records DISABLE TRIGGER USER"))


def _seq_of(svc: Arbiter, decision_id: str) -> int:
    with svc.db.read.connect() as conn:
        return int(conn.execute(text("SELECT seq FROM audit_records WHERE decision_id = :d"),
                                {"d": decision_id}).scalar_one())


async def test_untouched_chain_verifies(svc: Arbiter) -> None:
    await _decide(svc, 6)
    result = verify(svc.db)
    assert result.ok and result.first_bad is None
    assert result.checked == result.head_seq >= 6


async def test_triggers_refuse_update_and_delete(svc: Arbiter) -> None:
    await _decide(svc, 2)
    for stmt in ("UPDATE audit_records SET verdict = 'allow'", "DELETE FROM audit_records"):
        with pytest.raises(DBAPIError, match="append-only"), svc.db.write.begin() as conn:
            conn.execute(text(stmt))
    assert verify(svc.db).ok


async def test_edited_row_is_named(svc: Arbiter) -> None:
    ids = await _decide(svc, 6)
    target = _seq_of(svc, ids[2])
    with svc.db.write.begin() as conn:
        _disable_triggers(svc, conn)
        body = conn.execute(text("SELECT body FROM audit_records WHERE seq = :s"), {"s": target}).scalar_one()
        edited = body.replace('"verdict":"deny"', '"verdict":"allow"')
        assert edited != body
        conn.execute(text("UPDATE audit_records SET body = :b, verdict = 'allow' WHERE seq = :s"),
                     {"b": edited, "s": target})
    result = verify(svc.db)
    assert not result.ok and result.first_bad is not None
    assert result.first_bad.seq == target and result.first_bad.decision_id == ids[2]
    assert "edited" in result.first_bad.problem
    assert result.checked == target - 1


async def test_edited_indexed_column_is_named(svc: Arbiter) -> None:
    ids = await _decide(svc, 4)
    target = _seq_of(svc, ids[1])
    with svc.db.write.begin() as conn:
        _disable_triggers(svc, conn)
        conn.execute(text("UPDATE audit_records SET verdict = 'deny' WHERE seq = :s"), {"s": target})
    result = verify(svc.db)
    assert result.first_bad is not None and result.first_bad.seq == target
    assert "verdict" in result.first_bad.problem


async def test_deleted_row_is_found(svc: Arbiter) -> None:
    ids = await _decide(svc, 5)
    target = _seq_of(svc, ids[2])
    with svc.db.write.begin() as conn:
        _disable_triggers(svc, conn)
        conn.execute(text("DELETE FROM audit_records WHERE seq = :s"), {"s": target})
    result = verify(svc.db)
    assert result.first_bad is not None and result.first_bad.seq == target + 1
    assert "gap" in result.first_bad.problem


async def test_inserted_row_is_found(svc: Arbiter) -> None:
    ids = await _decide(svc, 4)
    target = _seq_of(svc, ids[1])
    with svc.db.write.begin() as conn:
        _disable_triggers(svc, conn)
        # Make room by shifting the tail up, then forge a row in the gap (copying its neighbour's hashes).
        rows = conn.execute(text("SELECT seq FROM audit_records WHERE seq > :s ORDER BY seq DESC"),
                            {"s": target}).scalars().all()
        for seq in rows:
            conn.execute(text("UPDATE audit_records SET seq = seq + 1 WHERE seq = :s"), {"s": seq})
        conn.execute(text(
            "INSERT INTO audit_records (seq, decision_id, ts_us, kind, tenant, agent_id, tool, verdict, "
            "reason_codes, call_id, body, prev_hash, hash) SELECT seq + 1, 'forged', ts_us, kind, tenant, agent_id, "
            "tool, 'allow', ' ', call_id, body, hash, hash FROM audit_records WHERE seq = :s"), {"s": target})
    result = verify(svc.db)
    assert result.first_bad is not None and result.first_bad.seq == target + 1
    assert result.first_bad.decision_id == "forged"


async def test_reordered_rows_are_found(svc: Arbiter) -> None:
    ids = await _decide(svc, 5)
    a, b = _seq_of(svc, ids[1]), _seq_of(svc, ids[2])
    with svc.db.write.begin() as conn:
        _disable_triggers(svc, conn)
        conn.execute(text("UPDATE audit_records SET seq = -1 WHERE seq = :a"), {"a": a})
        conn.execute(text("UPDATE audit_records SET seq = :a WHERE seq = :b"), {"a": a, "b": b})
        conn.execute(text("UPDATE audit_records SET seq = :b WHERE seq = -1"), {"b": b})
    result = verify(svc.db)
    assert result.first_bad is not None and result.first_bad.seq == a


async def test_truncated_tail_is_found_against_a_saved_head(svc: Arbiter) -> None:
    await _decide(svc, 4)
    head = verify(svc.db)
    with svc.db.write.begin() as conn:
        _disable_triggers(svc, conn)
        conn.execute(text("DELETE FROM audit_records WHERE seq = :s"), {"s": head.head_seq})
    assert verify(svc.db).ok  # a shorter chain is still a chain ...
    result = verify(svc.db, expect_head=(head.head_seq, head.head_hash))
    assert not result.ok  # ... but not the one whose head was written down
