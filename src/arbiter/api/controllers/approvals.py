"""Approvals of held calls (approvers; agents read their own), operators and tenant settings (admin)."""

from __future__ import annotations

import asyncio
from typing import Any

import msgspec
from litestar import Controller, Request, get, post, put
from litestar.params import Parameter

from arbiter.api.deps import ADMIN_ERRORS, actor, admin_guard, needs, principal, require, service
from arbiter.approvals import ApprovalView, TenantSettings
from arbiter.errors import BadRequest, NotFound, Unauthorized
from arbiter.operators import Operator, Principal, Role
from arbiter.registry import NAME_RE

Req = Request[Any, Any, Any]
MAX_WAIT_S = 60.0


class ApprovalList(msgspec.Struct):
    approvals: list[ApprovalView]


class Decide(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """An approver's decision: an optional comment (kept in the approval and its audit record)."""

    comment: str | None = None


class OperatorCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new operator: name, roles (admin, approver, auditor), tenants it approves for (``*``: all)."""

    name: str
    roles: list[Role]
    tenants: list[str] = msgspec.field(default_factory=lambda: ["*"])


class OperatorWithKey(msgspec.Struct):
    """A created operator or a rotated key: the key is shown this once."""

    operator: Operator
    api_key: str


class OperatorList(msgspec.Struct):
    operators: list[Operator]


def _readable(who: Principal | None, view: ApprovalView, agent_id: str | None) -> bool:
    if agent_id is not None:
        return view.agent_id == agent_id
    assert who is not None
    return who.can("approver", view.tenant) or who.can("auditor") or who.can("admin")


class ApprovalController(Controller):
    """Held calls: list them, read one (long-poll with ``wait``), approve or deny with a comment."""

    path = "/v1/approvals"
    tags = ["approvals"]

    @get("/", guards=[require("approver", "auditor", "admin")], security=needs("approver", "auditor", "admin"),
         responses=ADMIN_ERRORS, sync_to_thread=True)
    def list(self, request: Req, status: str | None = Parameter(query="status", default=None),
             tenant: str | None = Parameter(query="tenant", default=None),
             agent_id: str | None = Parameter(query="agent_id", default=None),
             limit: int = Parameter(query="limit", default=100, ge=1, le=1000)) -> ApprovalList:
        """Approvals, newest first (``status``: pending, approved, denied, used, expired). An approver sees its
        tenants' only; an auditor or admin sees all."""
        who = principal(request)
        tenants = who.tenants if not (who.can("auditor") or who.can("admin")) else None
        if tenant is not None:
            if tenants is not None and tenant not in tenants:
                return ApprovalList(approvals=[])
            tenants = frozenset({tenant})
        return ApprovalList(approvals=service(request).approvals.list(status=status, tenants=tenants,
                                                                      agent_id=agent_id, limit=limit))

    @get("/{approval_id:str}", responses=ADMIN_ERRORS)
    async def show(self, request: Req, approval_id: str,
                   wait: float = Parameter(query="wait", default=0.0, ge=0, le=MAX_WAIT_S,
                                           description="seconds to wait while it is pending (long poll)")) \
            -> ApprovalView:
        """One approval. The agent whose call it holds may read it (and wait for it) with its own key."""
        svc = service(request)
        who: Principal | None
        agent_id: str | None = None
        try:
            who = principal(request)
        except Unauthorized:
            who, agent_id = None, (await svc.authenticate(request.headers.get("authorization"))).id
        view = await asyncio.to_thread(svc.approvals.get, approval_id)
        if not _readable(who, view, agent_id):
            raise NotFound(f"no approval {approval_id!r}", code="APPROVAL_NOT_FOUND", details={"id": approval_id})
        if wait > 0 and view.status == "pending":
            view = await svc.approvals.wait(approval_id, wait)
        return view

    @post("/{approval_id:str}/approve", status_code=200, guards=[require("approver")], security=needs("approver"),
          responses=ADMIN_ERRORS, sync_to_thread=True)
    def approve(self, request: Req, approval_id: str, data: Decide | None = None) -> ApprovalView:
        """Approve a pending call: the agent's identical re-submission then executes, once."""
        return service(request).approvals.decide(approval_id, who=principal(request), approve=True,
                                                 comment=data.comment if data else None)

    @post("/{approval_id:str}/deny", status_code=200, guards=[require("approver")], security=needs("approver"),
          responses=ADMIN_ERRORS, sync_to_thread=True)
    def deny(self, request: Req, approval_id: str, data: Decide | None = None) -> ApprovalView:
        """Deny a pending call."""
        return service(request).approvals.decide(approval_id, who=principal(request), approve=False,
                                                 comment=data.comment if data else None)


class OperatorController(Controller):
    """Named operators with roles and their own keys (admin)."""

    path = "/v1/operators"
    guards = [admin_guard]
    security = needs("admin")
    tags = ["admin: operators"]

    @post("/", status_code=201, responses=ADMIN_ERRORS, sync_to_thread=True)
    def create(self, request: Req, data: OperatorCreate) -> OperatorWithKey:
        """Create an operator; the answer holds its API key, once."""
        op, key = service(request).operators.add(name=data.name, roles=list(data.roles), tenants=data.tenants,
                                                 actor=actor(request))
        return OperatorWithKey(operator=op, api_key=key)

    @get("/", responses=ADMIN_ERRORS, sync_to_thread=True)
    def list(self, request: Req) -> OperatorList:
        """Every operator (never keys)."""
        return OperatorList(operators=service(request).operators.list())

    @get("/{operator_id:str}", responses=ADMIN_ERRORS, sync_to_thread=True)
    def show(self, request: Req, operator_id: str) -> Operator:
        """One operator."""
        return service(request).operators.get(operator_id)

    @post("/{operator_id:str}/rotate-key", status_code=200, responses=ADMIN_ERRORS, sync_to_thread=True)
    def rotate_key(self, request: Req, operator_id: str) -> OperatorWithKey:
        """A new key; the old one stops working at once."""
        op, key = service(request).operators.rotate_key(operator_id, actor=actor(request))
        return OperatorWithKey(operator=op, api_key=key)

    @post("/{operator_id:str}/revoke", status_code=200, responses=ADMIN_ERRORS, sync_to_thread=True)
    def revoke(self, request: Req, operator_id: str) -> Operator:
        """Revoke: its key stops working at once."""
        return service(request).operators.revoke(operator_id, actor=actor(request))


class TenantController(Controller):
    """Per-tenant settings of the approval workflow (admin)."""

    path = "/v1/tenants"
    guards = [admin_guard]
    security = needs("admin")
    tags = ["admin: tenants"]

    @get("/{tenant:str}/settings", responses=ADMIN_ERRORS, sync_to_thread=True)
    def show(self, request: Req, tenant: str) -> TenantSettings:
        """A tenant's settings (defaults when none are stored)."""
        return service(request).approvals.settings(tenant)

    @put("/{tenant:str}/settings", responses=ADMIN_ERRORS, sync_to_thread=True)
    def put(self, request: Req, tenant: str, data: TenantSettings) -> TenantSettings:
        """Replace a tenant's settings: approval webhook, self-approval, approval lifetime."""
        if not NAME_RE.fullmatch(tenant):
            raise BadRequest("tenant must match [A-Za-z0-9_.-]{1,128}", code="INVALID_NAME",
                             details={"field": "tenant"})
        return service(request).approvals.put_settings(tenant, data, actor=actor(request))
