"""Spot checks: measure false reuse on a tool's own traffic, and stop verified reuse that fails it.

The calibration bounds false reuse on labelled pairs; on wording unlike them the bound need not
hold (docs/cache.md). So, in the way vCache learns from explored hits, every Nth verified (not
exact) hit of a tool (``cache.spot_check_every``, default 20) is not served: the call goes upstream
like a miss, and the fresh, scrubbed result is compared with the result the cache would have
served (canonical JSON, without the tool's ``spot_check_ignore`` keys). Equal: that reuse would
have been right. Different: it would have served another question's answer, or a stale one; the
entry is dropped (from the store too, so every replica forgets it) and the disagreement counts.

Per (tenant, tool, tool version) the tallies give the observed rate of wrong reuse with a one-sided
95% Clopper-Pearson interval. While the interval's lower bound is above the tool's
``max_false_reuse`` (evidence, not one unlucky draw: at 0.5%, 1 disagreement in 10 checks suspends,
1 in 50 does not; a first check that disagrees suspends too), verified reuse of that tool is
suspended: only the same wording is served, until the tool is registered again (a new version
starts new tallies). The tallies are kept in the cache store (table ``cache_spot_checks``, one
atomic upsert per outcome), so every process and replica on it pools its evidence, a suspension
holds for all of them within a second, and a restart keeps them; the schedule (which hit is the
Nth) is per process. Each outcome is also in its decision's audit record (``cache.spot_check``).

Second looks cost nothing: when the verifier turns the best candidate down with a probability
between :data:`BAR_FLOOR` and the tool's bar, the call goes upstream anyway, and its fresh result
is compared with that candidate's stored one (``cache.second_look``). Would reusing it have been
right? Counted by score step, these say what the calibrated bar costs this tool in lost reuse, and
(``cache.learn_bar``, on by default) let the tool's own traffic lower its verifier bar, one step
at a time, to the lowest step where that step and each one above it show, on their own
observations, a one-sided 95% upper bound of wrong answers within ``max_false_reuse``: at 0.5% that
takes 598 or more observations without a disagreement in every step. Verified hits served under a
learnt bar are spot-checked like the rest, and their outcomes count in the same steps, so
disagreements raise the bar again. The bar never goes below 0.90, the calibrated bar of tools that
tolerate 1-5%.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import SQLAlchemyError

from arbiter.cache.calibration import lower_bound, upper_bound
from arbiter.cache.keys import canonical

if TYPE_CHECKING:
    from arbiter.cache.store import CacheStore

log = logging.getLogger(__name__)

__all__ = ["BAR_FLOOR", "BAR_STEPS", "SpotChecks", "Tally", "ToolKey", "learnt_bar", "same_result"]

ToolKey = tuple[str, str, int]  # tenant, tool, tool version
# The verifier scores a learnt bar may come down to. The lowest is the calibrated bar of tools that
# tolerate 1-5%: no tool's traffic takes its bar below what the calibration gives a looser tool.
BAR_STEPS = (0.90, 0.93, 0.95, 0.97, 0.98)
BAR_FLOOR = BAR_STEPS[0]


@dataclass(slots=True)
class Tally:
    """What the spot checks and second looks of one tool version found, and what follows from it."""

    verified_hits: int = 0  # this process's verified hits counted toward the schedule
    checks: int = 0  # spot checks (all processes sharing the store)
    disagreements: int = 0
    # Would-be reuses below the calibrated bar (second looks, and spot checks of hits a learnt bar
    # served), by score step: step -> [observations, disagreements].
    below: dict[float, list[int]] = field(default_factory=dict)
    tolerance: float = 0.0  # the tool's max_false_reuse when last counted
    calibrated: float | None = None  # the calibrated verifier bar when last counted
    suspended: bool = False  # derived: the spot checks' lower bound is above the tolerance
    bar: float | None = None  # derived: the learnt verifier bar (None: the calibrated one applies)
    loaded_at: float = float("-inf")  # when the counts were last read from the store

    def copy(self) -> Tally:
        """A snapshot that later counts do not change."""
        return Tally(self.verified_hits, self.checks, self.disagreements, {k: list(v) for k, v in self.below.items()},
                     self.tolerance, self.calibrated, self.suspended, self.bar, self.loaded_at)

    def derive(self, suspension: bool = True) -> None:
        """Recompute what follows from the counts (only when they change: a bound costs a bisection).
        ``suspension=False`` keeps the suspension as it is: one more agreement only lowers the lower
        bound, so it cannot suspend a tool that is not suspended."""
        if suspension:
            # The lower bound is under the observed rate: a rate within the tolerance needs no bisection.
            self.suspended = bool(self.checks) and self.disagreements / self.checks > self.tolerance \
                and lower_bound(self.disagreements, self.checks) > self.tolerance
        self.bar = None if self.calibrated is None else learnt_bar(self.below, self.calibrated, self.tolerance)


def _step(score: float) -> float | None:
    """The highest step at or below ``score`` (None below the floor)."""
    steps = [s for s in BAR_STEPS if s <= score]
    return steps[-1] if steps else None


def learnt_bar(below: dict[float, list[int]], calibrated: float, tolerance: float) -> float | None:
    """The lowest step under ``calibrated`` such that it and every step above it (under ``calibrated``)
    each show, on their own observations, a 95% upper bound of wrong answers within ``tolerance``;
    None if the step just under the bar does not. Step by step, so plenty of evidence at 0.97 says
    nothing about 0.90."""
    bar = None
    for step in sorted((s for s in BAR_STEPS if s < calibrated), reverse=True):
        n, k = below.get(step, (0, 0))
        # The bound is above the observed rate: a rate at the tolerance fails without a bisection.
        if not n or k / n >= tolerance or upper_bound(k, n) > tolerance:
            break
        bar = step
    return bar


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


_ECHO = "\u0000echo"  # stands for a request's own text repeated in its result


def _unechoed(value: Any, texts: frozenset[str]) -> Any:
    """``value`` with every string leaf that is one of the request's ``texts`` replaced by one marker."""
    if not texts:
        return value
    if isinstance(value, str):
        return _ECHO if value in texts else value
    if isinstance(value, list):
        return [_unechoed(v, texts) for v in value]
    if isinstance(value, dict):
        return {k: _unechoed(v, texts) for k, v in value.items()}
    return value


def same_result(fresh: Any, reused: Any, ignore: tuple[tuple[str, ...], ...] = (),
                echoes: tuple[Iterable[str], Iterable[str]] = ((), ())) -> bool:
    """Whether two results are the same answer: equal canonical JSON once the ``ignore`` keys are gone
    and each result's echo of its own request's semantic texts (``echoes``: the fresh call's, the
    reused entry's; a search API's ``"query": "..."``) is one marker."""
    mine, theirs = frozenset(echoes[0]), frozenset(echoes[1])
    try:
        return canonical(_unechoed(_without(fresh, ignore), mine)) == \
            canonical(_unechoed(_without(reused, ignore), theirs))
    except (TypeError, ValueError):  # not JSON (cannot happen for stored results): not the same
        return False


# The shared store's step column for spot checks of verified hits (the score steps are stored in
# hundredths: 98, 97, 95, 93, 90).
SPOT_STEP = 100
REFRESH_S = 1.0  # how stale another process's counts may be here


class SpotChecks:
    """The schedule (per process) and the tallies (in the cache store when given, so every process
    sharing it pools its evidence and a suspension or a learnt bar holds for all; else in memory).
    Thread-safe. A store that fails is logged and the count kept here: these are measurements, and
    the call they come from has already been decided."""

    def __init__(self, store: CacheStore | None = None, *, clock: Callable[[], float] = time.monotonic,
                 refresh_s: float = REFRESH_S) -> None:
        self.store = store
        self.clock = clock
        self.refresh_s = refresh_s
        self._lock = threading.Lock()
        self._tallies: dict[ToolKey, Tally] = {}

    def _tally(self, key: ToolKey) -> Tally:
        """The key's tally, re-read from the store when it is older than ``refresh_s``."""
        with self._lock:
            tally = self._tallies.setdefault(key, Tally())
            if self.store is None or self.clock() - tally.loaded_at < self.refresh_s:
                return tally
            tally.loaded_at = self.clock()  # one reader at a time; the others use what is here
        try:
            rows = self.store.spot_check_counts(key)
        except SQLAlchemyError as exc:
            log.warning("spot-check counts of %s unreadable: %s", key, exc)
            return tally
        with self._lock:
            _apply(tally, rows)
            return tally

    def due(self, key: ToolKey, every: int) -> bool:
        """Count a verified hit of ``key``; whether it is the one in ``every`` to check instead of serving."""
        with self._lock:
            tally = self._tallies.setdefault(key, Tally())
            tally.verified_hits += 1
            return every > 0 and tally.verified_hits % every == 0

    def suspended(self, key: ToolKey) -> bool:
        """Whether the spot checks of ``key`` have shown more wrong reuse than it tolerates."""
        return self._tally(key).suspended

    def bar(self, key: ToolKey) -> float | None:
        """The verifier bar the tool's traffic has earned (None: the calibrated one)."""
        return self._tally(key).bar

    def _count(self, key: ToolKey, step: int, agree: bool, tolerance: float, calibrated: float | None) -> Tally:
        rows = None
        if self.store is not None:
            try:
                rows = self.store.add_spot_check(key, step, agree, tolerance, calibrated)
            except SQLAlchemyError as exc:
                log.warning("spot-check outcome of %s not stored: %s", key, exc)
        with self._lock:
            tally = self._tallies.setdefault(key, Tally())
            if rows is not None:
                _apply(tally, rows)
                tally.loaded_at = self.clock()
            elif step == SPOT_STEP:
                tally.checks += 1
                tally.disagreements += 0 if agree else 1
            else:
                seen = tally.below.setdefault(step / 100, [0, 0])
                seen[0] += 1
                seen[1] += 0 if agree else 1
            changed = tally.tolerance != tolerance
            tally.tolerance = tolerance
            if calibrated is not None:
                tally.calibrated = calibrated
            tally.derive(suspension=rows is not None or changed or not agree or tally.suspended)
            return tally.copy()

    def record(self, key: ToolKey, agree: bool, tolerance: float) -> Tally:
        """Count one spot check's outcome; verified reuse of ``key`` is suspended while the evidence says
        its false-reuse rate is above ``tolerance``. Returns a copy of the tally."""
        return self._count(key, SPOT_STEP, agree, tolerance, None)

    def observe(self, key: ToolKey, score: float, agree: bool, calibrated: float, tolerance: float) -> Tally:
        """Count a would-be reuse at verifier ``score`` under the ``calibrated`` bar, and derive the tool's
        learnt bar from the counts. Scores at or above the calibrated bar or under the floor are not
        counted. Returns a copy of the tally."""
        step = _step(score)
        if step is None or score >= calibrated:
            with self._lock:
                return self._tallies.setdefault(key, Tally()).copy()
        return self._count(key, round(step * 100), agree, tolerance, calibrated)

    def snapshot(self, tenant: str | None = None) -> list[dict[str, Any]]:
        """Every tally (of ``tenant``, when given) with its rate and interval, for the admin endpoint;
        with a store, every tool version any process counted."""
        if self.store is not None:
            try:
                for key, rows in self.store.spot_check_tallies(tenant).items():
                    with self._lock:
                        tally = self._tallies.setdefault(key, Tally())
                        _apply(tally, rows)
                        tally.loaded_at = self.clock()
            except SQLAlchemyError as exc:
                log.warning("spot-check counts unreadable: %s", exc)
        with self._lock:
            items = sorted(((k, t.copy()) for k, t in self._tallies.items() if tenant is None or k[0] == tenant),
                           key=lambda item: item[0])
        return [{"tenant": k[0], "tool": k[1], "tool_version": k[2], "verified_hits": t.verified_hits,
                 "checks": t.checks, "disagreements": t.disagreements,
                 "rate": t.disagreements / t.checks if t.checks else None,
                 "lower_95": lower_bound(t.disagreements, t.checks) if t.checks else None,
                 "upper_95": upper_bound(t.disagreements, t.checks) if t.checks else None,
                 "max_false_reuse": t.tolerance or None, "suspended": t.suspended,
                 "below_bar": [{"from": step, "observations": v[0], "disagreements": v[1]}
                               for step, v in sorted(t.below.items())],
                 "calibrated_bar": t.calibrated, "learnt_bar": t.bar} for k, t in items]


def _apply(tally: Tally, rows: list[tuple[int, int, int, float, float | None]]) -> None:
    """Set ``tally``'s counts from the store's rows: (step, observations, disagreements, tolerance, calibrated)."""
    if not rows:
        return
    for step, n, k, tolerance, calibrated in rows:
        if step == SPOT_STEP:
            tally.checks, tally.disagreements = n, k
        else:
            tally.below[step / 100] = [n, k]
        tally.tolerance = tolerance
        if calibrated is not None:
            tally.calibrated = calibrated
    tally.derive()
