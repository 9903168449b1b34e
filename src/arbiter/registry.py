"""The registry of tools, agents and allowlists: durable in the database, served from memory.

Every change runs in one write transaction that also bumps ``registry_state.version`` and
appends its own admin audit record, so a change and its record commit together or not at all.
Each process serves decisions from an immutable in-memory :class:`Snapshot` (validators
compiled), reloaded at once after a local change and within ``ARBITER_REGISTRY_POLL_S`` after
a change made by another process (the CLI, another replica).
"""

from __future__ import annotations

import difflib
import hashlib
import hmac
import json
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import msgspec
from sqlalchemy import Connection, delete, insert, select, update

from arbiter.audit.record import AdminChange, AuditRecordV1, utc_now_iso
from arbiter.audit.store import AuditStore
from arbiter.db.engine import Database
from arbiter.db.models import (
    agents,
    allowlist_revisions,
    allowlists,
    llm_catalog,
    registry_state,
    tool_versions,
    tools,
)
from arbiter.errors import BadRequest, Conflict, InvalidPolicy, NotFound
from arbiter.ids import uuid7
from arbiter.llm.policy import check_models_section
from arbiter.policy import allowlist as allowlist_mod
from arbiter.policy.allowlist import NAME_RE, Allowlist
from arbiter.policy.validators import check_schema, compiled, schema_hash
from arbiter.types import Agent, AgentStatus, Risk, Tool, ToolAnnotations, Trust, TrustName


class ToolSpec(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A tool as an operator registers or replaces it."""

    name: str
    input_schema: dict[str, Any]
    tenant: str = "default"
    description: str = ""
    output_schema: dict[str, Any] | None = None
    risk: Risk = "read"
    annotations: ToolAnnotations = msgspec.field(default_factory=ToolAnnotations)
    pii: dict[str, Any] | None = None
    upstream: dict[str, Any] | None = None
    cache: dict[str, Any] | None = None


class AgentUpdate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, omit_defaults=True):
    """Fields of an agent an operator may change."""

    name: str | None = None
    trust: TrustName | None = None
    allowlist: str | msgspec.UnsetType | None = msgspec.UNSET  # null takes the allowlist away
    status: AgentStatus | None = None


class CompiledTool(msgspec.Struct, kw_only=True):
    """A tool with the digest of its compiled input validator."""

    tool: Tool
    input_hash: str

    def validator(self) -> Any:
        """The compiled validator of the tool's input schema."""
        return compiled(self.tool.input_schema, self.input_hash)


class Snapshot(msgspec.Struct, kw_only=True, frozen=True):
    """An immutable view of the registry, what every decision reads."""

    version: int
    tools: dict[tuple[str, str], CompiledTool]
    agents: dict[str, Agent]
    agents_by_key: dict[str, str]  # key hash -> agent id
    allowlists: dict[str, Allowlist]


class RevisionInfo(msgspec.Struct, kw_only=True):
    """One applied revision of an allowlist: when and by whom."""

    name: str
    revision: str
    tenant: str
    created_at: str
    actor: str


class RevisionDetail(RevisionInfo, kw_only=True):
    """A revision's document, and a unified diff from the revision applied before it (from nothing for the
    first)."""

    document: dict[str, Any]
    previous_revision: str | None
    diff: str


ToolCheck = Callable[[Tool], None]


def digest(doc: Any) -> str:
    """SHA-256 of a document's sorted-key JSON: what admin records keep instead of documents."""
    return hashlib.sha256(msgspec.json.encode(doc, order="sorted")).hexdigest()


def catalog_prices(conn: Connection) -> dict[str, bool]:
    """Catalog model name -> whether it has prices (what an allowlist's ``models`` section is checked against)."""
    rows = conn.execute(select(llm_catalog.c.name, llm_catalog.c.document).where(llm_catalog.c.kind == "model"))
    return {r.name: msgspec.json.decode(r.document).get("prices") is not None for r in rows}


def _now() -> str:
    return utc_now_iso(time.time_ns() // 1000)


def _agent_doc(agent: Agent) -> dict[str, Any]:
    return {"id": agent.id, "name": agent.name, "tenant": agent.tenant, "trust": agent.trust.label,
            "allowlist": agent.allowlist, "status": agent.status}


def _pretty(document: Any) -> list[str]:
    """The lines a revision diff compares: sorted-key JSON, two-space indent."""
    return [line + "\n" for line in json.dumps(document, indent=2, sort_keys=True).splitlines()]


def _tool_doc(tool: Tool) -> dict[str, Any]:
    doc: dict[str, Any] = msgspec.to_builtins(tool)
    return doc


_tool_decoder = msgspec.json.Decoder(Tool)


def _check_allowlist(conn: Connection, source: str, al: Allowlist) -> Any:
    """What applying a parsed allowlist needs of the stored state: its tools registered in its tenant, its
    models in the catalog, its name not another tenant's. Returns the stored row of that name, if any."""
    names = {r.name for r in conn.execute(select(tools.c.name).where(tools.c.tenant == al.tenant))}
    unknown = sorted(set(al.tools) - names)
    if unknown:
        raise InvalidPolicy(
            f"{source}: allowlist {al.name!r} names tools not registered in tenant "
            f"{al.tenant!r}: {', '.join(unknown)}",
            details={"source": source, "unknown_tools": unknown, "tenant": al.tenant})
    if al.models is not None:
        check_models_section(source, al.document.get("models"), catalog_prices(conn))
    row = conn.execute(select(allowlists).where(allowlists.c.name == al.name)).first()
    if row is not None and row.tenant != al.tenant:
        raise Conflict(f"{source}: allowlist {al.name!r} already belongs to tenant {row.tenant!r}",
                       details={"source": source, "name": al.name})
    return row


class Registry:
    """Registry operations (admin) and the in-memory snapshot (decisions)."""

    def __init__(self, db: Database, audit: AuditStore, secret: bytes,
                 tool_checks: Iterable[ToolCheck] = ()) -> None:
        self.db = db
        self.audit = audit
        self._secret = secret
        self.tool_checks = list(tool_checks)
        self._lock = threading.Lock()
        self._snapshot = Snapshot(version=-1, tools={}, agents={}, agents_by_key={}, allowlists={})

    # ---- reading -------------------------------------------------------------------------
    @property
    def snapshot(self) -> Snapshot:
        """The current snapshot (cheap; never blocks)."""
        return self._snapshot

    def reload(self) -> Snapshot:
        """Rebuild the snapshot from the database."""
        with self.db.read.connect() as conn:
            version = conn.execute(select(registry_state.c.version)).scalar_one()
            tool_rows = conn.execute(select(tools.c.document)).all()
            agent_rows = conn.execute(select(agents)).all()
            allowlist_rows = conn.execute(select(allowlists.c.document)).all()
        compiled_tools = {}
        for (doc,) in tool_rows:
            tool = _tool_decoder.decode(doc)
            compiled_tools[(tool.tenant, tool.name)] = CompiledTool(tool=tool, input_hash=tool.schema_hash)
        agent_map, by_key = {}, {}
        for row in agent_rows:
            agent_map[row.id] = Agent(id=row.id, name=row.name, tenant=row.tenant, trust=Trust.parse(row.trust),
                                      allowlist=row.allowlist, status=row.status)
            if row.key_hash:
                by_key[row.key_hash] = row.id
        old = self._snapshot.allowlists
        lists = {}
        for (doc,) in allowlist_rows:
            document = msgspec.json.decode(doc)
            name = document["name"]
            # Unchanged revisions keep their compiled form.
            prev = old.get(name)
            lists[name] = prev if prev and prev.revision == allowlist_mod.revision_of(document) else \
                allowlist_mod.parse(document, source=name)
        snap = Snapshot(version=version, tools=compiled_tools, agents=agent_map, agents_by_key=by_key,
                        allowlists=lists)
        with self._lock:
            if snap.version >= self._snapshot.version:
                self._snapshot = snap
        return self._snapshot

    def poll(self) -> bool:
        """Reload if another process changed the registry. Returns whether it reloaded."""
        with self.db.read.connect() as conn:
            version = conn.execute(select(registry_state.c.version)).scalar_one()
        if version != self._snapshot.version:
            self.reload()
            return True
        return False

    def key_hash(self, token: str) -> str:
        """Keyed hash under which an API key is stored."""
        return hmac.new(self._secret, token.encode(), hashlib.sha256).hexdigest()

    def authenticate(self, token: str) -> Agent | None:
        """The agent holding ``token``, or None for an unknown or revoked key."""
        snap = self._snapshot
        agent_id = snap.agents_by_key.get(self.key_hash(token))
        return snap.agents.get(agent_id) if agent_id else None

    def tool(self, tenant: str, name: str) -> Tool:
        """A registered tool, or :class:`NotFound`."""
        found = self._snapshot.tools.get((tenant, name))
        if found is None:
            raise NotFound(f"no tool {name!r} in tenant {tenant!r}", details={"tenant": tenant, "name": name})
        return found.tool

    def list_tools(self, tenant: str | None = None) -> list[Tool]:
        """Registered tools, sorted by tenant and name."""
        return [c.tool for k, c in sorted(self._snapshot.tools.items()) if tenant is None or k[0] == tenant]

    def agent(self, agent_id: str) -> Agent:
        """A registered agent, or :class:`NotFound`."""
        found = self._snapshot.agents.get(agent_id)
        if found is None:
            raise NotFound(f"no agent {agent_id!r}", details={"id": agent_id})
        return found

    def list_agents(self, tenant: str | None = None) -> list[Agent]:
        """Registered agents, sorted by tenant and name."""
        return sorted((a for a in self._snapshot.agents.values() if tenant is None or a.tenant == tenant),
                      key=lambda a: (a.tenant, a.name, a.id))

    def allowlist(self, name: str) -> Allowlist:
        """A stored allowlist, or :class:`NotFound`."""
        found = self._snapshot.allowlists.get(name)
        if found is None:
            raise NotFound(f"no allowlist {name!r}", details={"name": name})
        return found

    def allowlist_revisions(self, name: str) -> list[RevisionInfo]:
        """Every revision of an allowlist ever applied, newest first; :class:`NotFound` for an unknown name."""
        c = allowlist_revisions.c
        with self.db.read.connect() as conn:
            rows = conn.execute(select(c.name, c.revision, c.tenant, c.created_at, c.actor).where(c.name == name)
                                .order_by(c.created_at.desc(), c.revision)).all()
        if not rows:
            raise NotFound(f"no allowlist {name!r}", details={"name": name})
        return [RevisionInfo(name=r.name, revision=r.revision, tenant=r.tenant, created_at=r.created_at,
                             actor=r.actor) for r in rows]

    def allowlist_revision(self, name: str, revision: str) -> RevisionDetail:
        """One revision's document with a unified diff from the revision applied before it."""
        c = allowlist_revisions.c
        with self.db.read.connect() as conn:
            row = conn.execute(select(allowlist_revisions).where(c.name == name, c.revision == revision)).first()
            if row is None:
                raise NotFound(f"no revision {revision!r} of allowlist {name!r}",
                               details={"name": name, "revision": revision})
            prev = conn.execute(select(c.revision, c.document).where(
                c.name == name, (c.created_at < row.created_at)
                | ((c.created_at == row.created_at) & (c.revision > row.revision)))
                .order_by(c.created_at.desc(), c.revision).limit(1)).first()
        document = msgspec.json.decode(row.document)
        before = _pretty(msgspec.json.decode(prev.document)) if prev else []
        diff = difflib.unified_diff(before, _pretty(document), fromfile=f"{name}@{prev.revision}" if prev else
                                    "/dev/null", tofile=f"{name}@{revision}")
        return RevisionDetail(name=row.name, revision=row.revision, tenant=row.tenant, created_at=row.created_at,
                              actor=row.actor, document=document, previous_revision=prev.revision if prev else None,
                              diff="".join(diff))

    def revision_document(self, name: str, revision: str) -> dict[str, Any] | None:
        """The document of one applied revision, or None if it is not in the history."""
        c = allowlist_revisions.c
        with self.db.read.connect() as conn:
            doc = conn.execute(select(c.document).where(c.name == name, c.revision == revision)).scalar()
        return msgspec.json.decode(doc) if doc is not None else None

    def list_allowlists(self) -> list[Allowlist]:
        """Stored allowlists, sorted by name."""
        return [a for _, a in sorted(self._snapshot.allowlists.items())]

    # ---- writing -------------------------------------------------------------------------
    def change(self, actor: str,
               fn: Callable[[Connection], tuple[Any, list[AdminChange], str | list[str | None] | None]]) -> Any:
        """Run ``fn`` in a write transaction with its admin records, then refresh the snapshot.

        ``fn`` returns its result, its changes and their tenant (one for all, or one per change).
        """
        with self.db.write.begin() as conn:
            result, changes, tenant = fn(conn)
            if changes:
                conn.execute(update(registry_state).where(registry_state.c.id == 1)
                             .values(version=registry_state.c.version + 1))
                ts_us = time.time_ns() // 1000
                tenants = tenant if isinstance(tenant, list) else [tenant] * len(changes)
                records = [AuditRecordV1(decision_id=str(uuid7()), ts=utc_now_iso(ts_us), kind="admin",
                                         tenant=t, admin=c,
                                         tool=c.target.split(":", 1)[1] if c.target.startswith("tool:") else None,
                                         agent_id=c.target.split(":", 1)[1] if c.target.startswith("agent:") else None)
                           for c, t in zip(changes, tenants, strict=True)]
                self.audit.append(conn, records)
        if changes:
            self.reload()
        return result

    def _validate_tool(self, spec: ToolSpec) -> Tool:
        for field, value in (("name", spec.name), ("tenant", spec.tenant)):
            if not NAME_RE.fullmatch(value):
                raise BadRequest(f"tool {field} must match [A-Za-z0-9_.-]{{1,128}}", code="INVALID_NAME",
                                 details={"field": field})
        check_schema(spec.input_schema, what="input_schema")
        if spec.output_schema is not None:
            check_schema(spec.output_schema, what="output_schema")
        tool = Tool(tenant=spec.tenant, name=spec.name, description=spec.description,
                    input_schema=spec.input_schema, output_schema=spec.output_schema, risk=spec.risk,
                    annotations=spec.annotations, pii=spec.pii, upstream=spec.upstream, cache=spec.cache,
                    schema_hash=schema_hash(spec.input_schema))
        for check in self.tool_checks:
            check(tool)
        return tool

    def put_tool(self, spec: ToolSpec, *, actor: str, mode: str = "upsert") -> tuple[Tool, bool]:
        """Create (``mode="create"``), replace (``"replace"``) or upsert a tool.

        Returns the stored tool and whether anything changed. A changed document gets the next
        version; an identical one is left as it is.
        """
        return self.put_tools([spec], actor=actor, mode=mode)[0]

    def put_tools(self, specs: Sequence[ToolSpec], *, actor: str,
                  mode: str = "upsert") -> list[tuple[Tool, bool]]:
        """:meth:`put_tool` for many tools at once: all are validated before any is written, and all are
        written in one transaction (all or nothing), in order (a tool given twice is put twice), with one
        admin record per change."""
        news = []
        for spec in specs:
            try:
                news.append(self._validate_tool(spec))
            except BadRequest as exc:
                if len(specs) > 1:  # say which of the many
                    exc.message = f"tool {spec.name!r} of tenant {spec.tenant!r}: {exc.message}"
                    exc.args = (exc.message,)
                    exc.details = {**exc.details, "tenant": spec.tenant, "name": spec.name}
                raise

        def fn(conn: Connection) -> tuple[Any, list[AdminChange], list[str | None]]:
            out: list[tuple[Tool, bool]] = []
            changes: list[AdminChange] = []
            tenants: list[str | None] = []
            now = _now()
            # One read for all, then in-memory state, so a tool given twice is seen as written the first time.
            wanted = {(n.tenant, n.name) for n in news}
            rows = conn.execute(select(tools.c.tenant, tools.c.name, tools.c.document).where(
                tools.c.tenant.in_({t for t, _ in wanted}), tools.c.name.in_({n for _, n in wanted}))).all()
            current: dict[tuple[str, str], Tool] = {
                (r.tenant, r.name): _tool_decoder.decode(r.document) for r in rows if (r.tenant, r.name) in wanted}
            stored = set(current)  # rows that exist before this transaction
            inserts: dict[tuple[str, str], dict[str, Any]] = {}  # new rows; a tool given twice: the last wins
            versions: list[dict[str, Any]] = []
            for new in news:
                key = (new.tenant, new.name)
                before = current.get(key)
                if before is not None and mode == "create":
                    raise Conflict(f"tool {new.name!r} already exists in tenant {new.tenant!r}; use PUT to change it",
                                   details={"tenant": new.tenant, "name": new.name})
                if before is None and mode == "replace":
                    raise NotFound(f"no tool {new.name!r} in tenant {new.tenant!r}",
                                   details={"tenant": new.tenant, "name": new.name})
                if before is not None:
                    new.version = before.version
                    if _tool_doc(before) == _tool_doc(new):
                        out.append((before, False))
                        continue
                    new.version = before.version + 1
                doc = msgspec.json.encode(new).decode()
                row = {"tenant": new.tenant, "name": new.name, "version": new.version,
                       "schema_hash": new.schema_hash, "document": doc}
                if key in stored:
                    conn.execute(update(tools).where(tools.c.tenant == new.tenant, tools.c.name == new.name)
                                 .values(version=new.version, schema_hash=new.schema_hash, document=doc,
                                         updated_at=now))
                else:
                    inserts[key] = {**row, "updated_at": now}
                versions.append({**row, "created_at": now})
                current[key] = new
                changes.append(AdminChange(actor=actor, action="tool.create" if before is None else "tool.update",
                                           target=f"tool:{new.name}", after_digest=digest(_tool_doc(new)),
                                           before_digest=digest(_tool_doc(before)) if before else None))
                tenants.append(new.tenant)
                out.append((new, True))
            if inserts:
                conn.execute(insert(tools), list(inserts.values()))
            if versions:
                conn.execute(insert(tool_versions), versions)
            return out, changes, tenants

        result: list[tuple[Tool, bool]] = self.change(actor, fn)
        return result

    def delete_tool(self, tenant: str, name: str, *, actor: str) -> None:
        """Remove a tool no allowlist names any more."""
        users = sorted(a.name for a in self._snapshot.allowlists.values() if a.tenant == tenant and name in a.tools)

        def fn(conn: Connection) -> tuple[Any, list[AdminChange], str | None]:
            row = conn.execute(select(tools.c.document).where(tools.c.tenant == tenant, tools.c.name == name)).first()
            if row is None:
                raise NotFound(f"no tool {name!r} in tenant {tenant!r}", details={"tenant": tenant, "name": name})
            if users:
                raise Conflict(f"tool {name!r} is named by allowlists {', '.join(users)}; remove it there first",
                               details={"allowlists": users})
            conn.execute(delete(tools).where(tools.c.tenant == tenant, tools.c.name == name))
            before = _tool_decoder.decode(row.document)
            return None, [AdminChange(actor=actor, action="tool.delete", target=f"tool:{name}",
                                      before_digest=digest(_tool_doc(before)))], tenant

        self.change(actor, fn)

    def _check_allowlist_ref(self, conn: Connection, name: str | None, tenant: str) -> None:
        if name is None:
            return
        row = conn.execute(select(allowlists.c.tenant).where(allowlists.c.name == name)).first()
        if row is None:
            raise BadRequest(f"no allowlist {name!r}; apply it first", code="UNKNOWN_ALLOWLIST",
                             details={"allowlist": name})
        if row.tenant != tenant:
            raise BadRequest(f"allowlist {name!r} belongs to tenant {row.tenant!r}, not {tenant!r}",
                             code="UNKNOWN_ALLOWLIST", details={"allowlist": name})

    def _new_key(self) -> tuple[str, str, str]:
        token = "arb_" + secrets.token_urlsafe(32)
        return token, token[4:12], self.key_hash(token)

    def create_agent(self, *, name: str, tenant: str, trust: str, allowlist: str | None,
                     actor: str) -> tuple[Agent, str]:
        """Register an agent. Returns it and its API key, which is shown this once."""
        if not NAME_RE.fullmatch(tenant):
            raise BadRequest("tenant must match [A-Za-z0-9_.-]{1,128}", code="INVALID_NAME",
                             details={"field": "tenant"})
        if not name or len(name) > 128:
            raise BadRequest("agent name must be 1 to 128 characters", code="INVALID_NAME", details={"field": "name"})
        level = Trust.parse(trust)
        token, key_id, key_hash = self._new_key()
        agent = Agent(id="agt_" + uuid7().hex, name=name, tenant=tenant, trust=level, allowlist=allowlist)

        def fn(conn: Connection) -> tuple[Any, list[AdminChange], str | None]:
            self._check_allowlist_ref(conn, allowlist, tenant)
            now = _now()
            conn.execute(insert(agents).values(id=agent.id, name=name, tenant=tenant, trust=level.label,
                                               allowlist=allowlist, status="active", key_id=key_id,
                                               key_hash=key_hash, created_at=now, updated_at=now, created_by=actor))
            return agent, [AdminChange(actor=actor, action="agent.create", target=f"agent:{agent.id}",
                                       after_digest=digest(_agent_doc(agent)))], tenant

        return self.change(actor, fn), token

    def update_agent(self, agent_id: str, changes: AgentUpdate, *, actor: str) -> Agent:
        """Change an agent's name, trust, allowlist or status."""
        def fn(conn: Connection) -> tuple[Any, list[AdminChange], str | None]:
            row = conn.execute(select(agents).where(agents.c.id == agent_id)).first()
            if row is None:
                raise NotFound(f"no agent {agent_id!r}", details={"id": agent_id})
            before = Agent(id=row.id, name=row.name, tenant=row.tenant, trust=Trust.parse(row.trust),
                           allowlist=row.allowlist, status=row.status)
            after = msgspec.structs.replace(before)
            values: dict[str, Any] = {}
            if changes.name is not None:
                after.name = values["name"] = changes.name
            if changes.trust is not None:
                after.trust = Trust.parse(changes.trust)
                values["trust"] = after.trust.label
            if changes.allowlist is not msgspec.UNSET:
                self._check_allowlist_ref(conn, changes.allowlist, before.tenant)
                after.allowlist = values["allowlist"] = changes.allowlist
            if changes.status is not None:
                after.status = values["status"] = changes.status
            if after == before:
                return before, [], before.tenant
            conn.execute(update(agents).where(agents.c.id == agent_id).values(updated_at=_now(), **values))
            return after, [AdminChange(actor=actor, action="agent.update", target=f"agent:{agent_id}",
                                       before_digest=digest(_agent_doc(before)),
                                       after_digest=digest(_agent_doc(after)))], before.tenant

        result: Agent = self.change(actor, fn)
        return result

    def rotate_key(self, agent_id: str, *, actor: str) -> tuple[Agent, str]:
        """Issue a new key; the old one stops working at once."""
        token, key_id, key_hash = self._new_key()
        return self._set_key(agent_id, key_id, key_hash, actor, "agent.rotate_key"), token

    def revoke_key(self, agent_id: str, *, actor: str) -> Agent:
        """Remove the agent's key: requests with it get 401 until a new key is issued."""
        return self._set_key(agent_id, None, None, actor, "agent.revoke_key")

    def _set_key(self, agent_id: str, key_id: str | None, key_hash: str | None, actor: str, action: str) -> Agent:
        def fn(conn: Connection) -> tuple[Any, list[AdminChange], str | None]:
            row = conn.execute(select(agents).where(agents.c.id == agent_id)).first()
            if row is None:
                raise NotFound(f"no agent {agent_id!r}", details={"id": agent_id})
            conn.execute(update(agents).where(agents.c.id == agent_id)
                         .values(key_id=key_id, key_hash=key_hash, updated_at=_now()))
            agent = Agent(id=row.id, name=row.name, tenant=row.tenant, trust=Trust.parse(row.trust),
                          allowlist=row.allowlist, status=row.status)
            return agent, [AdminChange(actor=actor, action=action, target=f"agent:{agent_id}")], row.tenant

        result: Agent = self.change(actor, fn)
        return result

    def validate_allowlist(self, document: Any, *, source: str = "allowlist") -> Allowlist:
        """Parse and check an allowlist exactly as :meth:`apply_allowlists` would, storing nothing."""
        al = allowlist_mod.parse(document, source=source)
        with self.db.read.connect() as conn:
            _check_allowlist(conn, source, al)
        return al

    def apply_allowlists(self, documents: list[tuple[str, Any]], *, actor: str) -> list[Allowlist]:
        """Validate every document, then store them all in one transaction, or none."""
        parsed = [allowlist_mod.parse(doc, source=source) for source, doc in documents]
        seen: dict[str, str] = {}
        for (source, _), al in zip(documents, parsed, strict=True):
            if al.name in seen:
                raise InvalidPolicy(f"{source}: allowlist {al.name!r} is also defined in {seen[al.name]}",
                                    details={"source": source, "name": al.name})
            seen[al.name] = source

        def fn(conn: Connection) -> tuple[Any, list[AdminChange], str | None]:
            changes: list[AdminChange] = []
            for (source, _), al in zip(documents, parsed, strict=True):
                row = _check_allowlist(conn, source, al)
                if row is not None and row.revision == al.revision:
                    continue
                doc = msgspec.json.encode(al.document).decode()
                known = conn.execute(select(allowlist_revisions.c.revision).where(
                    allowlist_revisions.c.name == al.name, allowlist_revisions.c.revision == al.revision)).first()
                if known is None:  # re-applying an earlier revision keeps its first appearance in the history
                    conn.execute(insert(allowlist_revisions).values(name=al.name, revision=al.revision,
                                                                    tenant=al.tenant, document=doc,
                                                                    created_at=_now(), actor=actor))
                if row is None:
                    conn.execute(insert(allowlists).values(name=al.name, tenant=al.tenant, revision=al.revision,
                                                           document=doc, updated_at=_now()))
                else:
                    conn.execute(update(allowlists).where(allowlists.c.name == al.name)
                                 .values(revision=al.revision, document=doc, updated_at=_now()))
                changes.append(AdminChange(actor=actor, action="allowlist.apply", target=f"allowlist:{al.name}",
                                           before_digest=row.revision if row else None, after_digest=al.revision))
            return parsed, changes, parsed[0].tenant if len({a.tenant for a in parsed}) == 1 else None

        result: list[Allowlist] = self.change(actor, fn)
        return result
