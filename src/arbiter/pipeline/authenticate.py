"""First check: the call carries an authenticated, active agent."""

from __future__ import annotations

from arbiter.types import CallContext, Verdict


class AgentActive:
    """Deny calls of disabled agents (``AGENT_DISABLED``); no agent at all is an internal error."""

    name = "authenticate"

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        if ctx.agent is None:
            # Adapters authenticate before the chain runs; reaching here without an agent is a bug.
            raise RuntimeError("call reached the pipeline without an authenticated agent")
        if ctx.agent.status != "active":
            return Verdict.deny("AGENT_DISABLED", f"agent {ctx.agent.id} is disabled")
        return None
