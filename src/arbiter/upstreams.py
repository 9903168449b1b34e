"""Upstream MCP servers as tool sources: register, import (sync), review changes, accept.

An operator registers an upstream (name, URL, tenant) and syncs it: every tool the server
lists becomes a registered tool named ``<upstream>.<tool>`` whose ``upstream`` field points
back at the server. The server's definition (description, title, input and output schema,
annotations) is only a proposal:

* a tool seen for the first time is imported (no agent can call it until an allowlist names it);
* a tool whose definition changed after import is **not** applied: the new definition is kept
  as *pending* and shown as a diff until the operator accepts it, because a server that
  rewrites a tool's description or schema after approval is a known attack (tool poisoning);
* the server's annotations are hints; the operator's overrides (``tools`` on the upstream)
  win, and the risk follows the effective annotations, failing closed (no hint = destructive,
  as the MCP spec's defaults say).

Every change goes through :meth:`Registry.change` and is audited as an admin change.
"""

from __future__ import annotations

import asyncio
import difflib
import json
import re
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

import msgspec
from sqlalchemy import Connection, delete, insert, select, update

from arbiter.audit.record import AdminChange, utc_now_iso
from arbiter.db.models import mcp_pending_tools, mcp_upstreams
from arbiter.errors import BadRequest, Conflict, NotFound
from arbiter.registry import NAME_RE, Registry, ToolSpec, digest
from arbiter.types import Risk, Tool, ToolAnnotations

__all__ = [
    "PendingChange", "ServerTool", "SyncReport", "ToolOverride", "Upstream", "UpstreamView", "Upstreams",
    "definition_hash", "derive_risk", "server_tool", "tool_spec",
]

UPSTREAM_NAME_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")  # no dot: the dot separates upstream and tool
_HINT_FIELDS = ("readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint", "title")


class ToolOverride(msgspec.Struct, kw_only=True, omit_defaults=True, forbid_unknown_fields=True):
    """What the operator says about one upstream tool; wins over the server's hints."""

    risk: Risk | None = None
    annotations: ToolAnnotations | None = None
    pii: dict[str, Any] | None = None
    cache: dict[str, Any] | None = None


class Upstream(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A registered upstream MCP server (streamable HTTP)."""

    name: str
    url: str
    tenant: str = "default"
    # Sent with every request to the upstream (its own credentials); never shown back.
    headers: dict[str, str] = msgspec.field(default_factory=dict)
    timeout_s: float = 30.0
    tools: dict[str, ToolOverride] = msgspec.field(default_factory=dict)


class UpstreamView(msgspec.Struct, kw_only=True):
    """An upstream as the API shows it: header names only, and how many changes await review."""

    name: str
    tenant: str
    url: str
    timeout_s: float
    header_names: list[str]
    tools: dict[str, ToolOverride]
    registered_tools: list[str]
    pending: list[str]


class ServerTool(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A tool as the upstream server defines it (the part the server controls)."""

    name: str
    description: str = ""
    title: str | None = None
    input_schema: dict[str, Any]
    output_schema: dict[str, Any] | None = None
    annotations: dict[str, Any] = msgspec.field(default_factory=dict)


class FieldChange(msgspec.Struct, kw_only=True):
    """One field of a definition, before and after."""

    field: str
    before: Any
    after: Any


class PendingChange(msgspec.Struct, kw_only=True):
    """A changed upstream definition waiting for the operator."""

    tool: str
    upstream: str
    current_version: int | None
    detected_at: str
    definition_hash: str
    changes: list[FieldChange]
    diff: str


class Skipped(msgspec.Struct, kw_only=True):
    tool: str
    reason: str


class SyncReport(msgspec.Struct, kw_only=True):
    """What one sync did, tool by tool (registered names)."""

    upstream: str
    tenant: str
    imported: list[str] = msgspec.field(default_factory=list)
    updated: list[str] = msgspec.field(default_factory=list)  # operator overrides applied, definition unchanged
    unchanged: list[str] = msgspec.field(default_factory=list)
    pending: list[str] = msgspec.field(default_factory=list)
    missing: list[str] = msgspec.field(default_factory=list)  # registered but no longer listed by the server
    skipped: list[Skipped] = msgspec.field(default_factory=list)


# ---- pure functions ----------------------------------------------------------------------
def server_tool(wire: dict[str, Any]) -> ServerTool:
    """The server-controlled part of an MCP ``Tool`` (wire form, camelCase keys)."""
    ann = wire.get("annotations") or {}
    hints = {k: ann[k] for k in _HINT_FIELDS if ann.get(k) is not None}
    schema = wire.get("inputSchema")
    if not isinstance(schema, dict):
        raise BadRequest(f"tool {wire.get('name')!r} has no inputSchema object", code="INVALID_UPSTREAM_TOOL")
    return ServerTool(name=str(wire.get("name", "")), description=wire.get("description") or "",
                      title=wire.get("title"), input_schema=schema, output_schema=wire.get("outputSchema"),
                      annotations=hints)


def definition_hash(d: ServerTool) -> str:
    """Content hash of a server definition: what "changed upstream" means."""
    return digest(msgspec.to_builtins(d))


def derive_risk(ann: ToolAnnotations) -> Risk:
    """Risk from behaviour hints, with the MCP defaults (readOnly false, destructive true): fail closed."""
    if ann.readOnlyHint:
        return "read"
    if ann.destructiveHint is False:
        return "write"
    return "destructive"


def tool_spec(up: Upstream, d: ServerTool) -> ToolSpec:
    """The registered tool for a server definition under the operator's overrides."""
    ov = up.tools.get(d.name) or ToolOverride()
    hints = dict(d.annotations)
    if d.title and "title" not in hints:
        hints["title"] = d.title
    merged = {**hints, **(msgspec.to_builtins(ov.annotations) if ov.annotations else {})}
    ann = msgspec.convert(merged, ToolAnnotations)
    return ToolSpec(
        tenant=up.tenant, name=f"{up.name}.{d.name}", description=d.description,
        input_schema=d.input_schema, output_schema=d.output_schema,
        risk=ov.risk or derive_risk(ann), annotations=ann, pii=ov.pii, cache=ov.cache,
        upstream={"kind": "mcp", "server": up.name, "tool": d.name, "definition_hash": definition_hash(d),
                  "hints": d.annotations, **({"title": d.title} if d.title else {})})


def _definition_of(tool: Tool) -> dict[str, Any]:
    """The server-controlled fields of a registered tool, for diffs."""
    up = tool.upstream or {}
    out: dict[str, Any] = {"description": tool.description, "input_schema": tool.input_schema,
                           "output_schema": tool.output_schema, "annotations": up.get("hints", {})}
    if up.get("title") is not None:
        out["title"] = up["title"]
    return out


def diff_definitions(current: Tool | None, new: ServerTool) -> tuple[list[FieldChange], str]:
    """Field-level changes and a unified diff (sorted-key JSON) from the accepted to the new definition."""
    before = _definition_of(current) if current is not None else {}
    after: dict[str, Any] = {"description": new.description, "input_schema": new.input_schema,
                             "output_schema": new.output_schema, "annotations": new.annotations}
    if new.title is not None or "title" in before:
        after["title"] = new.title
    changes = [FieldChange(field=k, before=before.get(k), after=after.get(k))
               for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)]
    a = json.dumps(before, indent=2, sort_keys=True).splitlines()
    b = json.dumps(after, indent=2, sort_keys=True).splitlines()
    name = current.name if current else new.name
    version = f"v{current.version}" if current else "none"
    text = "\n".join(difflib.unified_diff(a, b, f"{name} ({version}, accepted)", f"{name} (upstream, pending)",
                                          lineterm=""))
    return changes, text


def _now() -> str:
    return utc_now_iso(time.time_ns() // 1000)


def _check_upstream(up: Upstream) -> None:
    for field, value in (("name", up.name), ("tenant", up.tenant)):
        rx = UPSTREAM_NAME_RE if field == "name" else NAME_RE
        if not rx.fullmatch(value):
            raise BadRequest(f"upstream {field} {value!r} is not a valid name"
                             + (" (letters, digits, _ and -; no dot)" if field == "name" else ""),
                             code="INVALID_NAME", details={"field": field})
    parts = urlsplit(up.url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise BadRequest("upstream url must be an http:// or https:// URL", code="INVALID_URL",
                         details={"url": up.url})
    if not 0 < up.timeout_s <= 3600:
        raise BadRequest("timeout_s must be in (0, 3600]", details={"timeout_s": up.timeout_s})
    for tool, ov in up.tools.items():
        if ov.pii is not None:
            from arbiter.pii.policy import compile_policy  # the owner validates its own documents

            try:
                compile_policy(ov.pii, None)
            except BadRequest as exc:
                raise BadRequest(f"tools.{tool}.pii: {exc.message}", code=exc.code) from None


_up_decoder = msgspec.json.Decoder(Upstream)
_def_decoder = msgspec.json.Decoder(ServerTool)
Lister = Callable[[Upstream], Awaitable[list[dict[str, Any]]]]


class Upstreams:
    """Registered upstreams, durable in the registry's database, changes audited with the registry's."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.db = registry.db
        self._cache: dict[tuple[str, str], Upstream] = {}
        self._cache_version = -2

    # ---- reading -------------------------------------------------------------------------
    def get(self, tenant: str, name: str) -> Upstream:
        """A registered upstream, or :class:`NotFound`."""
        with self.db.read.connect() as conn:
            row = conn.execute(select(mcp_upstreams.c.document)
                               .where(mcp_upstreams.c.tenant == tenant, mcp_upstreams.c.name == name)).first()
        if row is None:
            raise NotFound(f"no upstream {name!r} in tenant {tenant!r}", details={"tenant": tenant, "name": name})
        return _up_decoder.decode(row.document)

    def all(self, tenant: str | None = None) -> list[Upstream]:
        """Registered upstreams, sorted by tenant and name."""
        q = select(mcp_upstreams.c.document).order_by(mcp_upstreams.c.tenant, mcp_upstreams.c.name)
        if tenant is not None:
            q = q.where(mcp_upstreams.c.tenant == tenant)
        with self.db.read.connect() as conn:
            return [_up_decoder.decode(r.document) for r in conn.execute(q)]

    def lookup(self, tenant: str, name: str) -> Upstream | None:
        """Hot-path lookup, cached until the registry version changes (every upstream change bumps it)."""
        version = self.registry.snapshot.version
        if version != self._cache_version:
            self._cache = {(u.tenant, u.name): u for u in self.all()}
            self._cache_version = version
        return self._cache.get((tenant, name))

    def view(self, up: Upstream) -> UpstreamView:
        """The API view of an upstream."""
        prefix = f"{up.name}."
        registered = [t.name for t in self.registry.list_tools(up.tenant)
                      if t.name.startswith(prefix) and (t.upstream or {}).get("server") == up.name]
        return UpstreamView(name=up.name, tenant=up.tenant, url=up.url, timeout_s=up.timeout_s,
                            header_names=sorted(up.headers), tools=up.tools, registered_tools=registered,
                            pending=[p.tool for p in self.pending(up.tenant, up.name)])

    def pending(self, tenant: str, name: str) -> list[PendingChange]:
        """Changed definitions of this upstream's tools awaiting acceptance, with their diffs."""
        self.get(tenant, name)
        with self.db.read.connect() as conn:
            rows = conn.execute(select(mcp_pending_tools)
                                .where(mcp_pending_tools.c.tenant == tenant, mcp_pending_tools.c.upstream == name)
                                .order_by(mcp_pending_tools.c.name)).all()
        out = []
        for row in rows:
            current = self.registry.snapshot.tools.get((tenant, row.name))
            tool = current.tool if current else None
            changes, text = diff_definitions(tool, _def_decoder.decode(row.definition))
            out.append(PendingChange(tool=row.name, upstream=name, current_version=tool.version if tool else None,
                                     detected_at=row.detected_at, definition_hash=row.definition_hash,
                                     changes=changes, diff=text))
        return out

    # ---- writing -------------------------------------------------------------------------
    def put(self, up: Upstream, *, actor: str, mode: str = "upsert") -> Upstream:
        """Register (``create``) or change (``upsert``) an upstream. Tools follow on the next sync."""
        _check_upstream(up)
        doc = msgspec.json.encode(up).decode()

        def fn(conn: Connection) -> tuple[Any, list[AdminChange], str | None]:
            row = conn.execute(select(mcp_upstreams.c.document)
                               .where(mcp_upstreams.c.tenant == up.tenant, mcp_upstreams.c.name == up.name)).first()
            if row is not None and mode == "create":
                raise Conflict(f"upstream {up.name!r} already exists in tenant {up.tenant!r}",
                               details={"tenant": up.tenant, "name": up.name})
            if row is not None and row.document == doc:
                return up, [], up.tenant
            if row is None:
                conn.execute(insert(mcp_upstreams).values(tenant=up.tenant, name=up.name, document=doc,
                                                          updated_at=_now()))
            else:
                conn.execute(update(mcp_upstreams)
                             .where(mcp_upstreams.c.tenant == up.tenant, mcp_upstreams.c.name == up.name)
                             .values(document=doc, updated_at=_now()))
            before = msgspec.json.decode(row.document) if row else None
            return up, [AdminChange(actor=actor, action="upstream.create" if row is None else "upstream.update",
                                    target=f"upstream:{up.name}", after_digest=digest(msgspec.to_builtins(up)),
                                    before_digest=digest(before) if before else None)], up.tenant

        result: Upstream = self.registry.change(actor, fn)
        return result

    async def sync(self, tenant: str, name: str, lister: Lister, *, actor: str) -> SyncReport:
        """List the upstream's tools (through ``lister``) and apply the listing."""
        up = self.get(tenant, name)
        listing = await lister(up)
        return await asyncio.to_thread(self.apply_listing, up, listing, actor=actor)

    def apply_listing(self, up: Upstream, listing: list[dict[str, Any]], *, actor: str) -> SyncReport:
        """Import new tools, apply override-only changes, and hold changed definitions as pending."""
        report = SyncReport(upstream=up.name, tenant=up.tenant)
        seen: set[str] = set()
        for wire in listing:
            raw_name = str(wire.get("name", ""))
            full = f"{up.name}.{raw_name}"
            try:
                d = server_tool(wire)
                if not NAME_RE.fullmatch(full):
                    raise BadRequest("name is not [A-Za-z0-9_.-]{1,128} once namespaced", code="INVALID_NAME")
                spec = tool_spec(up, d)
            except BadRequest as exc:
                report.skipped.append(Skipped(tool=full, reason=exc.message))
                continue
            seen.add(full)
            compiled = self.registry.snapshot.tools.get((up.tenant, full))
            current = compiled.tool if compiled else None
            if current is not None and (current.upstream or {}).get("server") != up.name:
                report.skipped.append(Skipped(tool=full, reason="a tool of that name exists and does not come "
                                                                "from this upstream"))
                continue
            try:
                if current is None:
                    self.registry.put_tool(spec, actor=actor, mode="create")
                    report.imported.append(full)
                elif (current.upstream or {}).get("definition_hash") == spec.upstream["definition_hash"]:  # type: ignore[index]
                    _, changed = self.registry.put_tool(spec, actor=actor, mode="replace")
                    (report.updated if changed else report.unchanged).append(full)
                    self._drop_pending(up.tenant, full, actor=actor, action=None)
                else:
                    self._hold(up, full, d, actor=actor)
                    report.pending.append(full)
            except BadRequest as exc:  # an invalid schema from the server: not imported, said why
                report.skipped.append(Skipped(tool=full, reason=exc.message))
        prefix = f"{up.name}."
        report.missing = [t.name for t in self.registry.list_tools(up.tenant)
                          if t.name.startswith(prefix) and t.name not in seen
                          and (t.upstream or {}).get("server") == up.name]
        return report

    def _hold(self, up: Upstream, full: str, d: ServerTool, *, actor: str) -> None:
        h = definition_hash(d)
        doc = msgspec.json.encode(d).decode()

        def fn(conn: Connection) -> tuple[Any, list[AdminChange], str | None]:
            key = (mcp_pending_tools.c.tenant == up.tenant, mcp_pending_tools.c.name == full)
            row = conn.execute(select(mcp_pending_tools.c.definition_hash).where(*key)).first()
            if row is not None and row.definition_hash == h:
                return None, [], up.tenant
            conn.execute(delete(mcp_pending_tools).where(*key))
            conn.execute(insert(mcp_pending_tools).values(tenant=up.tenant, name=full, upstream=up.name,
                                                          definition_hash=h, definition=doc, detected_at=_now()))
            return None, [AdminChange(actor=actor, action="tool.pending", target=f"tool:{full}", after_digest=h,
                                      before_digest=row.definition_hash if row else None)], up.tenant

        self.registry.change(actor, fn)

    def _drop_pending(self, tenant: str, full: str, *, actor: str, action: str | None) -> None:
        def fn(conn: Connection) -> tuple[Any, list[AdminChange], str | None]:
            n = conn.execute(delete(mcp_pending_tools).where(mcp_pending_tools.c.tenant == tenant,
                                                             mcp_pending_tools.c.name == full)).rowcount
            # A server that reverted to the accepted definition leaves nothing to review; say so.
            act = action or "tool.pending_withdrawn"
            return None, [AdminChange(actor=actor, action=act, target=f"tool:{full}")] if n else [], tenant

        self.registry.change(actor, fn)

    def accept(self, tenant: str, name: str, *, actor: str, tool: str | None = None) -> list[Tool]:
        """Apply pending definitions (all of the upstream's, or one tool's) as new tool versions."""
        up = self.get(tenant, name)
        full = None if tool is None else (tool if tool.startswith(f"{name}.") else f"{name}.{tool}")
        q = select(mcp_pending_tools).where(mcp_pending_tools.c.tenant == tenant,
                                            mcp_pending_tools.c.upstream == name)
        if full is not None:
            q = q.where(mcp_pending_tools.c.name == full)
        with self.db.read.connect() as conn:
            rows = conn.execute(q.order_by(mcp_pending_tools.c.name)).all()
        if full is not None and not rows:
            raise NotFound(f"no pending change for {full!r}", details={"tool": full})
        accepted = []
        for row in rows:
            spec = tool_spec(up, _def_decoder.decode(row.definition))
            # Two steps, each atomic: if the process dies in between, accepting again is a no-op put
            # followed by the removal of the pending row.
            result, _ = self.registry.put_tool(spec, actor=actor, mode="upsert")
            self._drop_pending(tenant, row.name, actor=actor, action="tool.accept")
            accepted.append(result)
        return accepted

