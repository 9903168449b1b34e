"""Core records: trust ordering and parsing, verdict helpers."""

from __future__ import annotations

import pytest

from arbiter.types import Trust, Verdict


def test_trust_is_ordered_and_parsed() -> None:
    assert Trust.UNTRUSTED < Trust.STANDARD < Trust.PRIVILEGED
    assert Trust.parse("Privileged") is Trust.PRIVILEGED and Trust.PRIVILEGED.label == "privileged"
    with pytest.raises(ValueError, match="trust must be one of"):
        Trust.parse("root")


def test_deny_helper() -> None:
    v = Verdict.deny("X", "why", path="/a")
    assert v.verdict == "deny" and v.reasons[0].code == "X" and v.reasons[0].path == "/a"


def test_the_one_verdict_handling_is_exhaustive_and_fails_closed() -> None:
    from arbiter.types import Verdict, handle

    def render(v: Verdict | None) -> str:
        return handle(v, allowed=lambda: "run", denied=lambda: "refuse", held=lambda: "wait")

    assert [render(Verdict(verdict=n)) for n in ("allow", "deny", "hold")] == ["run", "refuse", "wait"]  # type: ignore[arg-type]
    assert render(Verdict(verdict="ALLOW")) == render(Verdict(verdict="maybe")) == render(None) == "refuse"  # type: ignore[arg-type]
    assert [Verdict(verdict=n).allowed for n in ("allow", "deny", "hold", "Allow")] == [True, False, False, False]  # type: ignore[arg-type]
