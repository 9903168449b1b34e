"""The console's queries: trends over a window (bounded, sampled past TREND_ROWS) and decision links."""

from __future__ import annotations

import time

import pytest

from arbiter.console import data
from arbiter.service import Arbiter
from arbiter.types import ToolCall


async def decide(svc: Arbiter, n: int) -> list[str]:
    agent, _ = svc.registry.create_agent(name="bot", tenant="acme", trust="standard", allowlist="support",
                                         actor="test")
    ids = []
    for i in range(n):
        tool = "search_kb" if i % 3 else "nope"
        ctx = await svc.pipeline.run(svc.pipeline.context(ToolCall(tool=tool, arguments={"query": f"q{i}"},
                                                                   call_id="same"), agent))
        ids.append(ctx.decision_id)
    return ids


async def test_trends_count_verdicts_reasons_and_bucket_them(svc: Arbiter) -> None:
    await decide(svc, 9)
    now = int(time.time() * 1_000_000)
    t = data.trends(svc.db, now - 3_600_000_000, now + 1, buckets=60)
    assert len(t.series) == 60 and t.bucket_s == 60 and not t.sampled
    totals = {v: sum(b.get(v, 0) for b in t.series) for v in ("allow", "deny")}
    assert totals == {"allow": 6, "deny": 3}
    assert t.series[-1] == {"allow": 6, "deny": 3}  # all of it just now: the last bucket
    assert dict(t.deny_reasons) == {"UNKNOWN_TOOL": 3}
    empty = data.trends(svc.db, now - 7_200_000_000, now - 3_600_000_000)
    assert empty.rows == 0 and sum(map(len, empty.series)) == 0


async def test_trends_sample_the_newest_records_of_a_busy_window(svc: Arbiter,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    await decide(svc, 6)
    monkeypatch.setattr(data, "TREND_ROWS", 4)
    now = int(time.time() * 1_000_000)
    t = data.trends(svc.db, now - 3_600_000_000, now + 1)
    assert t.sampled and t.body_rows == 4 and t.rows == 6  # counts stay exact; only bodies are sampled


async def test_detail_links_records_of_the_same_call(svc: Arbiter) -> None:
    ids = await decide(svc, 3)
    d = data.detail(svc.db, ids[1])
    assert d.chain_problem is None
    assert [(link.decision_id, link.relation) for link in d.links] == [(ids[0], "same call id"),
                                                                         (ids[2], "same call id")]
