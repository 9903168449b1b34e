"""The tolerance -> setting rule: Clopper-Pearson bounds, one grid step of margin, the most reuse."""

from __future__ import annotations

import itertools
import math

import pytest

from arbiter.cache.calibration import IDENTICAL, Calibration, Reuse, Row, load_calibration, lower_bound, upper_bound


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


@pytest.mark.parametrize(("k", "n"), [(1, 2), (1, 10), (3, 50), (21, 432)])
def test_lower_bound_holds_the_upper_tail_at_five_percent(k: int, n: int) -> None:
    p = lower_bound(k, n)
    tail = sum(math.comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k, n + 1))
    assert math.isclose(tail, 0.05, rel_tol=1e-6)
    assert 0 < p < k / n < upper_bound(k, n)


def test_bounds_of_edge_counts_and_large_samples() -> None:
    assert lower_bound(0, 50) == 0.0 and lower_bound(0, 0) == 0.0
    assert math.isclose(lower_bound(10, 10) ** 10, 0.05, rel_tol=1e-9)  # P(10 of 10 | p) = p^10
    # Thousands of trials: no float overflow, and the interval is tight around the rate.
    lo, hi = lower_bound(300, 5000), upper_bound(300, 5000)
    assert 0.054 < lo < 0.06 < hi < 0.066


def _cal(*false_reuses: int, n: int = 600, extra: tuple[Row, ...] = ()) -> Calibration:
    rows = tuple(Row(threshold=0.6 + 0.05 * i, near_misses=n, false_reuses=k, paraphrases=100, reuses=90 - 5 * i)
                 for i, k in enumerate(false_reuses))
    return Calibration(model_id="m", rows=rows + extra, verifier_id="v")


def test_threshold_needs_its_own_and_the_next_lower_steps_bound() -> None:
    cal = _cal(9, 1, 0, 0, 0)  # thresholds 0.60 .. 0.80
    # 0.70 has no errors but 0.65 had one: one step of margin gives 0.75.
    assert cal.reuse_for(0.005) == Reuse(pytest.approx(0.75))  # type: ignore[arg-type]
    # A tolerance above 0.65's bound (1 in 600 -> ~0.79%) lets 0.70 qualify.
    assert cal.reuse_for(0.01).threshold == pytest.approx(0.70)
    # No row within a tolerance tighter than any bound: only identical texts are reused.
    assert cal.reuse_for(0.001) == IDENTICAL


def _verifier_rows(cosine: float, *cells: tuple[float, int, int]) -> tuple[Row, ...]:
    return tuple(Row(threshold=cosine, verifier=bar, near_misses=600, false_reuses=k, paraphrases=100, reuses=r)
                 for bar, k, r in cells)


def test_verifier_rows_need_the_next_lower_bar_within_the_tolerance_too() -> None:
    ladder = _verifier_rows(0.7, (0.5, 3, 95), (0.8, 1, 93), (0.9, 0, 91), (0.95, 0, 88))
    cal = _cal(9, 1, 0, 0, 0, extra=ladder)
    # 0.9 has no errors, but 0.8 had one (bound ~0.79%): at 0.5% the first qualifying bar is 0.95,
    # which reuses more than the guard's best cosine (0.75: 75 paraphrases).
    assert cal.reuse_for(0.005, "v") == Reuse(0.7, 0.95)
    # At 1% the 0.9 bar qualifies (0.8 is within), and reuses more.
    assert cal.reuse_for(0.01, "v") == Reuse(0.7, 0.9)


def test_the_setting_that_reuses_most_wins_across_cosines() -> None:
    low = _verifier_rows(0.7, (0.5, 0, 80), (0.8, 0, 78))
    high = _verifier_rows(0.8, (0.5, 0, 85), (0.8, 0, 84))
    cal = _cal(9, 9, 9, 9, 9, extra=low + high)
    assert cal.reuse_for(0.005, "v") == Reuse(0.8, 0.8)


def test_verifier_rows_count_only_for_the_calibrated_verifier() -> None:
    cal = _cal(9, 1, 0, 0, 0, extra=_verifier_rows(0.7, (0.5, 0, 99), (0.8, 0, 98)))
    assert cal.reuse_for(0.005, "v") == Reuse(0.7, 0.8)
    # Another verifier model (or none): its rows say nothing about it; the guard alone decides.
    assert cal.reuse_for(0.005, "another") == cal.reuse_for(0.005) == Reuse(pytest.approx(0.75))  # type: ignore[arg-type]


def test_the_shipped_calibration_is_for_the_shipped_models_and_monotone() -> None:
    from arbiter.cache import default_embedder
    from arbiter.cache.verifier import default_verifier

    cal = load_calibration()
    assert cal.model_id == default_embedder().model_id
    assert cal.verifier_id == default_verifier().model_id
    ladders: dict[float | None, list[Row]] = {}
    for row in cal.rows:
        ladders.setdefault(None if row.verifier is None else row.threshold, []).append(row)
    assert set(ladders) > {None}  # the guard's ladder and at least one verifier ladder
    for key, ladder in ladders.items():
        ladder.sort(key=lambda r: r.threshold if key is None else r.verifier or 0.0)
        # Raising a bar never lets more pairs through.
        assert all(a.false_reuses >= b.false_reuses and a.reuses >= b.reuses for a, b in itertools.pairwise(ladder))
