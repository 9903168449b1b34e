"""Budgets in the shared store: reserve before forwarding, reconcile with the real usage after.

A reservation adds the request's estimated tokens and cost to every counter its budgets draw on,
in one write transaction, with a conditional ``UPDATE ... WHERE used + n <= limit`` per counter:
if any counter would pass its limit, nothing is reserved. The database serialises concurrent
updates of one row (PostgreSQL's row lock re-evaluates the condition after the wait; SQLite
has one writer), so concurrent requests from every worker and replica can never together
reserve more than the limit; after the answer, the difference between real and reserved usage
is added (usually negative: ``max_tokens`` is rarely used up). The only overrun left is an
answer that costs more than its reservation, which a provider bounds by ``max_tokens``.

Windows are calendar windows in UTC (hour, day, month); a counter row per (scope, window start).
Counters are written through the store's ``accounting`` engine: atomic and isolated like every
write, but committed without waiting for the disk (SQLite ``synchronous=NORMAL``, PostgreSQL
``synchronous_commit=off``), which takes a reservation from about 1 ms to about 0.2 ms. A power
loss can forget the last moment's reservations; decisions themselves stay fully durable.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import msgspec
from sqlalchemy import and_, func, or_, select, text, update

from arbiter.db.engine import Database
from arbiter.db.models import budget_counters, model_usage
from arbiter.errors import BadRequest
from arbiter.llm.policy import Budget

__all__ = ["BudgetStore", "Exceeded", "Reservation", "window_bounds"]

_NO_LIMIT = 1 << 62


def window_bounds(window: str, now: float) -> tuple[int, int]:
    """Start and end (unix seconds) of the calendar window holding ``now``."""
    t = int(now)
    if window == "hour":
        start = t - t % 3600
        return start, start + 3600
    if window == "day":
        start = t - t % 86400
        return start, start + 86400
    d = datetime.fromtimestamp(t, tz=UTC)
    first = datetime(d.year, d.month, 1, tzinfo=UTC)
    nxt = datetime(d.year + (d.month == 12), d.month % 12 + 1, 1, tzinfo=UTC)
    return int(first.timestamp()), int(nxt.timestamp())


class Reservation(msgspec.Struct, kw_only=True):
    """What one request reserved, where."""

    counters: list[tuple[str, int]]  # (scope key, window start)
    tokens: int
    micros: int


class Exceeded(msgspec.Struct, kw_only=True):
    """A budget the request does not fit in."""

    budget: Budget
    used_tokens: int
    used_micros: int
    wanted_tokens: int
    wanted_micros: int
    reset_at: int  # unix seconds

    def message(self) -> str:
        b = self.budget
        if b.tokens is not None and self.used_tokens + self.wanted_tokens > b.tokens:
            need = f"{b.tokens - self.used_tokens} tokens left, the request may use {self.wanted_tokens}"
        else:
            left = (b.micros or 0) - self.used_micros
            need = f"${left / 1e6:.6f} left, the request may cost ${self.wanted_micros / 1e6:.6f}"
        reset = datetime.fromtimestamp(self.reset_at, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return f"over the {b.describe()}: {need} (prompt plus max_tokens); it resets at {reset}"


class _Over(Exception):
    def __init__(self, members: list[int]) -> None:
        self.members = members


class BudgetStore:
    """Counters of the budgets, and the per-hour usage log behind ``GET /v1/usage``."""

    def __init__(self, db: Database, clock: Any = time.time) -> None:
        self.db = db
        self.clock = clock
        self._engine = db.accounting
        self._pg = db.dialect == "postgresql"
        # One statement per counter: a first reservation inserts the row, later ones add to it; either only
        # while the total stays within the limits (no row changes otherwise, and rowcount says so).
        self._reserve = text(
            "INSERT INTO budget_counters (scope, window_start, tokens, micros) "
            "SELECT :s, :w, :t, :m WHERE :t <= :lt AND :m <= :lm "
            "ON CONFLICT (scope, window_start) DO UPDATE SET tokens = budget_counters.tokens + excluded.tokens, "
            "micros = budget_counters.micros + excluded.micros "
            "WHERE budget_counters.tokens + excluded.tokens <= :lt AND budget_counters.micros + excluded.micros <= :lm")
        usage_conflict = ("ON CONFLICT (tenant, agent_id, model, hour_start) DO UPDATE SET "
                          "requests = model_usage.requests + 1, "
                          "input_tokens = model_usage.input_tokens + excluded.input_tokens, "
                          "output_tokens = model_usage.output_tokens + excluded.output_tokens, "
                          "micros = model_usage.micros + excluded.micros")
        self._log = text("INSERT INTO model_usage (tenant, agent_id, model, hour_start, requests, input_tokens, "
                         f"output_tokens, micros) VALUES (:t, :a, :m, :h, 1, :i, :o, :c) {usage_conflict}")

    def _relax(self, conn: Any) -> None:
        if self._pg:
            conn.execute(text("SET LOCAL synchronous_commit TO OFF"))

    def _keys(self, budgets: tuple[Budget, ...], tenant: str, agent_id: str, now: float) -> list[tuple[str, int, int]]:
        return [(b.key(tenant, agent_id), *window_bounds(b.window, now)) for b in budgets]

    def used(self, budgets: tuple[Budget, ...], tenant: str, agent_id: str) -> list[tuple[int, int]]:
        """(tokens, micros) used so far in each budget's current window."""
        keys = self._keys(budgets, tenant, agent_id, self.clock())
        if not keys:
            return []
        cond = or_(*(and_(budget_counters.c.scope == k, budget_counters.c.window_start == w) for k, w, _ in keys))
        with self.db.read.connect() as conn:
            rows = {(r.scope, r.window_start): (int(r.tokens), int(r.micros))
                    for r in conn.execute(select(budget_counters).where(cond))}
        return [rows.get((k, w), (0, 0)) for k, w, _ in keys]

    def remaining_fraction(self, budgets: tuple[Budget, ...], tenant: str, agent_id: str) -> float:
        """The smallest fraction left of any budget (1.0 without budgets)."""
        least = 1.0
        for b, (tokens, micros) in zip(budgets, self.used(budgets, tenant, agent_id), strict=True):
            if b.tokens is not None:
                least = min(least, max(0.0, 1 - tokens / b.tokens))
            if b.micros is not None:
                least = min(least, max(0.0, 1 - micros / b.micros))
        return least

    def reserve(self, budgets: tuple[Budget, ...], tenant: str, agent_id: str, tokens: int,
                micros: int) -> Reservation | Exceeded:
        """Reserve on every budget, or on none and say which budget is exceeded.

        Budgets of one scope and window share a counter; it is charged once, under the tightest of
        their limits."""
        now = self.clock()
        keys = self._keys(budgets, tenant, agent_id, now)
        counters: dict[tuple[str, int], list[int]] = {}  # (key, start) -> budget indexes
        for i, (key, start, _) in enumerate(keys):
            counters.setdefault((key, start), []).append(i)
        try:
            with self._engine.begin() as conn:
                self._relax(conn)
                for (key, start), members in counters.items():
                    token_limits = [t for i in members if (t := budgets[i].tokens) is not None]
                    micro_limits = [m for i in members if (m := budgets[i].micros) is not None]
                    limits = {"lt": min(token_limits, default=_NO_LIMIT), "lm": min(micro_limits, default=_NO_LIMIT)}
                    n = conn.execute(self._reserve, {"s": key, "w": start, "t": tokens, "m": micros, **limits}).rowcount
                    if n != 1:
                        raise _Over(members)
        except _Over as over:
            used = self.used(tuple(budgets[i] for i in over.members), tenant, agent_id)
            # Name the budget that does not fit (the first of the counter's budgets that overflows).
            for i, (t, m) in zip(over.members, used, strict=True):
                b = budgets[i]
                if (b.tokens is not None and t + tokens > b.tokens) or (b.micros is not None and m + micros > b.micros):
                    return Exceeded(budget=b, used_tokens=t, used_micros=m, wanted_tokens=tokens,
                                    wanted_micros=micros, reset_at=keys[i][2])
            i = over.members[0]  # raced with a release in between: report the first
            return Exceeded(budget=budgets[i], used_tokens=used[0][0], used_micros=used[0][1], wanted_tokens=tokens,
                            wanted_micros=micros, reset_at=keys[i][2])
        return Reservation(counters=list(counters), tokens=tokens, micros=micros)

    def settle(self, reservation: Reservation | None, *, tenant: str, agent_id: str, model: str,
               tokens_in: int, tokens_out: int, micros: int) -> None:
        """Replace a reservation by the real usage (or release it: zeros) and log the usage."""
        hour = int(self.clock()) // 3600 * 3600
        with self._engine.begin() as conn:
            self._relax(conn)
            if reservation is not None:
                dt, dm = tokens_in + tokens_out - reservation.tokens, micros - reservation.micros
                if dt or dm:
                    for key, start in reservation.counters:
                        row = budget_counters.c
                        conn.execute(update(budget_counters).where(row.scope == key, row.window_start == start)
                                     .values(tokens=row.tokens + dt,
                                             micros=row.micros + dm))
            if tokens_in or tokens_out or micros:
                conn.execute(self._log, {"t": tenant, "a": agent_id, "m": model, "h": hour, "i": tokens_in,
                                         "o": tokens_out, "c": micros})

    def usage(self, *, since: int, tenant: str | None = None, agent_id: str | None = None,
              model: str | None = None, group_by: tuple[str, ...] = ("tenant", "agent_id", "model")
              ) -> list[dict[str, Any]]:
        """Summed usage since ``since`` (unix seconds), grouped by any of tenant, agent_id and model."""
        unknown = sorted(set(group_by) - {"tenant", "agent_id", "model"})
        if unknown:
            raise BadRequest(f"usage can be grouped by tenant, agent_id and model, not {', '.join(unknown)}",
                             code="INVALID_QUERY", details={"group_by": list(group_by)})
        cols = [getattr(model_usage.c, g) for g in group_by]
        q = select(*cols, func.sum(model_usage.c.requests).label("requests"),
                   func.sum(model_usage.c.input_tokens).label("input_tokens"),
                   func.sum(model_usage.c.output_tokens).label("output_tokens"),
                   func.sum(model_usage.c.micros).label("micros")
                   ).where(model_usage.c.hour_start >= since - since % 3600)
        for col, value in (("tenant", tenant), ("agent_id", agent_id), ("model", model)):
            if value is not None:
                q = q.where(getattr(model_usage.c, col) == value)
        if cols:
            q = q.group_by(*cols).order_by(*cols)
        with self.db.read.connect() as conn:
            rows = conn.execute(q).all()
        out = []
        for r in rows:
            m = r._mapping
            if m["requests"] is None:
                continue
            out.append({**{g: m[g] for g in group_by}, "requests": int(m["requests"]),
                        "input_tokens": int(m["input_tokens"]), "output_tokens": int(m["output_tokens"]),
                        "cost_usd": round(int(m["micros"]) / 1e6, 6)})
        return out

