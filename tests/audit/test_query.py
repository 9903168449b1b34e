"""Audit reading helpers: time parsing and ordered export."""

from __future__ import annotations

import pytest

from arbiter.audit.query import AuditFilter, export, parse_time
from arbiter.errors import BadRequest
from arbiter.service import Arbiter
from arbiter.types import ToolCall


def test_parse_time_accepts_offsets_and_defaults_to_utc() -> None:
    assert parse_time("1970-01-01T00:00:01Z", "since") == 1_000_000
    assert parse_time("1970-01-01T01:00:01+01:00", "since") == 1_000_000
    assert parse_time("1970-01-01T00:00:01", "since") == 1_000_000
    assert parse_time(None, "since") is None
    with pytest.raises(BadRequest, match="ISO 8601"):
        parse_time("yesterday", "since")


async def test_export_is_oldest_first_and_filtered(svc: Arbiter) -> None:
    agent, _ = svc.registry.create_agent(name="a", tenant="acme", trust="standard", allowlist="support", actor="t")
    for i in range(5):
        await svc.pipeline.run(svc.pipeline.context(ToolCall(tool="search_kb", arguments={"query": str(i)},
                                                             call_id=f"c{i}"), agent))
    rows = list(export(svc.db, AuditFilter(kind="check"), chunk=2))
    assert [r.call_id for r in rows] == [f"c{i}" for i in range(5)]
    assert [r.seq for r in rows] == sorted(r.seq for r in rows)
