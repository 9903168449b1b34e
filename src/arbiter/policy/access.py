"""Who may see and call which tool, with which schema: the one policy function.

:func:`resolve` is the whole rule, and every entry point uses it: the ``allowlist`` check of the
pipeline (``/v1/check``, invoke, model tool calls, MCP ``tools/call``), the model proxy when it
filters the tool definitions it forwards, and MCP ``tools/list``. Default deny, in this order:

1. the agent is active (``AGENT_DISABLED``);
2. the tool is registered in the agent's tenant (``UNKNOWN_TOOL``);
3. the agent has an allowlist of its own tenant, and it lists the tool (``TOOL_NOT_ALLOWED``);
4. the agent's trust is at least the entry's ``min_trust``, or, when the entry says nothing, the
   default for the tool's risk: a destructive tool needs a privileged agent (``TRUST_TOO_LOW``).

An allowed :class:`Access` carries the allowlist entry and the schema the agent is shown: the
tool's input schema with the entry's narrowing folded in (:func:`narrow_schema`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

from arbiter.policy.allowlist import Allowlist, Entry
from arbiter.types import Agent, PolicyRef, Reason, Tool, Trust

if TYPE_CHECKING:
    from arbiter.registry import Snapshot

__all__ = ["Access", "default_min_trust", "narrow_schema", "resolve", "visible"]


def default_min_trust(tool: Tool) -> Trust:
    """Least trust a tool needs when the allowlist says nothing: privileged for destructive tools."""
    if tool.risk == "destructive" or tool.annotations.destructiveHint:
        return Trust.PRIVILEGED
    return Trust.UNTRUSTED


class Access(msgspec.Struct, kw_only=True, frozen=True):
    """What the policy says about one agent and one tool name."""

    policy: PolicyRef
    tool: Tool | None = None
    entry: Entry | None = None
    denial: Reason | None = None  # None: the agent may see and call the tool

    @property
    def allowed(self) -> bool:
        """Whether the agent may see and call the tool."""
        return self.denial is None

    def schema(self) -> dict[str, Any]:
        """The input schema the agent is shown: the tool's, narrowed by its allowlist entry."""
        assert self.tool is not None
        return narrow_schema(self.tool.input_schema, self.entry.arguments if self.entry else None)


def _allowlist(snap: Snapshot, agent: Agent) -> Allowlist | None:
    found = snap.allowlists.get(agent.allowlist) if agent.allowlist else None
    return found if found is not None and found.tenant == agent.tenant else None


def _policy_ref(agent: Agent, allowlist: Allowlist | None) -> PolicyRef:
    if allowlist is not None:
        return PolicyRef(allowlist=allowlist.name, revision=allowlist.revision)
    return PolicyRef(allowlist=agent.allowlist, revision=None)


def resolve(snap: Snapshot, agent: Agent, name: str) -> Access:
    """The policy's answer for ``agent`` calling the tool named ``name`` (see the module docstring)."""
    allowlist = _allowlist(snap, agent)
    ref = _policy_ref(agent, allowlist)
    if agent.status != "active":
        return Access(policy=ref, denial=Reason(code="AGENT_DISABLED", message=f"agent {agent.id} is disabled"))
    compiled = snap.tools.get((agent.tenant, name))
    if compiled is None:
        return Access(policy=ref, denial=Reason(
            code="UNKNOWN_TOOL", message=f"no tool {name!r} is registered in tenant {agent.tenant!r}"))
    tool = compiled.tool
    if agent.allowlist is None:
        return Access(policy=ref, tool=tool, denial=Reason(
            code="TOOL_NOT_ALLOWED", message="the agent has no allowlist, so it may call no tool"))
    if allowlist is None:
        return Access(policy=ref, tool=tool, denial=Reason(
            code="TOOL_NOT_ALLOWED",
            message=f"the agent's allowlist {agent.allowlist!r} does not exist in tenant {agent.tenant!r}"))
    entry = allowlist.tools.get(name)
    if entry is None:
        return Access(policy=ref, tool=tool, denial=Reason(
            code="TOOL_NOT_ALLOWED", message=f"tool {name!r} is not on allowlist {allowlist.name!r}"))
    needed = entry.min_trust if entry.min_trust is not None else default_min_trust(tool)
    if agent.trust < needed:
        why = "" if entry.min_trust is not None else f" (the default for a {tool.risk} tool)"
        return Access(policy=ref, tool=tool, entry=entry, denial=Reason(
            code="TRUST_TOO_LOW",
            message=f"tool {name!r} needs trust {needed.label}{why}; the agent is {agent.trust.label}"))
    return Access(policy=ref, tool=tool, entry=entry)


def visible(snap: Snapshot, agent: Agent) -> list[Access]:
    """Every tool the agent may see and call, sorted by name (what a tool listing shows it)."""
    allowlist = _allowlist(snap, agent)
    if allowlist is None:
        return []
    found = (resolve(snap, agent, name) for name in sorted(allowlist.tools))
    return [a for a in found if a.allowed]


def narrow_schema(schema: dict[str, Any], narrowing: dict[str, Any] | None) -> dict[str, Any]:
    """The input schema an agent is shown: the tool's, tightened by its allowlist entry.

    Per property, keywords the narrowing adds are merged in; a keyword both set differently
    becomes ``allOf`` of the two, so the shown schema never claims more than is enforced
    (both schemas are enforced anyway). ``required`` is the union.
    """
    if not narrowing:
        return schema
    out = dict(schema)
    props = dict(schema.get("properties") or {})
    for name, extra in (narrowing.get("properties") or {}).items():
        base = props.get(name)
        if not isinstance(base, dict) or not isinstance(extra, dict):
            props[name] = extra if base is None else {"allOf": [base, extra]}
        elif any(k in base and base[k] != v for k, v in extra.items()):
            props[name] = {"allOf": [base, extra]}
        else:
            props[name] = {**base, **extra}
    if props:
        out["properties"] = props
    required = sorted(set(schema.get("required") or []) | set(narrowing.get("required") or []))
    if required:
        out["required"] = required
    for key, value in narrowing.items():  # top-level keywords besides properties/required
        if key not in ("properties", "required", "type") and key not in out:
            out[key] = value
    return out
