"""Default deny: the one policy function (:func:`arbiter.policy.access.resolve`) as a check.

The agent must be active, the tool registered in its tenant and on its allowlist, and its trust
high enough; the check stamps the allowlist revision on the decision and leaves the entry on the
context for the checks after it (schema narrowing, PII tightening, taint, rate).
"""

from __future__ import annotations

from typing import Protocol

from arbiter.policy.access import resolve
from arbiter.registry import Snapshot
from arbiter.types import CallContext, Verdict


class SnapshotSource(Protocol):
    """Where the check reads the policy: the registry, or policy replay's snapshot with a proposed allowlist."""

    @property
    def snapshot(self) -> Snapshot: ...


class AllowlistCheck:
    """Resolve the tool and the agent's allowlist entry; deny anything not explicitly allowed."""

    name = "allowlist"

    def __init__(self, registry: SnapshotSource) -> None:
        self.registry = registry

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        if ctx.agent is None:
            # Adapters authenticate before the chain runs; reaching here without an agent is a bug.
            raise RuntimeError("call reached the pipeline without an authenticated agent")
        access = resolve(self.registry.snapshot, ctx.agent, ctx.call.tool)
        ctx.policy = access.policy
        ctx.tool = access.tool
        ctx.entry = access.entry
        if access.denial is not None:
            return Verdict(verdict="deny", reasons=[access.denial])
        return None
