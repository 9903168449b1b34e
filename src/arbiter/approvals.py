"""Human approval bound to the exact call: rules, the approvals store, tenant settings, seen values.

A call is **held** when its allowlist entry's ``approval.when`` matches, or when the provenance
check refuses it under ``on_untrusted: hold``. The hold creates a pending approval bound to the
tenant, the agent, the tool, the keyed digest of the exact scrubbed arguments, the allowlist
revision and an expiry; it is written in the same transaction as the hold's audit record. An
operator with the ``approver`` role for the tenant approves or denies it (with a comment), which is
its own audit record. The agent then re-submits the identical call with the ``approval_id``; the
approval is used atomically (``UPDATE ... WHERE used_at IS NULL``), so it executes once, whichever
replica gets it. A changed argument, a new policy revision or an expired approval does not match.

Conditions of ``approval.when`` (any one holds the call)::

    - {always: true}
    - {arguments: {<JSON Schema>}}     # held when the arguments validate, e.g. amount > 500
    - {new_value: /to}                 # held when the value at this pointer was never used by the agent
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import time
from collections.abc import Callable
from typing import Any

import msgspec
from sqlalchemy import Connection, and_, insert, select, text, update

from arbiter.audit.record import AdminChange, AuditRecordV1, utc_now_iso
from arbiter.audit.store import AuditStore
from arbiter.db.engine import Database
from arbiter.db.models import agents, approvals, seen_values, tenant_settings
from arbiter.errors import BadRequest, Conflict, Forbidden, NotFound
from arbiter.ids import uuid7
from arbiter.operators import Principal
from arbiter.policy.approval import ApprovalRule, Condition, compile_rule
from arbiter.registry import NAME_RE
from arbiter.types import Reason

__all__ = ["ApprovalRule", "ApprovalStore", "ApprovalView", "Condition", "TenantSettings", "compile_rule"]

DEFAULT_TTL_S = 3600.0


def _resolve(doc: Any, ptr: str) -> Any:
    """The value at an RFC 6901 pointer, or None."""
    if ptr in ("", "/"):
        return doc
    node = doc
    for part in ptr.lstrip("/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


class TenantSettings(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, omit_defaults=True):
    """Per-tenant settings of the approval workflow."""

    approval_webhook: str | None = None  # POSTed a JSON (Slack-compatible ``text``) on each new hold
    self_approval: bool = False  # may an operator approve a call of an agent they registered?
    approval_ttl_s: float = DEFAULT_TTL_S  # how long a held call can be approved and used


class ApprovalView(msgspec.Struct, kw_only=True, omit_defaults=True):
    """An approval as the API shows it."""

    id: str
    tenant: str
    agent_id: str
    tool: str
    status: str  # pending | approved | denied | expired | used
    reasons: list[Reason]
    arguments: Any = None  # scrubbed
    args_digest: str
    allowlist: str | None = None
    revision: str | None = None
    hold_decision_id: str
    created_at: str
    expires_at: str
    decided_by: str | None = None
    decided_at: str | None = None
    comment: str | None = None
    decision_record_id: str | None = None
    used_at: str | None = None
    used_decision_id: str | None = None


def _iso(t: float | None) -> str | None:
    return None if t is None else utc_now_iso(int(t * 1_000_000))


_reasons = msgspec.json.Decoder(list[Reason])
_SEEN_INSERT = text("INSERT INTO seen_values (tenant, agent_id, tool, pointer, value_hash, first_seen) "
                    "VALUES (:tenant, :agent_id, :tool, :pointer, :value_hash, :first_seen) ON CONFLICT DO NOTHING")
_SETTINGS_UPSERT = text("INSERT INTO tenant_settings (tenant, document, updated_at) VALUES (:t, :d, :u) "
                        "ON CONFLICT (tenant) DO UPDATE SET document = excluded.document, "
                        "updated_at = excluded.updated_at")


def _view(row: Any, now: float) -> ApprovalView:
    status = row.status
    if row.used_at is not None:
        status = "used"
    elif status in ("pending", "approved") and row.expires_at <= now:
        status = "expired"
    return ApprovalView(id=row.id, tenant=row.tenant, agent_id=row.agent_id, tool=row.tool, status=status,
                        reasons=_reasons.decode(row.reasons),
                        arguments=msgspec.json.decode(row.arguments) if row.arguments else None,
                        args_digest=row.args_digest, allowlist=row.allowlist, revision=row.revision,
                        hold_decision_id=row.hold_decision_id, created_at=_iso(row.created_at) or "",
                        expires_at=_iso(row.expires_at) or "", decided_by=row.decided_by,
                        decided_at=_iso(row.decided_at), comment=row.comment,
                        decision_record_id=row.decision_record_id, used_at=_iso(row.used_at),
                        used_decision_id=row.used_decision_id)


class ApprovalStore:
    """Approvals, tenant settings and seen values in the shared store."""

    def __init__(self, db: Database, audit: AuditStore, secret: bytes, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self.audit = audit
        self.secret = secret
        self.clock = clock
        self._settings: dict[str, tuple[float, TenantSettings]] = {}

    # ---- tenant settings -----------------------------------------------------------------
    def settings(self, tenant: str) -> TenantSettings:
        """A tenant's settings (defaults when none are stored); cached for a second."""
        now = time.monotonic()
        hit = self._settings.get(tenant)
        if hit is not None and now - hit[0] < 1.0:
            return hit[1]
        with self.db.read.connect() as conn:
            row = conn.execute(select(tenant_settings.c.document).where(tenant_settings.c.tenant == tenant)).first()
        found = msgspec.json.decode(row.document, type=TenantSettings) if row else TenantSettings()
        self._settings[tenant] = (now, found)
        return found

    def put_settings(self, tenant: str, s: TenantSettings, *, actor: str) -> TenantSettings:
        """Store a tenant's settings, audited as an admin change."""
        if not NAME_RE.fullmatch(tenant):
            raise BadRequest("tenant must match [A-Za-z0-9_.-]{1,128}", code="INVALID_NAME",
                             details={"field": "tenant"})
        if s.approval_webhook is not None and not s.approval_webhook.startswith(("http://", "https://")):
            raise BadRequest("approval_webhook must be an http:// or https:// URL", code="INVALID_SETTINGS",
                             details={"field": "approval_webhook"})
        if not 0 < s.approval_ttl_s <= 30 * 86400:
            raise BadRequest("approval_ttl_s must be in (0, 2592000]", code="INVALID_SETTINGS",
                             details={"field": "approval_ttl_s"})
        doc = msgspec.json.encode(s).decode()
        with self.db.write.begin() as conn:
            row = conn.execute(select(tenant_settings.c.document).where(tenant_settings.c.tenant == tenant)).first()
            if row is not None and row.document == doc:
                return s
            now = utc_now_iso(time.time_ns() // 1000)
            conn.execute(_SETTINGS_UPSERT, {"t": tenant, "d": doc, "u": now})
            self.audit.append(conn, [AuditRecordV1(
                decision_id=str(uuid7()), ts=now, kind="admin", tenant=tenant,
                admin=AdminChange(actor=actor, action="tenant.settings", target=f"tenant:{tenant}",
                                  after_digest=hashlib.sha256(doc.encode()).hexdigest()))])
        self._settings.pop(tenant, None)
        return s

    # ---- seen values ---------------------------------------------------------------------
    def _value_hash(self, tenant: str, agent_id: str, tool: str, ptr: str, value: Any) -> str:
        canonical = msgspec.json.encode([tenant, agent_id, tool, ptr, value], order="sorted")
        return hmac.new(self.secret, canonical, hashlib.sha256).hexdigest()

    def unseen(self, tenant: str, agent_id: str, tool: str, ptrs: list[str], arguments: Any) -> list[str]:
        """The pointers whose values this agent's allowed calls of ``tool`` never used."""
        wanted = {p: self._value_hash(tenant, agent_id, tool, p, v) for p in ptrs
                  if (v := _resolve(arguments, p)) is not None}
        if not wanted:
            return []
        with self.db.read.connect() as conn:
            found = {(r.pointer, r.value_hash) for r in conn.execute(select(seen_values.c.pointer,
                                                                            seen_values.c.value_hash).where(
                seen_values.c.tenant == tenant, seen_values.c.agent_id == agent_id, seen_values.c.tool == tool,
                seen_values.c.value_hash.in_(list(wanted.values()))))}
        return [p for p, h in wanted.items() if (p, h) not in found]

    def mark_seen(self, tenant: str, agent_id: str, tool: str, ptrs: list[str], arguments: Any) -> None:
        """Remember the values of an allowed call (idempotent)."""
        rows = [{"tenant": tenant, "agent_id": agent_id, "tool": tool, "pointer": p,
                 "value_hash": self._value_hash(tenant, agent_id, tool, p, v), "first_seen": self.clock()}
                for p in ptrs if (v := _resolve(arguments, p)) is not None]
        if not rows:
            return
        with self.db.write.begin() as conn:
            for r in rows:  # concurrent calls may remember the same value: the first one stays
                conn.execute(_SEEN_INSERT, r)

    # ---- approvals -----------------------------------------------------------------------
    def find_pending(self, tenant: str, agent_id: str, tool: str, digest: str, revision: str | None) -> str | None:
        """The id of a pending, unexpired approval of this exact call, to hold a re-submission under."""
        with self.db.read.connect() as conn:
            row = conn.execute(select(approvals.c.id).where(
                approvals.c.agent_id == agent_id, approvals.c.tool == tool, approvals.c.args_digest == digest,
                approvals.c.tenant == tenant, approvals.c.status == "pending", approvals.c.revision == revision,
                approvals.c.expires_at > self.clock()).order_by(approvals.c.created_at.desc())).first()
        return row.id if row else None

    def insert_pending(self, *, approval_id: str, tenant: str, agent_id: str, tool: str, digest: str,
                       allowlist: str | None, revision: str | None, reasons: list[Reason], arguments: Any,
                       hold_decision_id: str, ttl_s: float | None = None) -> Callable[[Connection], None]:
        """The write of a new pending approval, run inside the hold record's transaction."""
        now = self.clock()
        values = {"id": approval_id, "tenant": tenant, "agent_id": agent_id, "tool": tool, "args_digest": digest,
                  "allowlist": allowlist, "revision": revision, "status": "pending",
                  "reasons": msgspec.json.encode(reasons).decode(),
                  "arguments": msgspec.json.encode(arguments).decode() if arguments is not None else None,
                  "hold_decision_id": hold_decision_id, "created_at": now,
                  "expires_at": now + (ttl_s or self.settings(tenant).approval_ttl_s)}

        def write(conn: Connection) -> None:
            conn.execute(insert(approvals).values(**values))
        return write

    def get(self, approval_id: str) -> ApprovalView:
        """One approval, or :class:`NotFound`."""
        with self.db.read.connect() as conn:
            row = conn.execute(select(approvals).where(approvals.c.id == approval_id)).first()
        if row is None:
            raise NotFound(f"no approval {approval_id!r}", code="APPROVAL_NOT_FOUND", details={"id": approval_id})
        return _view(row, self.clock())

    def list(self, *, status: str | None = None, tenants: frozenset[str] | None = None,
             agent_id: str | None = None, limit: int = 100) -> list[ApprovalView]:
        """Approvals, newest first; ``tenants`` None means every tenant."""
        now = self.clock()
        q = select(approvals).order_by(approvals.c.created_at.desc()).limit(limit)
        if tenants is not None:
            q = q.where(approvals.c.tenant.in_(sorted(tenants)))
        if agent_id is not None:
            q = q.where(approvals.c.agent_id == agent_id)
        if status == "pending":
            q = q.where(approvals.c.status == "pending", approvals.c.expires_at > now)
        elif status == "approved":
            q = q.where(approvals.c.status == "approved", approvals.c.used_at.is_(None), approvals.c.expires_at > now)
        elif status == "used":
            q = q.where(approvals.c.used_at.is_not(None))
        elif status == "denied":
            q = q.where(approvals.c.status == "denied")
        elif status == "expired":
            q = q.where(approvals.c.status.in_(["pending", "approved"]), approvals.c.used_at.is_(None),
                        approvals.c.expires_at <= now)
        elif status is not None:
            raise BadRequest("status is pending, approved, denied, used or expired", code="INVALID_QUERY",
                             details={"status": status})
        with self.db.read.connect() as conn:
            return [_view(r, now) for r in conn.execute(q)]

    async def wait(self, approval_id: str, timeout_s: float) -> ApprovalView:
        """Poll until the approval is no longer pending, or ``timeout_s`` passed."""
        deadline = time.monotonic() + timeout_s
        while True:
            view = await asyncio.to_thread(self.get, approval_id)
            if view.status != "pending" or time.monotonic() >= deadline:
                return view
            await asyncio.sleep(min(0.2, max(0.0, deadline - time.monotonic())))

    def decide(self, approval_id: str, *, who: Principal, approve: bool, comment: str | None) -> ApprovalView:
        """Approve or deny a pending approval; the decision is its own audit record, in the same transaction."""
        if comment is not None and len(comment) > 2000:
            raise BadRequest("comment is at most 2000 characters", code="INVALID_REQUEST", details={"field": "comment"})
        now = self.clock()
        record_id = str(uuid7())
        with self.db.write.begin() as conn:
            row = conn.execute(select(approvals).where(approvals.c.id == approval_id)).first()
            # Another tenant's approval does not exist for this approver (nothing about it leaks).
            if row is None or not who.can("approver", row.tenant):
                raise NotFound(f"no approval {approval_id!r}", code="APPROVAL_NOT_FOUND", details={"id": approval_id})
            if row.status != "pending":
                raise Conflict(f"approval {approval_id!r} was already {row.status}", code="APPROVAL_DECIDED",
                               details={"id": approval_id, "status": row.status})
            if row.expires_at <= now:
                raise Conflict(f"approval {approval_id!r} expired", code="APPROVAL_EXPIRED",
                               details={"id": approval_id})
            creator = conn.execute(select(agents.c.created_by).where(agents.c.id == row.agent_id)).scalar()
            if creator is not None and creator == who.actor and not self.settings(row.tenant).self_approval:
                raise Forbidden(f"{who.actor} registered agent {row.agent_id!r} and tenant {row.tenant!r} does not "
                                "allow approving one's own agent's calls", code="SELF_APPROVAL",
                                details={"agent_id": row.agent_id})
            status = "approved" if approve else "denied"
            n = conn.execute(update(approvals).where(and_(approvals.c.id == approval_id,
                                                          approvals.c.status == "pending"))
                             .values(status=status, decided_by=who.actor, decided_at=now, comment=comment,
                                     decision_record_id=record_id)).rowcount
            if n != 1:
                raise Conflict(f"approval {approval_id!r} was decided concurrently", code="APPROVAL_DECIDED",
                               details={"id": approval_id})
            reason = Reason(code="APPROVED" if approve else "APPROVAL_DENIED",
                            message=(f"approved by {who.actor}" if approve else f"denied by {who.actor}")
                            + (f": {comment}" if comment else ""))
            self.audit.append(conn, [AuditRecordV1(
                decision_id=record_id, ts=utc_now_iso(int(now * 1_000_000)), kind="approval", tenant=row.tenant,
                agent_id=row.agent_id, tool=row.tool, allowlist=row.allowlist, revision=row.revision,
                verdict="allow" if approve else "deny", reasons=[reason], args_digest=row.args_digest,
                approval_id=approval_id,
                admin=AdminChange(actor=who.actor, action=f"approval.{'approve' if approve else 'deny'}",
                                  target=f"approval:{approval_id}"))])
            row = conn.execute(select(approvals).where(approvals.c.id == approval_id)).one()
        return _view(row, now)

    def use(self, approval_id: str, decision_id: str) -> bool:
        """Take an approved, unexpired, unused approval for one execution: True for exactly one caller."""
        now = self.clock()
        with self.db.write.begin() as conn:
            n = conn.execute(update(approvals).where(
                approvals.c.id == approval_id, approvals.c.status == "approved", approvals.c.used_at.is_(None),
                approvals.c.expires_at > now).values(used_at=now, used_decision_id=decision_id)).rowcount
        return n == 1

    def row(self, approval_id: str) -> Any:
        """The stored row (for the check's binding comparison), or None."""
        with self.db.read.connect() as conn:
            return conn.execute(select(approvals).where(approvals.c.id == approval_id)).first()

