"""Admin API for upstream MCP servers: register, sync, review pending changes, accept."""

from __future__ import annotations

import asyncio
from typing import Any

import msgspec
from litestar import Controller, Request, get, post
from litestar.params import Parameter

from arbiter.api.deps import ADMIN_ERRORS, actor, admin_guard, needs, service
from arbiter.api.schemas import ToolView
from arbiter.upstreams import PendingChange, SyncReport, Upstream, Upstreams, UpstreamView

Req = Request[Any, Any, Any]
TenantParam = Parameter(query="tenant", default="default", description="Tenant of the upstream")


class UpstreamList(msgspec.Struct):
    upstreams: list[UpstreamView]


class PendingList(msgspec.Struct):
    upstream: str
    pending: list[PendingChange]


class AcceptRequest(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Accept every pending change of the upstream, or only ``tool``'s."""

    tool: str | None = None


class AcceptResult(msgspec.Struct):
    accepted: list[ToolView]


def _upstreams(request: Req) -> Upstreams:
    return service(request).upstreams


class UpstreamController(Controller):
    """Upstream MCP servers whose tools Arbiter imports and fronts at ``/mcp``."""

    path = "/v1/upstreams"
    guards = [admin_guard]
    security = needs("admin")
    tags = ["admin: upstreams"]

    @post("/", status_code=201, responses=ADMIN_ERRORS, sync_to_thread=True)
    def create(self, request: Req, data: Upstream) -> UpstreamView:
        """Register an upstream (or change it, when it exists). Its tools arrive with ``sync``."""
        ups = _upstreams(request)
        return ups.view(ups.put(data, actor=actor(request)))

    @get("/", responses=ADMIN_ERRORS, sync_to_thread=True)
    def list(self, request: Req, tenant: str | None = Parameter(query="tenant", default=None)) -> UpstreamList:
        """All upstreams, or one tenant's."""
        ups = _upstreams(request)
        return UpstreamList(upstreams=[ups.view(u) for u in ups.all(tenant)])

    @get("/{name:str}", responses=ADMIN_ERRORS, sync_to_thread=True)
    def show(self, request: Req, name: str, tenant: str = TenantParam) -> UpstreamView:
        """One upstream, with its registered tools and pending changes."""
        ups = _upstreams(request)
        return ups.view(ups.get(tenant, name))

    @post("/{name:str}/sync", status_code=200, responses={**ADMIN_ERRORS, 502: ADMIN_ERRORS[400],
                                                            504: ADMIN_ERRORS[400]})
    async def sync(self, request: Req, name: str, tenant: str = TenantParam) -> SyncReport:
        """List the upstream's tools: import new ones, hold changed definitions as pending."""
        svc = service(request)
        return await svc.upstreams.sync(tenant, name, svc.mcp_pool.list_tools, actor=actor(request))

    @get("/{name:str}/pending", responses=ADMIN_ERRORS, sync_to_thread=True)
    def pending(self, request: Req, name: str, tenant: str = TenantParam) -> PendingList:
        """Changed upstream definitions that have not taken effect, each with a diff."""
        return PendingList(upstream=name, pending=_upstreams(request).pending(tenant, name))

    @post("/{name:str}/accept", status_code=200, responses=ADMIN_ERRORS)
    async def accept(self, request: Req, name: str, data: AcceptRequest, tenant: str = TenantParam) -> AcceptResult:
        """Apply pending definitions as new tool versions."""
        ups = _upstreams(request)
        tools = await asyncio.to_thread(ups.accept, tenant, name, actor=actor(request), tool=data.tool)
        return AcceptResult(accepted=[ToolView.of(t) for t in tools])
