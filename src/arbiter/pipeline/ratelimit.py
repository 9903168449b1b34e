"""Per-agent, per-tool call rates, counted in the shared store so they hold across processes.

A fixed window: one atomic upsert per call on a counter row keyed by (agent, tool, window).
Runs last among the deny checks so a call denied for another reason does not use up quota.
"""

from __future__ import annotations

import time

import anyio.to_thread
from sqlalchemy import delete, text

from arbiter.db.engine import Database
from arbiter.db.models import rate_counters
from arbiter.types import CallContext, Verdict

_UPSERT = text(
    "INSERT INTO rate_counters (agent_id, tool, window_start, count) VALUES (:a, :t, :w, 1) "
    "ON CONFLICT (agent_id, tool, window_start) DO UPDATE SET count = rate_counters.count + 1 "
    "RETURNING count"
)


class RateLimitCheck:
    """Deny with ``RATE_LIMITED`` once an agent exceeds its entry's ``rate``."""

    name = "ratelimit"

    def __init__(self, db: Database, clock: object = time.time) -> None:
        self.db = db
        self.clock = clock

    def _count(self, agent_id: str, tool: str, window_start: int, window_s: int) -> int:
        with self.db.write.begin() as conn:
            count = int(conn.execute(_UPSERT, {"a": agent_id, "t": tool, "w": window_start}).scalar_one())
            if count == 1:  # first call of a new window: drop this pair's old windows
                conn.execute(delete(rate_counters).where(
                    rate_counters.c.agent_id == agent_id, rate_counters.c.tool == tool,
                    rate_counters.c.window_start < window_start))
        return count

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        rate = getattr(ctx.entry, "rate", None)
        if rate is None:
            return None
        assert ctx.agent is not None
        now = self.clock()  # type: ignore[operator]
        window_start = int(now // rate.window_s * rate.window_s)
        count = await anyio.to_thread.run_sync(self._count, ctx.agent.id, ctx.call.tool, window_start,
                                               rate.window_s)
        if count > rate.limit:
            retry = int(window_start + rate.window_s - now) + 1
            return Verdict.deny("RATE_LIMITED", f"more than {rate.limit} calls of {ctx.call.tool!r} in "
                                                f"{rate.window_s}s; retry in {retry}s")
        return None
