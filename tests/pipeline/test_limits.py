"""The limits check: first in every chain, denies over-deep, over-large and invalid arguments, measures size."""

from __future__ import annotations

import pytest

from arbiter.pipeline import default_checks
from arbiter.pipeline.limits import LimitsCheck
from arbiter.pipeline.runner import Pipeline
from arbiter.service import Arbiter
from arbiter.types import ToolCall


def _ctx(arguments: object):  # type: ignore[no-untyped-def]
    return Pipeline.context(ToolCall(tool="t", arguments=arguments), None)


def _nested(levels: int) -> dict[str, object]:
    doc: dict[str, object] = {}
    for _ in range(levels - 1):
        doc = {"k": doc}
    return doc


async def test_within_the_limits_passes_and_the_size_is_measured() -> None:
    ctx = _ctx({"query": "héllo"})
    assert await LimitsCheck(max_depth=4, max_bytes=1024)(ctx) is None
    assert ctx.arguments_bytes == len('{"query":"héllo"}'.encode())


@pytest.mark.parametrize(("arguments", "code"), [
    (_nested(5), "TOO_DEEP"),
    ({"a": "x" * 2000}, "ARGUMENTS_TOO_LARGE"),
    ({"a": "bad \udcff text"}, "INVALID_TEXT"),
])
async def test_over_a_limit_is_a_deny_naming_it(arguments: object, code: str) -> None:
    verdict = await LimitsCheck(max_depth=4, max_bytes=1024)(_ctx(arguments))
    assert verdict is not None and verdict.verdict == "deny" and [r.code for r in verdict.reasons] == [code]
    assert "\udcff" not in verdict.reasons[0].message and "xxx" not in verdict.reasons[0].message


def test_limits_run_first_in_the_default_chain(svc: Arbiter) -> None:
    checks = default_checks(svc.settings, svc.registry, svc.db, svc.scrubber, svc.cache_for_call, svc.intent,
                            svc.conversations, svc.approvals)
    assert checks[0].name == "limits" and [c.name for c in svc.pipeline.checks] == [c.name for c in checks]
    first = checks[0]
    assert isinstance(first, LimitsCheck)
    assert (first.max_depth, first.max_bytes) == (svc.settings.max_json_depth, svc.settings.max_argument_bytes)
