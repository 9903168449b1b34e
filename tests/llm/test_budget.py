"""Budgets in the shared store: calendar windows, all-or-nothing reservations, settling, the usage log."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest

from arbiter.db.engine import Database
from arbiter.llm.budget import BudgetStore, Exceeded, Reservation, window_bounds
from arbiter.llm.policy import Budget
from arbiter.settings import normalize_database_url


def ts(*args: int) -> int:
    """Unix seconds of a UTC date-time."""
    return int(datetime(*args, tzinfo=UTC).timestamp())  # type: ignore[misc]


# 2024-06-15 10:20:30 UTC: mid-hour, mid-day, mid-month.
T = ts(2024, 6, 15, 10, 20, 30)


class Clock:
    """A settable clock for deterministic windows."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(normalize_database_url(db_url))
    database.migrate()
    yield database
    database.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock(T)


@pytest.fixture
def store(db: Database, clock: Clock) -> BudgetStore:
    return BudgetStore(db, clock=clock)


AGENT_DAY = Budget(scope="agent", window="day", tokens=1_000)
TENANT_MONTH = Budget(scope="tenant", window="month", tokens=5_000, micros=2_000_000)


# ---- windows ---------------------------------------------------------------------------------

def test_hour_window() -> None:
    assert window_bounds("hour", T) == (ts(2024, 6, 15, 10), ts(2024, 6, 15, 11))
    # The start belongs to its window, the end to the next one.
    assert window_bounds("hour", ts(2024, 6, 15, 11)) == (ts(2024, 6, 15, 11), ts(2024, 6, 15, 12))
    assert window_bounds("hour", ts(2024, 6, 15, 11) - 0.5) == (ts(2024, 6, 15, 10), ts(2024, 6, 15, 11))


def test_day_window() -> None:
    assert window_bounds("day", T) == (ts(2024, 6, 15), ts(2024, 6, 16))
    assert window_bounds("day", ts(2024, 6, 16)) == (ts(2024, 6, 16), ts(2024, 6, 17))


@pytest.mark.parametrize(("now", "start", "end"), [
    (T, ts(2024, 6, 1), ts(2024, 7, 1)),
    (ts(2024, 2, 29, 23, 59, 59), ts(2024, 2, 1), ts(2024, 3, 1)),  # leap February: 29 days
    (ts(2023, 2, 10), ts(2023, 2, 1), ts(2023, 3, 1)),
    (ts(2024, 1, 1), ts(2024, 1, 1), ts(2024, 2, 1)),
    (ts(2024, 11, 30, 23, 59, 59), ts(2024, 11, 1), ts(2024, 12, 1)),
])
def test_month_window(now: int, start: int, end: int) -> None:
    assert window_bounds("month", now) == (start, end)


def test_december_rolls_over_into_january_of_the_next_year() -> None:
    now = ts(2024, 12, 31, 23, 30)
    assert window_bounds("month", now) == (ts(2024, 12, 1), ts(2025, 1, 1))
    assert window_bounds("day", now) == (ts(2024, 12, 31), ts(2025, 1, 1))
    assert window_bounds("hour", now) == (ts(2024, 12, 31, 23), ts(2025, 1, 1))
    assert window_bounds("month", ts(2025, 1, 1)) == (ts(2025, 1, 1), ts(2025, 2, 1))


# ---- reserving -------------------------------------------------------------------------------

def test_reserve_within_the_limit_counts_on_every_budget(store: BudgetStore) -> None:
    budgets = (AGENT_DAY, TENANT_MONTH)
    r = store.reserve(budgets, "acme", "ag1", 300, 1_000)
    assert isinstance(r, Reservation)
    assert r.tokens == 300 and r.micros == 1_000
    assert r.counters == [("agent:ag1:day", ts(2024, 6, 15)), ("tenant:acme:month", ts(2024, 6, 1))]
    assert store.used(budgets, "acme", "ag1") == [(300, 1_000), (300, 1_000)]
    r2 = store.reserve(budgets, "acme", "ag1", 700, 0)  # exactly up to the agent's limit
    assert isinstance(r2, Reservation)
    assert store.used(budgets, "acme", "ag1") == [(1_000, 1_000), (1_000, 1_000)]


def test_counters_are_per_agent_and_per_tenant(store: BudgetStore) -> None:
    budgets = (AGENT_DAY, TENANT_MONTH)
    assert isinstance(store.reserve(budgets, "acme", "ag1", 400, 0), Reservation)
    assert isinstance(store.reserve(budgets, "acme", "ag2", 100, 0), Reservation)
    assert isinstance(store.reserve(budgets, "globex", "ag3", 50, 0), Reservation)
    assert store.used(budgets, "acme", "ag1") == [(400, 0), (500, 0)]
    assert store.used(budgets, "acme", "ag2") == [(100, 0), (500, 0)]
    assert store.used(budgets, "globex", "ag3") == [(50, 0), (50, 0)]
    assert store.used(budgets, "globex", "nobody") == [(0, 0), (50, 0)]


def test_reserve_without_budgets_is_an_empty_reservation(store: BudgetStore) -> None:
    r = store.reserve((), "acme", "ag1", 10**9, 10**9)
    assert isinstance(r, Reservation) and r.counters == []
    assert store.used((), "acme", "ag1") == []


@pytest.mark.parametrize("over", [0, 1, 2])
def test_a_refusal_reserves_nothing_on_any_budget(store: BudgetStore, over: int) -> None:
    budgets = (Budget(scope="agent", window="hour", tokens=10_000),
               Budget(scope="agent", window="day", tokens=10_000),
               Budget(scope="tenant", window="month", tokens=10_000))
    # Fill the budget at index `over` through a one-budget reservation, so only it is near its limit.
    assert isinstance(store.reserve((budgets[over],), "acme", "ag1", 9_900, 0), Reservation)
    before = store.used(budgets, "acme", "ag1")
    out = store.reserve(budgets, "acme", "ag1", 200, 0)
    assert isinstance(out, Exceeded)
    assert out.budget == budgets[over]
    assert (out.used_tokens, out.used_micros) == (9_900, 0)
    assert store.used(budgets, "acme", "ag1") == before  # the earlier budgets' increments were rolled back
    # What still fits is reserved.
    assert isinstance(store.reserve(budgets, "acme", "ag1", 100, 0), Reservation)
    assert [u[0] for u in store.used(budgets, "acme", "ag1")] == [b + 100 for b, _ in before]


def test_token_limit_alone(store: BudgetStore) -> None:
    b = (Budget(scope="agent", window="day", tokens=1_000),)
    assert isinstance(store.reserve(b, "t", "a", 1_001, 0), Exceeded)  # one reservation bigger than the limit
    assert store.used(b, "t", "a") == [(0, 0)]
    assert isinstance(store.reserve(b, "t", "a", 600, 10**12), Reservation)  # no dollar limit: micros are free
    assert isinstance(store.reserve(b, "t", "a", 401, 0), Exceeded)
    assert isinstance(store.reserve(b, "t", "a", 400, 0), Reservation)
    assert store.used(b, "t", "a") == [(1_000, 10**12)]


def test_micros_limit_alone(store: BudgetStore) -> None:
    b = (Budget(scope="tenant", window="month", micros=5_000_000),)  # $5
    assert isinstance(store.reserve(b, "t", "a", 10**9, 3_000_000), Reservation)  # no token limit
    out = store.reserve(b, "t", "a", 1, 2_000_001)
    assert isinstance(out, Exceeded)
    assert (out.used_tokens, out.used_micros) == (10**9, 3_000_000)
    assert isinstance(store.reserve(b, "t", "a", 1, 2_000_000), Reservation)
    assert store.used(b, "t", "a") == [(10**9 + 1, 5_000_000)]


def test_both_limits_in_one_budget(store: BudgetStore) -> None:
    b = (Budget(scope="agent", window="day", tokens=1_000, micros=1_000),)
    assert isinstance(store.reserve(b, "t", "a", 500, 900), Reservation)
    assert isinstance(store.reserve(b, "t", "a", 10, 101), Exceeded)  # micros would pass
    assert isinstance(store.reserve(b, "t", "a", 501, 0), Exceeded)  # tokens would pass
    assert store.used(b, "t", "a") == [(500, 900)]


def test_exceeded_says_when_the_window_resets(store: BudgetStore) -> None:
    b = (Budget(scope="agent", window="day", tokens=100),)
    out = store.reserve(b, "acme", "ag1", 101, 0)
    assert isinstance(out, Exceeded)
    assert out.reset_at == ts(2024, 6, 16)
    assert (out.wanted_tokens, out.wanted_micros) == (101, 0)
    msg = out.message()
    assert "agent budget of 100 tokens per day" in msg
    assert "100 tokens left" in msg and "101" in msg
    assert msg.endswith("it resets at 2024-06-16T00:00:00Z")
    usd = Budget(scope="tenant", window="month", micros=2_500_000)
    out = store.reserve((usd,), "acme", "ag1", 1, 2_500_001)
    assert isinstance(out, Exceeded)
    assert out.reset_at == ts(2024, 7, 1)
    assert (out.wanted_tokens, out.wanted_micros) == (1, 2_500_001)
    msg = out.message()
    assert "tenant budget of $2.5" in msg and "per month" in msg
    assert "tokens left" not in msg  # the dollar limit is the one passed
    assert msg.endswith("it resets at 2024-07-01T00:00:00Z")


def test_exceeded_names_the_limit_actually_passed(store: BudgetStore) -> None:
    b = (Budget(scope="agent", window="day", tokens=1_000, micros=1_000),)
    assert isinstance(store.reserve(b, "t", "a", 500, 900), Reservation)
    over_dollars = store.reserve(b, "t", "a", 10, 101)
    assert isinstance(over_dollars, Exceeded)
    assert (over_dollars.used_tokens, over_dollars.used_micros) == (500, 900)
    assert "tokens left" not in over_dollars.message()
    over_tokens = store.reserve(b, "t", "a", 501, 0)
    assert isinstance(over_tokens, Exceeded)
    assert "500 tokens left" in over_tokens.message()


def test_a_new_window_starts_at_zero(store: BudgetStore, clock: Clock) -> None:
    hour = (Budget(scope="agent", window="hour", tokens=1_000),)
    day = (Budget(scope="agent", window="day", tokens=5_000),)
    assert isinstance(store.reserve(hour + day, "t", "a", 1_000, 0), Reservation)
    assert isinstance(store.reserve(hour, "t", "a", 1, 0), Exceeded)
    clock.now = ts(2024, 6, 15, 11)  # the next hour, the same day
    assert store.used(hour + day, "t", "a") == [(0, 0), (1_000, 0)]
    assert isinstance(store.reserve(hour + day, "t", "a", 1_000, 0), Reservation)
    assert store.used(hour + day, "t", "a") == [(1_000, 0), (2_000, 0)]
    clock.now = ts(2024, 6, 16, 0, 0, 1)  # the next day
    assert store.used(hour + day, "t", "a") == [(0, 0), (0, 0)]


def test_the_limit_is_read_at_reservation_time(store: BudgetStore) -> None:
    # The counter belongs to (scope, window), not to the limit: an operator raising the limit mid-window
    # keeps what was used and lets more through.
    small = (Budget(scope="agent", window="day", tokens=100),)
    large = (Budget(scope="agent", window="day", tokens=200),)
    assert isinstance(store.reserve(small, "t", "a", 100, 0), Reservation)
    assert isinstance(store.reserve(small, "t", "a", 50, 0), Exceeded)
    assert isinstance(store.reserve(large, "t", "a", 50, 0), Reservation)
    assert store.used(large, "t", "a") == [(150, 0)]


def test_two_budgets_on_the_same_scope_and_window_count_a_request_once(store: BudgetStore) -> None:
    budgets = (Budget(scope="agent", window="day", tokens=1_000), Budget(scope="agent", window="day", micros=10**9))
    r = store.reserve(budgets, "t", "a", 600, 100)
    assert isinstance(r, Reservation)
    assert store.used(budgets, "t", "a")[0] == (600, 100)


# ---- settling --------------------------------------------------------------------------------

def test_settle_reconciles_down_to_the_real_usage(store: BudgetStore) -> None:
    budgets = (AGENT_DAY, TENANT_MONTH)
    r = store.reserve(budgets, "acme", "ag1", 800, 50_000)
    assert isinstance(r, Reservation)
    assert isinstance(store.reserve(budgets, "acme", "ag1", 300, 0), Exceeded)
    store.settle(r, tenant="acme", agent_id="ag1", model="gpt-4o", tokens_in=120, tokens_out=80, micros=1_234)
    assert store.used(budgets, "acme", "ag1") == [(200, 1_234), (200, 1_234)]
    assert isinstance(store.reserve(budgets, "acme", "ag1", 300, 0), Reservation)  # the freed room is usable


def test_settle_with_zeros_releases_the_reservation_and_logs_nothing(store: BudgetStore) -> None:
    budgets = (AGENT_DAY,)
    r = store.reserve(budgets, "acme", "ag1", 900, 7)
    assert isinstance(r, Reservation)
    store.settle(r, tenant="acme", agent_id="ag1", model="gpt-4o", tokens_in=0, tokens_out=0, micros=0)
    assert store.used(budgets, "acme", "ag1") == [(0, 0)]
    assert store.usage(since=0) == []


def test_settle_above_the_reservation_counts_the_real_usage(store: BudgetStore) -> None:
    budgets = (AGENT_DAY,)
    r = store.reserve(budgets, "acme", "ag1", 900, 0)
    assert isinstance(r, Reservation)
    store.settle(r, tenant="acme", agent_id="ag1", model="m", tokens_in=700, tokens_out=500, micros=0)
    assert store.used(budgets, "acme", "ag1") == [(1_200, 0)]  # the overrun is recorded, not hidden
    assert store.remaining_fraction(budgets, "acme", "ag1") == 0.0
    assert isinstance(store.reserve(budgets, "acme", "ag1", 1, 0), Exceeded)


def test_settle_lands_in_the_reserved_window_even_after_it_ended(store: BudgetStore, clock: Clock) -> None:
    hour = (Budget(scope="agent", window="hour", tokens=1_000),)
    r = store.reserve(hour, "t", "a", 1_000, 0)
    assert isinstance(r, Reservation)
    clock.now = ts(2024, 6, 15, 11, 0, 5)  # a long stream ended in the next hour
    store.settle(r, tenant="t", agent_id="a", model="m", tokens_in=100, tokens_out=100, micros=0)
    assert store.used(hour, "t", "a") == [(0, 0)]  # the new window is untouched
    clock.now = T
    assert store.used(hour, "t", "a") == [(200, 0)]


def test_settle_without_reservation_only_logs(store: BudgetStore) -> None:
    store.settle(None, tenant="acme", agent_id="ag1", model="m", tokens_in=10, tokens_out=5, micros=3)
    assert store.used((AGENT_DAY,), "acme", "ag1") == [(0, 0)]
    assert store.usage(since=0) == [{"tenant": "acme", "agent_id": "ag1", "model": "m", "requests": 1,
                                     "input_tokens": 10, "output_tokens": 5, "cost_usd": 0.000003}]


# ---- the usage log ---------------------------------------------------------------------------

def _log(store: BudgetStore, clock: Clock, when: float, tenant: str, agent: str, model: str, tin: int, tout: int,
         micros: int) -> None:
    clock.now = when
    store.settle(None, tenant=tenant, agent_id=agent, model=model, tokens_in=tin, tokens_out=tout, micros=micros)


def test_usage_groups_sums_and_filters(store: BudgetStore, clock: Clock) -> None:
    h10, h11, h12 = ts(2024, 6, 15, 10, 5), ts(2024, 6, 15, 11, 59), ts(2024, 6, 15, 12, 30)
    _log(store, clock, h10, "acme", "ag1", "gpt-4o", 100, 10, 1_500_000)
    _log(store, clock, h10 + 60, "acme", "ag1", "gpt-4o", 200, 20, 500_000)  # same hour row: summed
    _log(store, clock, h11, "acme", "ag1", "gpt-4o", 300, 30, 1)
    _log(store, clock, h11, "acme", "ag1", "mini", 50, 5, 2)
    _log(store, clock, h12, "acme", "ag2", "mini", 7, 3, 0)
    _log(store, clock, h12, "globex", "ag9", "mini", 1_000, 1, 999_999)

    rows = store.usage(since=0)
    assert rows == [
        {"tenant": "acme", "agent_id": "ag1", "model": "gpt-4o", "requests": 3, "input_tokens": 600,
         "output_tokens": 60, "cost_usd": 2.000001},
        {"tenant": "acme", "agent_id": "ag1", "model": "mini", "requests": 1, "input_tokens": 50,
         "output_tokens": 5, "cost_usd": 0.000002},
        {"tenant": "acme", "agent_id": "ag2", "model": "mini", "requests": 1, "input_tokens": 7,
         "output_tokens": 3, "cost_usd": 0.0},
        {"tenant": "globex", "agent_id": "ag9", "model": "mini", "requests": 1, "input_tokens": 1_000,
         "output_tokens": 1, "cost_usd": 0.999999},
    ]
    assert store.usage(since=0, group_by=("model",)) == [
        {"model": "gpt-4o", "requests": 3, "input_tokens": 600, "output_tokens": 60, "cost_usd": 2.000001},
        {"model": "mini", "requests": 3, "input_tokens": 1_057, "output_tokens": 9, "cost_usd": 1.000001},
    ]
    assert store.usage(since=0, group_by=("tenant",), model="mini") == [
        {"tenant": "acme", "requests": 2, "input_tokens": 57, "output_tokens": 8, "cost_usd": 0.000002},
        {"tenant": "globex", "requests": 1, "input_tokens": 1_000, "output_tokens": 1, "cost_usd": 0.999999},
    ]
    assert [r["model"] for r in store.usage(since=0, tenant="acme", agent_id="ag1")] == ["gpt-4o", "mini"]
    assert store.usage(since=0, tenant="nobody") == []
    # No grouping: one total row.
    assert store.usage(since=0, group_by=()) == [
        {"requests": 6, "input_tokens": 1_657, "output_tokens": 69, "cost_usd": 3.000002}]
    # `since` is rounded down to its hour: 11:30 still includes the 11:59 entry, not the 10:xx ones.
    since = ts(2024, 6, 15, 11, 30)
    assert store.usage(since=since, group_by=("model",)) == [
        {"model": "gpt-4o", "requests": 1, "input_tokens": 300, "output_tokens": 30, "cost_usd": 0.000001},
        {"model": "mini", "requests": 3, "input_tokens": 1_057, "output_tokens": 9, "cost_usd": 1.000001},
    ]
    assert store.usage(since=ts(2024, 6, 15, 13)) == []
    assert store.usage(since=ts(2024, 6, 15, 13), group_by=()) == []


# ---- the fraction left -----------------------------------------------------------------------

def test_remaining_fraction_is_the_tightest_budget(store: BudgetStore) -> None:
    assert store.remaining_fraction((), "t", "a") == 1.0
    budgets = (Budget(scope="agent", window="day", tokens=1_000),
               Budget(scope="tenant", window="month", micros=1_000_000))
    assert store.remaining_fraction(budgets, "t", "a") == 1.0
    assert isinstance(store.reserve(budgets, "t", "a", 250, 100_000), Reservation)
    assert store.remaining_fraction(budgets, "t", "a") == pytest.approx(0.75)  # tokens are the tighter
    assert isinstance(store.reserve(budgets, "t", "a", 0, 700_000), Reservation)
    assert store.remaining_fraction(budgets, "t", "a") == pytest.approx(0.2)  # now dollars are
    both = (Budget(scope="agent", window="hour", tokens=100, micros=100),)
    assert isinstance(store.reserve(both, "t", "b", 10, 60), Reservation)
    assert store.remaining_fraction(both, "t", "b") == pytest.approx(0.4)


# ---- concurrency -----------------------------------------------------------------------------

def test_concurrent_reservations_never_pass_the_limit(db: Database) -> None:
    store = BudgetStore(db, clock=lambda: T)
    budgets = (Budget(scope="agent", window="day", tokens=20_500),)
    n = 50
    barrier = threading.Barrier(n)

    def one(_: int) -> Reservation | Exceeded:
        barrier.wait(timeout=30)
        return store.reserve(budgets, "acme", "ag1", 1_000, 0)

    with ThreadPoolExecutor(max_workers=n) as pool:
        results = list(pool.map(one, range(n)))
    granted = [r for r in results if isinstance(r, Reservation)]
    refused = [r for r in results if isinstance(r, Exceeded)]
    assert len(granted) == 20 and len(refused) == 30
    tokens, _ = store.used(budgets, "acme", "ag1")[0]
    assert tokens == 20_000
    assert 0 <= tokens - 20 * 1_000 <= 1_000
    assert all(r.used_tokens <= 20_500 for r in refused)
