"""The tolerance -> threshold rule: Clopper-Pearson bounds and one grid step of margin."""

from __future__ import annotations

import itertools
import math

import pytest

from arbiter.cache.calibration import Calibration, Row, load_calibration, upper_bound


def test_upper_bound_of_zero_errors_is_the_exact_binomial_bound() -> None:
    # P(0 errors in n | p) = (1 - p)^n = 0.05 at the bound.
    for n in (10, 432, 598):
        p = upper_bound(0, n)
        assert math.isclose((1 - p) ** n, 0.05, rel_tol=1e-9)


@pytest.mark.parametrize(("k", "n"), [(1, 100), (6, 598), (21, 432)])
def test_upper_bound_holds_the_tail_at_five_percent(k: int, n: int) -> None:
    p = upper_bound(k, n)
    tail = sum(math.comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k + 1))
    assert math.isclose(tail, 0.05, rel_tol=1e-6)
    assert p > k / n


def test_more_errors_or_fewer_pairs_loosen_the_bound() -> None:
    assert upper_bound(0, 600) < upper_bound(1, 600) < upper_bound(5, 600)
    assert upper_bound(0, 600) < upper_bound(0, 100)
    assert upper_bound(0, 0) == 1.0 and upper_bound(5, 5) == 1.0


def _cal(*false_reuses: int, n: int = 600) -> Calibration:
    rows = tuple(Row(threshold=0.6 + 0.05 * i, near_misses=n, false_reuses=k, paraphrases=100, reuses=90 - 5 * i)
                 for i, k in enumerate(false_reuses))
    return Calibration(model_id="m", rows=rows)


def test_threshold_needs_its_own_and_the_next_lower_steps_bound() -> None:
    cal = _cal(9, 1, 0, 0, 0)  # thresholds 0.60 .. 0.80
    # 0.70 has no errors but 0.65 had one: one step of margin gives 0.75.
    assert cal.threshold_for(0.005) == pytest.approx(0.75)
    # A tolerance above 0.65's bound (1 in 600 -> ~0.79%) lets 0.70 qualify.
    assert cal.threshold_for(0.01) == pytest.approx(0.70)
    # No row within a tolerance tighter than any bound: only identical texts are reused.
    assert cal.threshold_for(0.001) == 1.0


def test_the_shipped_calibration_is_for_the_shipped_model_and_monotone() -> None:
    from arbiter.cache import default_embedder

    cal = load_calibration()
    assert cal.model_id == default_embedder().model_id
    assert [r.threshold for r in cal.rows] == sorted(r.threshold for r in cal.rows)
    # Raising the threshold never lets more pairs through.
    assert all(a.false_reuses >= b.false_reuses and a.reuses >= b.reuses
               for a, b in itertools.pairwise(cal.rows))

