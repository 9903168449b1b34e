"""Request and response documents of the admin HTTP API, one Struct per operation (the decision and
execution documents live with their adapter, :mod:`arbiter.adapters.native`)."""

from __future__ import annotations

from typing import Any

import msgspec

from arbiter.policy.allowlist import Allowlist
from arbiter.registry import RevisionInfo
from arbiter.types import Agent, Tool, TrustName


class ErrorDetail(msgspec.Struct):
    """The inside of every error body."""

    code: str
    message: str
    details: dict[str, Any]


class ErrorBody(msgspec.Struct):
    """``{"error": {"code", "message", "details"}}``: the one shape of every HTTP error."""

    error: ErrorDetail


class ToolView(msgspec.Struct, kw_only=True):
    """A registered tool as the API shows it (upstream header values are never shown)."""

    tenant: str
    name: str
    description: str
    input_schema: dict[str, Any]
    output_schema: dict[str, Any] | None
    risk: str
    annotations: dict[str, Any]
    version: int
    schema_hash: str
    pii: dict[str, Any] | None = None
    upstream: dict[str, Any] | None = None
    cache: dict[str, Any] | None = None

    @classmethod
    def of(cls, tool: Tool) -> ToolView:
        """Render a tool, hiding secret header values of its upstream."""
        upstream = dict(tool.upstream) if tool.upstream else None
        if upstream and isinstance(upstream.get("headers"), dict):
            upstream["headers"] = {k: "<secret>" for k in upstream["headers"]}
        return cls(tenant=tool.tenant, name=tool.name, description=tool.description,
                   input_schema=tool.input_schema, output_schema=tool.output_schema, risk=tool.risk,
                   annotations=msgspec.to_builtins(tool.annotations), version=tool.version,
                   schema_hash=tool.schema_hash, pii=tool.pii, upstream=upstream, cache=tool.cache)


class ToolList(msgspec.Struct):
    """Registered tools."""

    tools: list[ToolView]


class AgentCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """``POST /v1/agents``."""

    name: str
    tenant: str = "default"
    trust: TrustName = "standard"
    allowlist: str | None = None


class AgentView(msgspec.Struct, kw_only=True):
    """An agent as the API shows it (never its key or key hash)."""

    id: str
    name: str
    tenant: str
    trust: str
    allowlist: str | None
    status: str

    @classmethod
    def of(cls, agent: Agent) -> AgentView:
        """Render an agent."""
        return cls(id=agent.id, name=agent.name, tenant=agent.tenant, trust=agent.trust.label,
                   allowlist=agent.allowlist, status=agent.status)


class AgentWithKey(msgspec.Struct, kw_only=True):
    """An agent and its API key, returned once at creation and rotation."""

    agent: AgentView
    api_key: str


class AgentList(msgspec.Struct):
    """Registered agents."""

    agents: list[AgentView]


class AllowlistView(msgspec.Struct, kw_only=True):
    """A stored allowlist and its revision."""

    name: str
    tenant: str
    revision: str
    document: dict[str, Any]

    @classmethod
    def of(cls, al: Allowlist) -> AllowlistView:
        """Render an allowlist."""
        return cls(name=al.name, tenant=al.tenant, revision=al.revision, document=al.document)


class AllowlistList(msgspec.Struct):
    """Stored allowlists."""

    allowlists: list[AllowlistView]


class RevisionList(msgspec.Struct, kw_only=True):
    """An allowlist's revision history, newest first."""

    name: str
    revisions: list[RevisionInfo]


class AuditPageView(msgspec.Struct):
    """A page of audit records, newest first."""

    records: list[dict[str, Any]]
    next_cursor: str | None


class VerifyView(msgspec.Struct, kw_only=True):
    """Result of a hash-chain verification."""

    ok: bool
    checked: int
    head_seq: int
    head_hash: str
    first_bad: dict[str, Any] | None
