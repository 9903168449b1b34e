"""Fixed-window rate limits counted in the shared store."""

from __future__ import annotations

from arbiter.pipeline.ratelimit import RateLimitCheck
from arbiter.policy.allowlist import Entry, RateSpec
from arbiter.service import Arbiter
from arbiter.types import ToolCall


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


async def test_limit_per_window_and_reset_in_the_next(svc: Arbiter) -> None:
    agent, _ = svc.registry.create_agent(name="a", tenant="acme", trust="standard", allowlist="support", actor="t")
    clock = Clock(1_000_000.0)
    check = RateLimitCheck(svc.db, clock=clock)
    entry = Entry(tool="search_kb", rate=RateSpec(limit=2, window_s=60))

    async def once() -> str | None:
        ctx = svc.pipeline.context(ToolCall(tool="search_kb", arguments={}), agent)
        ctx.entry = entry
        v = await check(ctx)
        return v.reasons[0].code if v else None

    assert [await once() for _ in range(3)] == [None, None, "RATE_LIMITED"]
    clock.now += 60
    assert await once() is None


async def test_two_checks_share_one_count(svc: Arbiter) -> None:
    # Two instances stand for two worker processes: the count lives in the database, not in memory.
    agent, _ = svc.registry.create_agent(name="a", tenant="acme", trust="standard", allowlist="support", actor="t")
    clock = Clock(2_000_000.0)
    a, b = RateLimitCheck(svc.db, clock=clock), RateLimitCheck(svc.db, clock=clock)
    entry = Entry(tool="get_order", rate=RateSpec(limit=3, window_s=10))
    codes = []
    for check in (a, b, a, b):
        ctx = svc.pipeline.context(ToolCall(tool="get_order", arguments={}), agent)
        ctx.entry = entry
        v = await check(ctx)
        codes.append(v.reasons[0].code if v else None)
    assert codes == [None, None, None, "RATE_LIMITED"]
