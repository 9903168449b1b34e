"""The first check: an active agent, or a deny; no agent at all fails closed."""

from __future__ import annotations

import pytest

from arbiter.pipeline.authenticate import AgentActive
from arbiter.pipeline.runner import Pipeline
from arbiter.types import Agent, ToolCall, Trust


def _agent(status: str) -> Agent:
    return Agent(id="agt_1", name="a", tenant="t", trust=Trust.STANDARD, allowlist=None, status=status)  # type: ignore[arg-type]


async def test_active_passes_disabled_is_denied() -> None:
    call = ToolCall(tool="x", arguments={})
    assert await AgentActive()(Pipeline.context(call, _agent("active"))) is None
    v = await AgentActive()(Pipeline.context(call, _agent("disabled")))
    assert v is not None and v.reasons[0].code == "AGENT_DISABLED"


async def test_no_agent_raises_so_the_runner_denies() -> None:
    with pytest.raises(RuntimeError):
        await AgentActive()(Pipeline.context(ToolCall(tool="x", arguments={}), None))
