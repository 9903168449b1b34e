"""The runner fails closed and always audits: a raising check, a failing audit store, an executor error."""

from __future__ import annotations

import pytest

from arbiter.audit import query as audit_query
from arbiter.errors import AuditUnavailable, UpstreamError
from arbiter.pipeline.runner import Pipeline
from arbiter.service import Arbiter
from arbiter.types import Agent, CallContext, CallInfo, Message, ToolCall, Verdict


class Exploding:
    name = "exploding"

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        raise KeyError("secret-value-from-payload")


def _agent(svc: Arbiter) -> Agent:
    agent, _ = svc.registry.create_agent(name="bot", tenant="acme", trust="standard", allowlist="support",
                                         actor="test")
    return agent


async def test_a_check_that_raises_is_an_audited_deny(svc: Arbiter) -> None:
    pipe = Pipeline([*svc.pipeline.checks[:2], Exploding()], svc.audit, svc.settings.secret)
    ctx = await pipe.run(pipe.context(ToolCall(tool="search_kb", arguments={"query": "q"}), _agent(svc)))
    assert ctx.verdict is not None and ctx.verdict.verdict == "deny"
    assert [r.code for r in ctx.verdict.reasons] == ["INTERNAL_ERROR"]
    assert "exploding" in ctx.verdict.reasons[0].message
    stored = audit_query.get(svc.db, ctx.decision_id)
    assert stored["verdict"] == "deny" and stored["reasons"][0]["code"] == "INTERNAL_ERROR"
    assert "secret-value-from-payload" not in str(stored)


async def test_failed_audit_write_denies_the_call(svc: Arbiter) -> None:
    agent = _agent(svc)
    svc.audit.close()
    svc.db.write.dispose()
    # Break the store underneath the writer: the decision must not be answered.
    from sqlalchemy import text

    with svc.db.write.begin() as conn:
        conn.execute(text("ALTER TABLE audit_records RENAME TO audit_records_gone"))
    svc.audit.start()
    with pytest.raises(AuditUnavailable):
        await svc.pipeline.run(svc.pipeline.context(ToolCall(tool="search_kb", arguments={"query": "q"}), agent))
    with svc.db.write.begin() as conn:
        conn.execute(text("ALTER TABLE audit_records_gone RENAME TO audit_records"))


async def test_executor_error_is_audited_then_raised(svc: Arbiter) -> None:
    agent = _agent(svc)

    async def failing(ctx: CallContext) -> None:
        ctx.upstream = {"status": 500}
        raise UpstreamError("upstream said 500")

    ctx = svc.pipeline.context(ToolCall(tool="search_kb", arguments={"query": "q"}, call_id="x1"), agent)
    with pytest.raises(UpstreamError):
        await svc.pipeline.run(ctx, failing)
    stored = audit_query.get(svc.db, ctx.decision_id)
    assert stored["upstream"] == {"status": 500} and stored["call_id"] == "x1"


async def test_denied_before_scrubbing_stores_no_raw_values(svc: Arbiter) -> None:
    agent = _agent(svc)
    call = ToolCall(tool="get_order", arguments={"order_id": "4111 1111 1111 1111", "note": "mail a@b.example.com"})
    ctx = await svc.pipeline.run(svc.pipeline.context(call, agent))
    assert ctx.verdict is not None and ctx.verdict.verdict == "deny"
    stored = str(audit_query.get(svc.db, ctx.decision_id))
    assert "4111 1111 1111 1111" not in stored and "a@b.example.com" not in stored


async def test_allowed_values_cross_in_the_clear_but_are_stored_pseudonymized(svc: Arbiter) -> None:
    agent = _agent(svc)
    call = ToolCall(tool="send_email", arguments={"to": "carol@example.com", "subject": "hi", "body": "ok"})
    ctx = await svc.pipeline.run(svc.pipeline.context(call, agent))
    assert ctx.verdict is not None and ctx.verdict.verdict == "allow"
    assert ctx.arguments["to"] == "carol@example.com"  # x-pii field: allowed to cross
    stored = audit_query.get(svc.db, ctx.decision_id)
    assert "carol@example.com" not in str(stored)
    assert stored["arguments"]["to"].startswith("<EMAIL_ADDRESS:")


class Preparing:
    """A check that prepares ahead (and fails doing so when told to)."""

    name = "preparing"

    def __init__(self, fail: bool) -> None:
        self.fail = fail
        self.seen: list[tuple[str, int, str]] = []

    def prepare(self, agent: Agent, info: CallInfo, kind: str) -> None:
        if self.fail:
            raise KeyError("secret-value-from-history")
        self.seen.append((agent.id, len(info.messages or ()), kind))

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        return None


async def test_prepare_runs_each_checks_work_ahead_and_never_raises(svc: Arbiter,
                                                                    caplog: pytest.LogCaptureFixture) -> None:
    agent = _agent(svc)
    info = CallInfo(messages=[Message(role="user", content="hello")])
    ok, broken = Preparing(fail=False), Preparing(fail=True)
    pipe = Pipeline([*svc.pipeline.checks[:2], broken, ok], svc.audit, svc.settings.secret)
    work = pipe.prepare(agent, info)
    assert work is not None
    await work  # the failing one is logged, by exception type only, and the next one still runs
    assert ok.seen == [(agent.id, 1, "model_tool_call")]
    assert "work ahead of a check failed with KeyError" in caplog.text
    assert "secret-value-from-history" not in caplog.text
    # Nothing to prepare: no history, or no check that prepares.
    assert pipe.prepare(agent, CallInfo(conversation_id="c")) is None
    assert Pipeline(svc.pipeline.checks[:2], svc.audit, svc.settings.secret).prepare(agent, info) is None
    # The chain itself is unaffected: the call is decided as before.
    ctx = await pipe.run(pipe.context(ToolCall(tool="search_kb", arguments={"query": "q"}), agent))
    assert ctx.verdict is not None and ctx.verdict.verdict == "allow"
