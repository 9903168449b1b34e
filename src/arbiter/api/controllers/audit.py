"""Audit trail queries and chain verification (the auditor or admin role)."""

from __future__ import annotations

from typing import Any

import anyio.to_thread
import msgspec
from litestar import Controller, Request, get
from litestar.params import Parameter

from arbiter.api.deps import ADMIN_ERRORS, audit_guard, needs, service
from arbiter.api.schemas import AuditPageView, VerifyView
from arbiter.audit import query as audit_query
from arbiter.audit.query import parse_time
from arbiter.audit.verify import verify


class AuditController(Controller):
    """Query the trail, newest first, with filters and a stable cursor."""

    path = "/v1/audit"
    guards = [audit_guard]
    security = needs("auditor", "admin")
    tags = ["audit"]

    @get("/", responses=ADMIN_ERRORS)
    async def list(
        self, request: Request[Any, Any, Any],
        tenant: str | None = None, agent: str | None = None, tool: str | None = None,
        verdict: str | None = None, reason: str | None = None, kind: str | None = None,
        call_id: str | None = None, since: str | None = None, until: str | None = None,
        cursor: str | None = None, limit: int = Parameter(default=100, ge=1, le=1000),
    ) -> AuditPageView:
        """Records matching every given filter; pass ``next_cursor`` back as ``cursor`` for the next page."""
        f = audit_query.AuditFilter(tenant=tenant, agent=agent, tool=tool, verdict=verdict, reason=reason,
                                    kind=kind, call_id=call_id, since_us=parse_time(since, "since"),
                                    until_us=parse_time(until, "until"))
        page = await anyio.to_thread.run_sync(
            lambda: audit_query.query(service(request).db, f, cursor=cursor, limit=limit))
        return AuditPageView(records=page.records, next_cursor=page.next_cursor)

    @get("/verify", responses=ADMIN_ERRORS)
    async def verify(self, request: Request[Any, Any, Any]) -> VerifyView:
        """Walk the hash chain; names the first edited, deleted, inserted or reordered row."""
        result = await anyio.to_thread.run_sync(verify, service(request).db)
        return VerifyView(ok=result.ok, checked=result.checked, head_seq=result.head_seq,
                          head_hash=result.head_hash,
                          first_bad=msgspec.to_builtins(result.first_bad) if result.first_bad else None)

    @get("/{decision_id:str}", responses=ADMIN_ERRORS)
    async def show(self, request: Request[Any, Any, Any], decision_id: str) -> dict[str, Any]:
        """One record by decision id."""
        return await anyio.to_thread.run_sync(audit_query.get, service(request).db, decision_id)
