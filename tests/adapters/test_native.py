"""The native adapter renders through the one verdict handling: allow, deny, hold, and a name it does not know."""

from __future__ import annotations

import pytest

from arbiter.adapters.native import HeldCall, InvokeResponse, decision, invoke_answer
from arbiter.errors import Forbidden
from arbiter.pipeline.runner import Pipeline
from arbiter.types import Reason, ToolCall, Verdict


def _ctx(verdict: Verdict | None, *, scrubbed: bool = False):  # type: ignore[no-untyped-def]
    ctx = Pipeline.context(ToolCall(tool="t", arguments={"raw": "4111 1111 1111 1111"}, call_id="c1"), None)
    ctx.verdict = verdict
    ctx.result = {"ok": True}
    if scrubbed:
        ctx.arguments, ctx.arguments_scrubbed = {"raw": "<CREDIT_CARD>"}, True
    return ctx


WHY = [Reason(code="X", message="why")]


def test_decision_of_each_verdict() -> None:
    assert decision(_ctx(Verdict(verdict="allow"), scrubbed=True)).arguments == {"raw": "<CREDIT_CARD>"}
    denied = decision(_ctx(Verdict(verdict="deny", reasons=WHY)))
    assert (denied.verdict, denied.arguments, denied.approval_id) == ("deny", None, None)
    held = decision(_ctx(Verdict(verdict="hold", reasons=WHY, approval_id="apr_1"), scrubbed=True))
    assert (held.verdict, held.approval_id, held.arguments) == ("hold", "apr_1", {"raw": "<CREDIT_CARD>"})


@pytest.mark.parametrize("verdict", [Verdict(verdict="maybe"), None])  # type: ignore[arg-type]
def test_an_unknown_or_missing_verdict_is_rendered_as_a_deny(verdict: Verdict | None) -> None:
    d = decision(_ctx(verdict))
    assert d.verdict == "deny" and d.arguments is None  # raw arguments are never shown
    with pytest.raises(Forbidden) as exc:
        invoke_answer(_ctx(verdict))
    assert exc.value.code == "DENIED"


def test_invoke_answer_of_each_verdict() -> None:
    status, body = invoke_answer(_ctx(Verdict(verdict="allow")))
    assert status == 200 and isinstance(body, InvokeResponse) and body.result == {"ok": True}
    status, body = invoke_answer(_ctx(Verdict(verdict="hold", reasons=WHY, approval_id="apr_2")))
    assert status == 202 and isinstance(body, HeldCall) and body.approval_id == "apr_2"
    assert not hasattr(body, "result")  # nothing ran, nothing to show
    with pytest.raises(Forbidden) as exc:
        invoke_answer(_ctx(Verdict(verdict="deny", reasons=WHY)))
    assert exc.value.details["reasons"] == [{"code": "X", "message": "why"}]
