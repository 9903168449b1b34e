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
