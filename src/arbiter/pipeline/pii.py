"""The PII checks: scrub a call's arguments (``pii``) and its result (``pii_result``).

Each check compiles the tool's PII policy, tightened by the allowlist entry's, once per
(tool version, allowlist revision), scrubs with the tool's input or output schema, replaces
the payload on the context with the scrubbed copy and appends the findings. Any finding whose
action is ``block`` denies the call with ``PII_BLOCKED``, one reason per finding (entity and
path, never the value). Limits and bad text become denies with their own codes.

Scrubbing is CPU work (Presidio's recognizers): a payload of more than ``offload_bytes`` of JSON
(``ARBITER_PII_OFFLOAD_BYTES``) is scrubbed in a worker thread, so one large document does not stall
every other request on the event loop; smaller ones are scrubbed inline, where the thread hop would
cost more than the scrub.
"""

from __future__ import annotations

from typing import Any

import anyio.to_thread

from arbiter.documents import encoded_size
from arbiter.errors import BadRequest
from arbiter.pii.policy import PiiPolicy, PolicyCache, tenant_key
from arbiter.pii.scrub import Scrubber, ScrubResult
from arbiter.types import CallContext, Reason, Verdict

__all__ = ["ArgumentsPiiCheck", "ResultPiiCheck"]


class _PiiCheck:
    direction = "arguments"
    name = "pii"

    def __init__(self, scrubber: Scrubber, server_secret: bytes, *, offload_bytes: int = 8192,
                 policies: PolicyCache | None = None) -> None:
        self.scrubber = scrubber
        self.server_secret = server_secret
        self.offload_bytes = offload_bytes
        self.policies = policies or PolicyCache()
        self._keys: dict[str, bytes] = {}

    def _tenant_key(self, tenant: str) -> bytes:
        key = self._keys.get(tenant)
        if key is None:
            key = self._keys[tenant] = tenant_key(self.server_secret, tenant)
        return key

    def _policy(self, ctx: CallContext) -> PiiPolicy:
        tool = ctx.tool
        assert tool is not None
        return self.policies.for_call((tool.tenant, tool.name, tool.version), ctx.policy.revision,
                                      tool.pii, getattr(ctx.entry, "pii", None))

    async def _scrub(self, ctx: CallContext, value: Any, schema: dict[str, Any] | None, size: int,
                     stored: bool = False) -> ScrubResult | Verdict:
        tool = ctx.tool
        if tool is None:  # the allowlist check runs first; without a tool there is nothing to apply
            return Verdict.deny("PII_NO_TOOL", "no registered tool to take the PII policy from")
        tenant = ctx.agent.tenant if ctx.agent is not None else tool.tenant
        try:
            policy = self._policy(ctx).direction(self.direction)
            key = self._tenant_key(tenant)
            if size > self.offload_bytes:
                return await anyio.to_thread.run_sync(lambda: self.scrubber.scrub(
                    value, policy, schema=schema, pseudonym_key=key, stored=stored))
            return self.scrubber.scrub(value, policy, schema=schema, pseudonym_key=key, stored=stored)
        except BadRequest as e:  # TooDeep, PayloadTooLarge, InvalidText, InvalidPolicy
            return Verdict.deny(e.code, e.message)

    def _deny_blocked(self, res: ScrubResult) -> Verdict | None:
        if not res.blocked:
            return None
        where = "result" if self.direction == "result" else "arguments"
        return Verdict(verdict="deny", reasons=[
            Reason(code="PII_BLOCKED", message=f"{f.entity} not allowed in {where}", path=f.path or "/")
            for f in res.blocked])


class ArgumentsPiiCheck(_PiiCheck):
    """Scrubs ``ctx.arguments`` by the tool's input schema and the ``arguments`` policy."""

    name = "pii"
    direction = "arguments"

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        """Replace the arguments with their scrubbed copy; deny if anything is blocked."""
        schema = ctx.tool.input_schema if ctx.tool is not None else None
        res = await self._scrub(ctx, ctx.arguments, schema, ctx.arguments_bytes, stored=True)
        if isinstance(res, Verdict):
            return res
        ctx.arguments = res.value
        ctx.arguments_stored = res.stored
        ctx.arguments_scrubbed = True
        ctx.findings.extend(res.findings)
        return self._deny_blocked(res)


class ResultPiiCheck(_PiiCheck):
    """Scrubs ``ctx.result`` by the tool's output schema and the ``result`` policy."""

    name = "pii_result"
    direction = "result"

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        """Replace the result with its scrubbed copy; deny if anything is blocked."""
        schema = ctx.tool.output_schema if ctx.tool is not None else None
        try:
            size = encoded_size(ctx.result)
        except (UnicodeEncodeError, TypeError, ValueError):  # the scrubber reports it, inline
            size = 0
        res = await self._scrub(ctx, ctx.result, schema, size)
        if isinstance(res, Verdict):
            return res
        ctx.result = res.value
        ctx.result_findings.extend(res.findings)
        return self._deny_blocked(res)
