"""From a tolerated false-reuse rate to the bars a similar request must clear, by measurement.

A tool says how often it may be served another question's answer (``cache.max_false_reuse``,
default 0.5%); Arbiter turns that into a :class:`Reuse`: the cosine the FAISS stage needs and the
probability the verifier (the cross-encoder of :mod:`arbiter.cache.verifier`) needs, the near-miss
guard always applying. ``calibration.json`` holds, for a grid of both bars, how many labelled
near-miss pairs of the calibration set passed every stage (false reuses) and how many paraphrases
did (reuses). It is written by ``python bench/bench_cache.py --calibrate``. Rows without a
verifier bar measure the guard alone (its stricter tier for unexplained words included), for a
deployment without the verifier's model.

A setting qualifies when the one-sided 95% Clopper-Pearson upper bound of its false-reuse rate is
within the tolerance, and so is the next looser grid step's (one step of margin: the verifier's
next lower bar at the same cosine, or the next lower cosine). Of the qualifying settings the one
that reuses the most paraphrases is used. A tolerance none meets gives :data:`IDENTICAL`: only
texts equal after normalisation are reused.

The pairs are held-out sets neither the guard's rules nor the verifier's training saw
(``evals/cache/pairs_test.jsonl`` to ``pairs_test3.jsonl``): a bound measured on tuning pairs
understated false reuse on new wording 2.5-5x. A change to the guard or the verifier therefore
needs new pair sets before its calibration means anything.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["DEFAULT_MAX_FALSE_REUSE", "IDENTICAL", "Calibration", "Reuse", "load_calibration", "lower_bound",
           "reuse_for", "upper_bound"]

CALIBRATION_FILE = Path(__file__).with_name("calibration.json")
DEFAULT_MAX_FALSE_REUSE = 0.005
CONFIDENCE = 0.95


def _at_most(k: int, n: int, p: float, coef: list[float] | None = None) -> float:
    """P(X <= k) for X ~ Binomial(n, p), summed in log space (n in the thousands overflows floats);
    ``coef`` are the log binomial coefficients of 0..k when the caller already has them."""
    if p <= 0.0:
        return 1.0
    if p >= 1.0:
        return 1.0 if k >= n else 0.0
    coef = coef if coef is not None else _log_coefficients(k, n)
    lp, lq = math.log(p), math.log1p(-p)
    logs = [c + i * lp + (n - i) * lq for i, c in enumerate(coef)]
    top = max(logs)
    return min(1.0, math.exp(top) * sum(math.exp(v - top) for v in logs))


def _log_coefficients(k: int, n: int) -> list[float]:
    return [math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) for i in range(k + 1)]


# A bisection over binomial sums: every lookup asks for its tool's setting, and spot-check steps ask
# again for the counts they already had.
@functools.lru_cache(maxsize=4096)
def upper_bound(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound of a rate seen ``k`` times in ``n`` trials."""
    if n <= 0:
        return 1.0
    if k >= n:
        return 1.0
    alpha = 1.0 - confidence
    if k == 0:
        return 1.0 - alpha ** (1.0 / n)
    lo, hi = k / n, 1.0
    coef = _log_coefficients(k, n)
    for _ in range(60):  # bisection: P(X <= k) falls as p rises
        mid = (lo + hi) / 2
        if _at_most(k, n, mid, coef) > alpha:
            lo = mid
        else:
            hi = mid
    return hi


@functools.lru_cache(maxsize=4096)
def lower_bound(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson lower bound of a rate seen ``k`` times in ``n`` trials."""
    if k <= 0 or n <= 0:
        return 0.0
    alpha = 1.0 - confidence
    if k >= n:
        return alpha ** (1.0 / n)
    lo, hi = 0.0, k / n
    coef = _log_coefficients(k - 1, n)
    for _ in range(60):  # bisection: P(X >= k) = 1 - P(X <= k - 1) rises with p
        mid = (lo + hi) / 2
        if 1.0 - _at_most(k - 1, n, mid, coef) < alpha:
            lo = mid
        else:
            hi = mid
    return lo


@dataclass(frozen=True, slots=True)
class Reuse:
    """What a similar (not identical) request must clear to be served a stored result."""

    threshold: float  # the cosine of every semantic field with the stored text's
    verifier: float | None = None  # the verifier's probability; None: the guard's stricter tier instead


IDENTICAL = Reuse(1.0)  # only texts equal after normalisation


@dataclass(frozen=True, slots=True)
class Row:
    """What passed every stage at one setting on the calibration set."""

    threshold: float
    near_misses: int
    false_reuses: int
    paraphrases: int
    reuses: int
    verifier: float | None = None

    @property
    def bound(self) -> float:
        """Upper bound of the false-reuse rate at this setting."""
        return upper_bound(self.false_reuses, self.near_misses)

    @property
    def reuse(self) -> Reuse:
        """The setting this row measured."""
        return Reuse(self.threshold, self.verifier)


@dataclass(frozen=True, slots=True)
class Calibration:
    """The measured grid of one embedder model and one verifier model."""

    model_id: str
    rows: tuple[Row, ...]
    verifier_id: str | None = None

    def reuse_for(self, tolerance: float, verifier_id: str | None = None) -> Reuse:
        """The setting that reuses the most paraphrases with its bound, and its looser neighbour's,
        within ``tolerance``; verifier rows count only when ``verifier_id`` is the calibrated model."""
        return _reuse_for(self, tolerance, verifier_id)


@cache  # asked on every lookup; a calibration is immutable, so the answer is too
def _reuse_for(cal: Calibration, tolerance: float, verifier_id: str | None) -> Reuse:
    groups: dict[float | None, list[Row]] = {}
    for row in cal.rows:
        if row.verifier is None:
            groups.setdefault(None, []).append(row)  # guard alone: a ladder of cosines
        elif verifier_id is not None and verifier_id == cal.verifier_id:
            groups.setdefault(row.threshold, []).append(row)  # a ladder of verifier bars per cosine
    best: Row | None = None
    for key, ladder in groups.items():
        ladder.sort(key=lambda r: r.threshold if key is None else r.verifier or 0.0)
        for looser, row in itertools.pairwise(ladder):
            if looser.bound <= tolerance and row.bound <= tolerance and (
                    best is None or (row.reuses, row.threshold, row.verifier or 0.0)
                    > (best.reuses, best.threshold, best.verifier or 0.0)):
                best = row
    return IDENTICAL if best is None else best.reuse


@cache
def load_calibration(path: Path = CALIBRATION_FILE) -> Calibration:
    """The shipped calibration (read once)."""
    doc = json.loads(path.read_text())
    rows = tuple(sorted((Row(**r) for r in doc["rows"]), key=lambda r: (r.verifier or 0.0, r.threshold)))
    return Calibration(model_id=doc["model_id"], rows=rows, verifier_id=doc.get("verifier_id"))


def reuse_for(tolerance: float, verifier_id: str | None = None) -> Reuse:
    """The shipped calibration's setting for a tolerated false-reuse rate."""
    return load_calibration().reuse_for(tolerance, verifier_id)
