"""Spot checks: measure false reuse on a tool's own traffic, and stop verified reuse that fails it.

The calibration bounds false reuse on labelled pairs; on wording unlike them the bound need not
hold (docs/cache.md). So, in the way vCache learns from explored hits, every Nth verified (not
exact) hit of a tool (``cache.spot_check_every``, default 20) is not served: the call goes upstream
like a miss, and the fresh, scrubbed result is compared with the result the cache would have
served (canonical JSON, without the tool's ``spot_check_ignore`` keys). Equal: that reuse would
have been right. Different: it would have served another question's answer, or a stale one; the
entry is dropped (from the store too, so every replica forgets it) and the disagreement counts.

Per (tenant, tool, tool version) the tallies give the observed rate of wrong reuse with a one-sided
95% Clopper-Pearson interval. When, at a disagreement, the interval's lower bound passes the tool's
``max_false_reuse`` (evidence, not one unlucky draw: at 0.5%, 1 disagreement in 10 checks suspends,
1 in 50 does not; a first check that disagrees suspends too), verified reuse of that tool is
suspended in this process: only the same wording is served, until the tool is registered again (a
new version starts new tallies). The tallies live in memory, per
process; each outcome is in its decision's audit record (``cache.spot_check``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from arbiter.cache.calibration import lower_bound, upper_bound
from arbiter.cache.keys import canonical

__all__ = ["SpotChecks", "Tally", "same_result"]

ToolKey = tuple[str, str, int]  # tenant, tool, tool version


@dataclass(slots=True)
class Tally:
    """What the spot checks of one tool version found."""

    verified_hits: int = 0  # verified hits counted toward the schedule, spot-checked ones included
    checks: int = 0
    disagreements: int = 0
    tolerance: float = 0.0  # the tool's max_false_reuse when last checked
    suspended: bool = False


def _without(value: Any, paths: tuple[tuple[str, ...], ...]) -> Any:
    """A copy of ``value`` without the keys at ``paths`` (a path through a list applies to every item)."""
    if not paths:
        return value
    if isinstance(value, list):
        return [_without(v, paths) for v in value]
    if not isinstance(value, dict):
        return value
    here = {p[0] for p in paths if len(p) == 1}
    out = {}
    for key, v in value.items():
        if key in here:
            continue
        deeper = tuple(p[1:] for p in paths if len(p) > 1 and p[0] == key)
        out[key] = _without(v, deeper)
    return out


def same_result(fresh: Any, reused: Any, ignore: tuple[tuple[str, ...], ...] = ()) -> bool:
    """Whether two results are the same answer: equal canonical JSON once the ``ignore`` keys are gone."""
    try:
        return canonical(_without(fresh, ignore)) == canonical(_without(reused, ignore))
    except (TypeError, ValueError):  # not JSON (cannot happen for stored results): not the same
        return False


class SpotChecks:
    """The schedule and the tallies of one process's spot checks (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tallies: dict[ToolKey, Tally] = {}

    def due(self, key: ToolKey, every: int) -> bool:
        """Count a verified hit of ``key``; whether it is the one in ``every`` to check instead of serving."""
        with self._lock:
            tally = self._tallies.setdefault(key, Tally())
            tally.verified_hits += 1
            return every > 0 and tally.verified_hits % every == 0

    def suspended(self, key: ToolKey) -> bool:
        """Whether the spot checks of ``key`` have shown more wrong reuse than it tolerates."""
        with self._lock:
            tally = self._tallies.get(key)
            return tally is not None and tally.suspended

    def record(self, key: ToolKey, agree: bool, tolerance: float) -> Tally:
        """Count one spot check's outcome; suspends verified reuse of ``key`` once the evidence says its
        false-reuse rate is above ``tolerance``. Returns a copy of the tally."""
        with self._lock:
            tally = self._tallies.setdefault(key, Tally())
            tally.checks += 1
            tally.disagreements += 0 if agree else 1
            tally.tolerance = tolerance
            if not agree and lower_bound(tally.disagreements, tally.checks) > tolerance:
                tally.suspended = True
            return Tally(tally.verified_hits, tally.checks, tally.disagreements, tally.tolerance, tally.suspended)

    def snapshot(self, tenant: str | None = None) -> list[dict[str, Any]]:
        """Every tally (of ``tenant``, when given) with its rate and interval, for the admin endpoint."""
        with self._lock:
            items = sorted((k, Tally(t.verified_hits, t.checks, t.disagreements, t.tolerance, t.suspended))
                           for k, t in self._tallies.items() if tenant is None or k[0] == tenant)
        return [{"tenant": k[0], "tool": k[1], "tool_version": k[2], "verified_hits": t.verified_hits,
                 "checks": t.checks, "disagreements": t.disagreements,
                 "rate": t.disagreements / t.checks if t.checks else None,
                 "lower_95": lower_bound(t.disagreements, t.checks) if t.checks else None,
                 "upper_95": upper_bound(t.disagreements, t.checks) if t.checks else None,
                 "max_false_reuse": t.tolerance or None, "suspended": t.suspended} for k, t in items]
