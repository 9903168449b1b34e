"""Default deny: the tool must exist in the agent's tenant and be on the agent's allowlist.

Also enforces trust: an entry's ``min_trust``, or, when the allowlist does not say, the
default for the tool's risk (a destructive tool needs a privileged agent).
"""

from __future__ import annotations

from arbiter.registry import Registry
from arbiter.types import CallContext, PolicyRef, Tool, Trust, Verdict


def default_min_trust(tool: Tool) -> Trust:
    """Least trust a tool needs when the allowlist says nothing: privileged for destructive tools."""
    if tool.risk == "destructive" or tool.annotations.destructiveHint:
        return Trust.PRIVILEGED
    return Trust.UNTRUSTED


class AllowlistCheck:
    """Resolve the tool and the agent's allowlist entry; deny anything not explicitly allowed."""

    name = "allowlist"

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        assert ctx.agent is not None
        snap = self.registry.snapshot
        agent, name = ctx.agent, ctx.call.tool
        allowlist = snap.allowlists.get(agent.allowlist) if agent.allowlist else None
        if allowlist is not None and allowlist.tenant == agent.tenant:
            ctx.policy = PolicyRef(allowlist=allowlist.name, revision=allowlist.revision)
        else:
            ctx.policy = PolicyRef(allowlist=agent.allowlist, revision=None)
        compiled = snap.tools.get((agent.tenant, name))
        if compiled is None:
            return Verdict.deny("UNKNOWN_TOOL", f"no tool {name!r} is registered in tenant {agent.tenant!r}")
        ctx.tool = compiled.tool
        if agent.allowlist is None:
            return Verdict.deny("TOOL_NOT_ALLOWED", "the agent has no allowlist, so it may call no tool")
        if allowlist is None or allowlist.tenant != agent.tenant:
            return Verdict.deny("TOOL_NOT_ALLOWED", f"the agent's allowlist {agent.allowlist!r} does not exist "
                                                    f"in tenant {agent.tenant!r}")
        entry = allowlist.tools.get(name)
        if entry is None:
            return Verdict.deny("TOOL_NOT_ALLOWED", f"tool {name!r} is not on allowlist {allowlist.name!r}")
        ctx.entry = entry
        needed = entry.min_trust if entry.min_trust is not None else default_min_trust(compiled.tool)
        if agent.trust < needed:
            why = "" if entry.min_trust is not None else f" (the default for a {compiled.tool.risk} tool)"
            return Verdict.deny("TRUST_TOO_LOW",
                                f"tool {name!r} needs trust {needed.label}{why}; the agent is {agent.trust.label}")
        return None
