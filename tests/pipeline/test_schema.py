"""Both schemas apply: the tool's (SCHEMA_VIOLATION) and the allowlist's (ALLOWLIST_CONSTRAINT)."""

from __future__ import annotations

from arbiter.pipeline.allowlist import AllowlistCheck
from arbiter.pipeline.schema import SchemaCheck
from arbiter.service import Arbiter
from arbiter.types import ToolCall


async def _verdict(svc: Arbiter, args: dict):  # type: ignore[no-untyped-def,type-arg]
    agent, _ = svc.registry.create_agent(name="a", tenant="acme", trust="standard", allowlist="support", actor="t")
    ctx = svc.pipeline.context(ToolCall(tool="send_email", arguments=args), agent)
    assert await AllowlistCheck(svc.registry)(ctx) is None
    return await SchemaCheck()(ctx)


async def test_valid_arguments_pass(svc: Arbiter) -> None:
    assert await _verdict(svc, {"to": "a@example.com", "subject": "s", "body": "b"}) is None


async def test_errors_of_both_schemas_are_reported_together(svc: Arbiter) -> None:
    v = await _verdict(svc, {"to": "not-an-email", "subject": "x" * 150, "body": "b"})
    assert v is not None
    got = sorted((r.code, r.path, r.keyword) for r in v.reasons)
    assert got == [("ALLOWLIST_CONSTRAINT", "/subject", "maxLength"), ("ALLOWLIST_CONSTRAINT", "/to", "pattern"),
                   ("SCHEMA_VIOLATION", "/to", "format")]
