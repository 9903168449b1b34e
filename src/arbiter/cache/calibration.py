"""From a tolerated false-reuse rate to a similarity threshold, by measurement.

A tool says how often it may be served another question's answer (``cache.max_false_reuse``,
default 0.5%); Arbiter turns that into the cosine threshold of its two-stage check (FAISS
similarity, then the near-miss guard). ``calibration.json`` holds, for a grid of thresholds, how
many labelled near-miss pairs of the calibration set passed both stages (false reuses) and how many
paraphrases did (reuses). It is written by ``python bench/bench_cache.py --calibrate``.

A threshold qualifies when the one-sided 95% Clopper-Pearson upper bound of its false-reuse rate is
within the tolerance, and so is the next lower grid step's (one step of margin). The lowest
qualifying threshold is used. A tolerance no row meets gives 1.0: only identical texts are reused.

The pairs are the held-out sets the guard was *not* written on (``evals/cache/pairs_test.jsonl``,
``pairs_test2.jsonl``, ``pairs_test3.jsonl``): a bound measured on the tune pairs, where every
rule was fitted, understated false reuse on new wording by 2.5-5x, so only pairs the rules never
saw give an honest bound. A change to the guard therefore needs new pair sets before its
calibration means anything.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["DEFAULT_MAX_FALSE_REUSE", "Calibration", "load_calibration", "threshold_for", "upper_bound"]

CALIBRATION_FILE = Path(__file__).with_name("calibration.json")
DEFAULT_MAX_FALSE_REUSE = 0.005
CONFIDENCE = 0.95


def upper_bound(k: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound of a rate seen ``k`` times in ``n`` trials."""
    if n <= 0:
        return 1.0
    if k >= n:
        return 1.0
    alpha = 1.0 - confidence
    if k == 0:
        return 1.0 - alpha ** (1.0 / n)

    def cdf(p: float) -> float:  # P(X <= k) for X ~ Binomial(n, p)
        return sum(math.comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k + 1))

    lo, hi = k / n, 1.0
    for _ in range(60):  # bisection: cdf falls as p rises
        mid = (lo + hi) / 2
        if cdf(mid) > alpha:
            lo = mid
        else:
            hi = mid
    return hi


@dataclass(frozen=True, slots=True)
class Row:
    """What passed both stages at one threshold on the calibration set."""

    threshold: float
    near_misses: int
    false_reuses: int
    paraphrases: int
    reuses: int

    @property
    def bound(self) -> float:
        """Upper bound of the false-reuse rate at this threshold."""
        return upper_bound(self.false_reuses, self.near_misses)


@dataclass(frozen=True, slots=True)
class Calibration:
    """The measured grid of one embedder model (rows by ascending threshold)."""

    model_id: str
    rows: tuple[Row, ...]

    def threshold_for(self, tolerance: float) -> float:
        """The lowest threshold whose bound, and the next lower step's, is within ``tolerance``."""
        for below, row in zip(self.rows, self.rows[1:], strict=False):
            if below.bound <= tolerance and row.bound <= tolerance:
                return row.threshold
        return 1.0


@cache
def load_calibration(path: Path = CALIBRATION_FILE) -> Calibration:
    """The shipped calibration (read once)."""
    doc = json.loads(path.read_text())
    rows = tuple(sorted((Row(**r) for r in doc["rows"]), key=lambda r: r.threshold))
    return Calibration(model_id=doc["model_id"], rows=rows)


def threshold_for(tolerance: float) -> float:
    """The shipped calibration's threshold for a tolerated false-reuse rate."""
    return load_calibration().threshold_for(tolerance)
